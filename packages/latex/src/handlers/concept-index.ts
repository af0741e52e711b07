import type { ConceptIndexNode } from '@octavo/core';
import type { LatexState, Tex } from '../state.js';
import { escapeText } from '../util/escape.js';

/**
 * `backmatter/index-terms.tex`: the wording of every index entry, by number. The text says
 * `\index{c0012@\octavoterm{12}}`; makeindex (run by latexmk) collects the pages and `\amzindex`
 * prints the index.
 */
export function conceptIndex(_node: ConceptIndexNode, state: LatexState): Tex {
  return [
    '% The concept index: entries in the order Octavo sorted them (makeindex keeps it via sort keys).',
    ...state.index.terms.map((term) => `\\octavodefineterm{${term.id}}{${escapeText(term.text)}}`),
    '',
  ].join('\n');
}
