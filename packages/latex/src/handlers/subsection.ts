import type { SubsectionNode } from '@octavo/core';
import type { LatexState, Tex } from '../state.js';
import { escapeText } from '../util/escape.js';
import { keepLines } from '../util/keep.js';
import { needspace } from '../util/tex.js';

/** A titled subdivision of a part: the common wrong answer, a solution step, the key points. */
export function subsection(node: SubsectionNode, state: LatexState): Tex {
  return state.at(node.title, () =>
    [state.marker().trimEnd(), `${needspace(keepLines(node.children[0]))}\\octavosubsection{${escapeText(node.title)}}\\label{${node.anchor}}`, '', state.within(3, node.children)].join('\n'),
  );
}
