import type { QuestionNode } from '@octavo/core';
import type { LatexState, Tex } from '../state.js';
import { commentText, escapeText } from '../util/escape.js';

/** A question: a new page with its heading, tagline and related questions, then its nine parts. */
export function question(node: QuestionNode, state: LatexState): Tex {
  const related = node.related
    .map((target) => (target.draft ? escapeText(target.text) : `\\octavoref{${target.anchor}}{${escapeText(target.text)}}`))
    .join(', ');
  return state.at(node.label, () =>
    [
      `% ${commentText(`${node.label}. ${node.title} (chapter ${node.chapter.number}: ${node.chapter.title})`)}`,
      state.marker().trimEnd(),
      `\\octavoquestion{${node.number}}{${escapeText(node.label)}}{${escapeText(node.title)}}\\label{${node.anchor}}`,
      `\\octavotagline{${escapeText(node.tagline)}}`,
      ...(related ? [`\\octavorelated{${related}}`] : []),
      '',
      state.within(1, node.parts),
      '',
    ].join('\n'),
  );
}
