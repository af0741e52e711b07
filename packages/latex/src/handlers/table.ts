import type { TableNode } from '@octavo/core';
import type { LatexState, Tex } from '../state.js';
import { renderTable } from '../util/table.js';
import { plainText } from '../util/tex.js';

/** A table whose cells are inline prose; its layout is decided from the length of its text. */
export function table(node: TableNode, state: LatexState): Tex {
  const cells = (row: TableNode['header']) => state.inside({ inTable: true }, () => row.map((cell) => state.phrasing(cell)));
  return [
    state.marker('table').trimEnd(),
    renderTable(
      {
        align: node.align,
        header: cells(node.header),
        rows: node.rows.map(cells),
        plain: [node.header, ...node.rows].map((row) => row.map((cell) => plainText(cell))),
        ...(node.caption !== undefined ? { caption: node.caption } : {}),
      },
      state.context,
    ),
  ].join('\n');
}
