import type { ChapterNode } from '@octavo/core';
import { heading, headingStyle, plain, rule } from '../blocks.js';
import { glue, keepParagraph, type LayoutState } from '../state.js';
import { body, COLORS, TYPE } from '../style.js';
import type { Galley } from '../types.js';
import { ACCENT, pageBreak, opening, contentsOfChapter } from './common.js';

/** Chapters restart arabic numbering at their first page: front matter is numbered in roman. */
export function chapter(node: ChapterNode, state: LayoutState): Galley {
  const first = state.book.chapters[0] === node;
  const label = `Chapter ${node.number}`;
  const small = body({ size: 11, bold: true, color: ACCENT });
  return [
    pageBreak('opening', first ? 'arabic' : undefined),
    { kind: 'mark', left: `${label} · ${node.title}`, right: '' },
    glue(60),
    ...heading(state, [plain(label.toUpperCase(), small)], { size: 11, leading: 16, before: 0, after: 4, anchor: node.anchor }),
    ...heading(state, [plain(node.title, headingStyle(TYPE.chapterTitle.size + 3, COLORS.text))], { size: TYPE.chapterTitle.size + 3, leading: TYPE.chapterTitle.leading + 3, before: 0, after: 8 }),
    ...keepParagraph(state.set([plain(node.focus, body({ size: 11.5, italic: true, color: COLORS.muted }))], { align: 'left', leading: 16, size: 11.5 })),
    rule(state, { color: ACCENT, width: 0.8, space: 10 }),
    ...state.within({ sectionDepth: 2 }, () => state.all(node.intro)),
    ...contentsOfChapter(node, state),
    ...state.all(node.questions),
  ];
}
