import type { SectionNode } from '@octavo/core';
import type { LatexState, Tex } from '../state.js';
import { escapeText } from '../util/escape.js';

/** A front- or back-matter section: an unnumbered chapter (the book class's \frontmatter and \backmatter). */
export function section(node: SectionNode, state: LatexState): Tex {
  return state.at(node.title, () =>
    [state.marker().trimEnd(), `\\chapter{${escapeText(node.title)}}\\label{${node.anchor}}`, '', state.within(0, node.children)].join('\n'),
  );
}
