import type { BibliographyNode } from '@octavo/core';
import type { LatexState, Tex } from '../state.js';
import { escapeText } from '../util/escape.js';

/**
 * The bibliography chapter: biblatex prints the entries of the generated `.bib` (biber sorts
 * nothing: numbers follow the order of first citation), each with the pages that cite it.
 */
export function bibliography(node: BibliographyNode, state: LatexState): Tex {
  return state.at(node.title, () =>
    [state.marker().trimEnd(), `\\chapter{${escapeText(node.title)}}\\label{${node.anchor}}`, '', '\\printbibliography[heading=none]', ''].join('\n'),
  );
}
