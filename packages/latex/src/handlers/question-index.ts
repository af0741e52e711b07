import type { QuestionIndexNode } from '@octavo/core';
import type { LatexState, Tex } from '../state.js';
import { escapeText } from '../util/escape.js';

/** The plan's quick-reference table (§7.4): number, title, chapter and page, the page by `\pageref`. */
export function questionIndex(node: QuestionIndexNode, state: LatexState): Tex {
  const rows = node.rows.map(
    (row) =>
      `${escapeText(row.label)} & \\octavoref{${row.target.anchor}}{${escapeText(row.title)}} & ${escapeText(`${row.chapter.number}. ${row.chapter.title}`)} & \\pageref{${row.target.anchor}} \\\\`,
  );
  const head = ['Q\\#', 'Title', 'Chapter', 'Page'].map((cell) => `\\octavotablehead{${cell}}`).join(' & ');
  return state.at(node.title, () =>
    [
      state.marker().trimEnd(),
      `\\chapter{${escapeText(node.title)}}\\label{${node.anchor}}`,
      '',
      '\\begin{xltabular}{\\linewidth}{@{}l>{\\hsize=1.15\\hsize\\raggedright\\arraybackslash}X>{\\hsize=0.85\\hsize\\raggedright\\arraybackslash}Xr@{}}',
      '\\toprule',
      `${head} \\\\`,
      '\\midrule',
      '\\endhead',
      ...rows,
      '\\bottomrule',
      '\\end{xltabular}',
      '',
    ].join('\n'),
  );
}
