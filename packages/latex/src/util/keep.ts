import type { RootContent } from 'mdast';
import type { BookNode } from '@octavo/core';
import { LINE_CAPACITY, tableLayout, type Align } from './table-layout.js';
import { plainText } from './tex.js';
import { KEEP_ROWS } from './table.js';

/**
 * How many lines of the page a heading needs below it so that it is not left alone at the foot of
 * a page. Paragraphs look after themselves (TeX never breaks right after a heading), but a table,
 * a listing or a box decides on its own to start on the next page, and would leave the heading
 * behind: for those, the heading asks for room for the block's unbreakable start.
 */
export function keepLines(next: BookNode | RootContent | undefined): number {
  const heading = 3;
  switch (next?.type) {
    case 'table': {
      const plain =
        'header' in next
          ? [next.header, ...next.rows].map((row) => row.map((cell) => plainText(cell)))
          : next.children.map((row) => row.children.map((cell) => plainText(cell.children)));
      const caption = 'caption' in next && next.caption ? Math.ceil([...next.caption].length / LINE_CAPACITY) : 0;
      // Wrapped text takes more lines than characters suggest (words do not fill lines): +30%.
      return Math.min(40, heading + caption + 2 + Math.ceil(1.3 * firstRowsLines(plain, next.align ?? [])));
    }
    case 'code': {
      const source = 'source' in next ? next.source : next.value;
      return heading + 1 + Math.min(3, source.split('\n').length);
    }
    case 'diagram':
      return Math.min(30, heading + next.text.split('\n').length + (next.caption ? 1 : 0));
    case 'box':
      return heading + 6;
    case 'math':
      return heading + 3;
    default:
      return heading;
  }
}

/** Lines taken by the rows a table keeps with its header: the first three, or all of a short table. */
function firstRowsLines(plain: string[][], align: readonly (Align | null)[]): number {
  const layout = tableLayout(plain, align);
  const natural = layout.columns.reduce((sum, column, i) => (column.width === 'natural' ? sum + width(plain, i) + 2 : sum), 0);
  const wrapped = layout.columns.filter((column) => column.width !== 'natural').length;
  const perLine = layout.columns.map((column) =>
    column.width === 'natural' ? Infinity : Math.max(8, ((LINE_CAPACITY - natural) * column.width) / wrapped),
  );
  const body = plain.slice(1);
  const kept = body.length <= 2 * KEEP_ROWS + 1 ? body.length : KEEP_ROWS + 1;
  return body
    .slice(0, kept)
    .reduce((sum, row) => sum + Math.max(1, ...row.map((cell, i) => Math.ceil([...cell].length / (perLine[i] ?? Infinity)))), 0);
}

const width = (plain: string[][], column: number) => Math.max(1, ...plain.map((row) => [...(row[column] ?? '')].length));
