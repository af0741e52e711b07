import type { PartName, PartNode } from '@octavo/core';
import type { Html, HtmlState } from '../state.js';
import { h, text } from '../util/hast.js';

/** Parts a reader may want to answer before reading (practice mode). */
const PRACTICE: Partial<Record<PartName, string>> = {
  solution: 'Show the solution',
  interview: 'Show the model answer',
};

/** One of the nine parts; in practice mode the solution and the answer sit behind a reveal. */
export function part(node: PartNode, state: HtmlState): Html {
  const body = state.within(2, node.children);
  const reveal = state.practice ? PRACTICE[node.name] : undefined;
  return [
    h('section', { className: ['part', `part-${node.name}`], id: state.id(node.anchor), 'aria-labelledby': state.id(`${node.anchor}-title`) }, [
      h('h2', { id: state.id(`${node.anchor}-title`) }, text(node.title)),
      reveal ? h('details', { className: ['reveal'] }, h('summary', {}, text(`${reveal} (try it yourself first)`)), body) : body,
    ]),
  ];
}
