import type { TableNode } from '@octavo/core';
import type { PhrasingContent, TableRow } from 'mdast';
import type { Flow, MarkdownState } from '../state.js';
import { emphasis, paragraph, text } from '../util/mdast.js';

export function table(node: TableNode, state: MarkdownState): Flow {
  const row = (cells: PhrasingContent[][]): TableRow => ({
    type: 'tableRow',
    children: cells.map((cell) => ({ type: 'tableCell', children: state.phrasing(cell) })),
  });
  return [
    ...(node.caption ? [paragraph(emphasis(text(node.caption)))] : []),
    { type: 'table', align: node.align, children: [row(node.header), ...node.rows.map(row)] },
  ];
}
