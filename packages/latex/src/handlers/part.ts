import type { PartNode } from '@octavo/core';
import type { LatexState, Tex } from '../state.js';
import { escapeText } from '../util/escape.js';
import { keepLines } from '../util/keep.js';
import { needspace } from '../util/tex.js';

/** One of the nine parts of a question. */
export function part(node: PartNode, state: LatexState): Tex {
  return state.at(node.title, () =>
    [state.marker().trimEnd(), `${needspace(keepLines(node.children[0]))}\\octavopart{${escapeText(node.title)}}\\label{${node.anchor}}`, '', state.within(2, node.children)].join('\n'),
  );
}
