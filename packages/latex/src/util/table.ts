import type { Context } from '../state.js';
import { escapeText } from './escape.js';
import { tableLayout, type Align } from './table-layout.js';

export interface TableInput {
  align: readonly (Align | null)[];
  /** Header cells, as TeX. */
  header: readonly string[];
  /** Body rows, as TeX. */
  rows: readonly (readonly string[])[];
  /** The plain text of every cell, header row first, for the layout. */
  plain: readonly (readonly string[])[];
  caption?: string;
}

/** Rows kept with the header at the top of a table, and together at its end, when it breaks. */
export const KEEP_ROWS = 2;

/** A cell that starts with `[` or `*` would be read as an option of the `\\` before it. */
const guard = (cell: string) => (/^\s*[[*]/.test(cell) ? `{}${cell}` : cell);

const cells = (row: readonly string[], count: number) => Array.from({ length: count }, (_, i) => guard(row[i] ?? '')).join(' & ');

/**
 * A table with booktabs rules. Outside boxes and lists it may break across pages (longtable, or
 * xltabular when it wraps), repeating its header, but never after its first two rows or before its
 * last two (`\\*`). Inside a box or a list it is one block (tabular/tabularx), kept with its caption.
 */
export function renderTable(input: TableInput, context: Context): string {
  const layout = tableLayout(input.plain, input.align);
  const count = layout.columns.length;
  const header = `${cells(input.header.map((cell) => `\\octavotablehead{${cell}}`), count)} \\\\`;
  const caption = (command: string) => (input.caption ? `\\${command}{${escapeText(input.caption)}}\n` : '');
  const breakable = !context.inBox && !context.inList && !context.inTable;
  const last = input.rows.length - 1;
  const body = input.rows
    .map((row, i) => `${cells(row, count)} ${breakable && (i < KEEP_ROWS || i >= last - KEEP_ROWS) && i !== last ? '\\\\*' : '\\\\'}`)
    .join('\n');
  if (breakable) {
    const [begin, end] = layout.wrap ? [`\\begin{xltabular}{\\linewidth}{${layout.spec}}`, '\\end{xltabular}'] : [`\\begin{longtable}{${layout.spec}}`, '\\end{longtable}'];
    const head = `\\toprule\n${header}\n\\midrule\n`;
    // The caption is the first row of the first head: it moves to the next page with the table.
    const first = input.caption
      ? `\\multicolumn{${count}}{@{}l@{}}{\\octavotablecaptionrow{${escapeText(input.caption)}}} \\\\*[2pt]\n${head}\\endfirsthead\n${head}`
      : head;
    return `${begin}\n${first}\\endhead\n${body}\n\\bottomrule\n${end}`;
  }
  const [begin, end] = layout.wrap ? [`\\begin{tabularx}{\\linewidth}{${layout.spec}}`, '\\end{tabularx}'] : [`\\begin{tabular}{${layout.spec}}`, '\\end{tabular}'];
  return `\\par\\noindent\\begin{minipage}{\\linewidth}\n${caption('octavotablecaption')}${begin}\n\\toprule\n${header}\n\\midrule\n${body}\n\\bottomrule\n${end}\n\\end{minipage}\\par`;
}
