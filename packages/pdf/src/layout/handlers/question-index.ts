import { plain } from '../blocks.js';
import { glue, type LayoutState } from '../state.js';
import { body, COLORS, TYPE } from '../style.js';
import type { Galley } from '../types.js';
import type { QuestionIndexNode } from '@octavo/core';
import { contentsEntry, opening } from './common.js';

/** The question index: number, title, chapter and page, one line per written question. */
export function questionIndex(node: QuestionIndexNode, state: LayoutState): Galley {
  const style = body();
  return [
    ...opening(state, node.title, node.anchor, { left: state.book.meta.title, right: node.title }),
    ...node.rows.flatMap((row) => {
      const muted = { ...style, size: TYPE.small.size, italic: true, color: COLORS.muted };
      return [
        glue(5),
        ...contentsEntry(state, [plain(`${row.label}\u2002`, { ...style, bold: true }), plain(row.title, style)], row.target.anchor, { indent: 0 }),
        ...state.within({ x: state.x + 16, width: state.width - 16 }, () =>
          state.set([plain(`Chapter ${row.chapter.number}: ${row.chapter.title}`, muted)], { align: 'left', leading: TYPE.small.leading, size: TYPE.small.size }),
        ),
      ];
    }),
  ];
}
