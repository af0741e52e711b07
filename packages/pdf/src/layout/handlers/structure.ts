import type { ChapterNode, PartNode, QuestionNode, ResolvedBook, SectionNode, SubsectionNode } from '@octavo/core';
import { textWidth } from '../../fonts.js';
import { heading, headingStyle, plain, rule } from '../blocks.js';
import { pageSuffix, richText } from '../inline.js';
import { glue, keepParagraph, type LayoutState } from '../state.js';
import { body, COLORS, SPACE, TYPE } from '../style.js';
import type { Inline } from '../text.js';
import type { Element, Galley, Line, PageBreak } from '../types.js';

const ACCENT = '#1f3a5f';

const pageBreak = (style: PageBreak['style'], restartNumbering?: PageBreak['restartNumbering']): PageBreak => ({
  kind: 'break',
  style,
  ...(restartNumbering ? { restartNumbering } : {}),
});

/** The title page: title, subtitle, author and date, centred in the upper half. */
function titlePage(book: ResolvedBook, state: LayoutState): Galley {
  const { meta } = book;
  const centred = (text: string, size: number, leading: number, options: { bold?: boolean; italic?: boolean; color?: string } = {}) =>
    state.set([plain(text, body({ size, bold: options.bold ?? false, italic: options.italic ?? false, color: options.color ?? COLORS.text }))], {
      align: 'center',
      hyphenate: false,
      leading,
      size,
    });
  const x = state.x + state.width / 2;
  const ornament: Line = { kind: 'line', height: 24, items: [{ kind: 'rule', x1: x - 60, y1: 12, x2: x + 60, y2: 12, color: ACCENT, width: 1.2 }] };
  return [
    pageBreak('plain', 'roman'),
    glue(120),
    ...centred(meta.title, 25, 32, { bold: true }),
    glue(10),
    ornament,
    ...(meta.subtitle ? [glue(6), ...centred(meta.subtitle, 13, 18, { italic: true, color: COLORS.muted })] : []),
    glue(70),
    ...centred(meta.author, 14, 20),
    glue(6),
    ...centred(meta.date, 11, 16, { color: COLORS.muted }),
  ];
}

/**
 * One line of the table of contents: the title, dot leaders aligned on a grid, the page number at
 * the right margin, and the whole line a link.
 */
export function contentsEntry(state: LayoutState, title: readonly Inline[], anchor: string, options: { indent: number; bold?: boolean }): Line[] {
  const size = TYPE.body.size;
  const numberColumn = 28;
  const page = state.pageOf(anchor) ?? '00';
  const lines = state.within({ x: state.x + options.indent, width: state.width - options.indent - numberColumn }, () =>
    state.set(title, { align: 'left', hyphenate: false, hang: 14 }),
  );
  const last = lines.at(-1)!;
  const texts = last.items.filter((item) => item.kind === 'text');
  const end = Math.max(...texts.map((item) => item.x + textWidth(item.font, item.text, item.size)));
  const right = state.x + state.width;
  const font = options.bold ? 'serifBold' : 'serif';
  const numberWidth = textWidth(font, page, size);
  const baseline = texts[0]?.y ?? state.measure.leading * 0.7;
  // Leaders end at the same place on every line, so their dots line up down the page.
  const leadersEnd = right - numberColumn + 6;
  const unit = textWidth('serif', '. ', size);
  const count = Math.floor((leadersEnd - end - 6) / unit);
  if (count > 0) {
    const leaders = '. '.repeat(count).trimEnd();
    last.items.push({ kind: 'text', x: leadersEnd - textWidth('serif', leaders, size), y: baseline, text: leaders, font: 'serif', size, color: COLORS.muted });
  }
  last.items.push({ kind: 'text', x: right - numberWidth, y: baseline, text: page, font, size, color: COLORS.text });
  const height = lines.reduce((sum, line) => sum + line.height, 0);
  lines[0]!.items.push({ kind: 'link', x: state.x + options.indent, y: 0, width: state.width - options.indent, height: lines.length === 1 ? height : lines[0]!.height, to: { anchor } });
  for (const line of lines.slice(1)) line.items.push({ kind: 'link', x: state.x + options.indent, y: 0, width: state.width - options.indent, height: line.height, to: { anchor } });
  return lines;
}

/** The table of contents: front matter, chapters with their questions, back matter. */
function contents(book: ResolvedBook, state: LayoutState): Galley {
  const style = body();
  const bold = body({ bold: true });
  const out: Element[] = [
    pageBreak('opening'),
    { kind: 'mark', left: book.meta.title, right: 'Contents' },
    ...heading(state, [plain('Contents', headingStyle(TYPE.chapterTitle.size, ACCENT))], { size: TYPE.chapterTitle.size, leading: TYPE.chapterTitle.leading, before: 0, after: 18, anchor: 'contents' }),
  ];
  for (const node of book.front) out.push(glue(3), ...contentsEntry(state, [plain(node.title, bold)], node.anchor, { indent: 0, bold: true }));
  for (const chapter of book.chapters) {
    out.push(glue(9), ...keepParagraph(contentsEntry(state, [plain(`Chapter ${chapter.number}\u2003${chapter.title}`, bold)], chapter.anchor, { indent: 0, bold: true })));
    const lastTitle = out.at(-1) as Line;
    lastTitle.keepWithNext = true;
    for (const question of chapter.questions) {
      out.push(glue(1.5), ...contentsEntry(state, [plain(`${question.label}\u2002`, { ...style, color: COLORS.muted }), plain(question.title, style)], question.anchor, { indent: 16 }));
    }
  }
  out.push(glue(9));
  for (const node of book.back) out.push(glue(3), ...contentsEntry(state, [plain(node.title, bold)], node.anchor, { indent: 0, bold: true }));
  return out;
}

export function book(node: ResolvedBook, state: LayoutState): Galley {
  return [...titlePage(node, state), ...contents(node, state), ...state.all(node.front), ...state.all(node.chapters), ...state.all(node.back)];
}

/** The opening of a front- or back-matter section, a chapter or a generated list. */
export function opening(state: LayoutState, title: string, anchor: string, mark: { left: string; right: string }, restart?: 'arabic'): Galley {
  return [
    pageBreak('opening', restart),
    { kind: 'mark', ...mark },
    ...heading(state, [plain(title, headingStyle(TYPE.chapterTitle.size, ACCENT))], { size: TYPE.chapterTitle.size, leading: TYPE.chapterTitle.leading, before: 0, after: 16, anchor }),
  ];
}

export function section(node: SectionNode, state: LayoutState): Galley {
  return [...opening(state, node.title, node.anchor, { left: state.book.meta.title, right: node.title }), ...state.within({ sectionDepth: 2 }, () => state.all(node.children))];
}

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

/** The chapter opener lists its questions with their pages. */
function contentsOfChapter(node: ChapterNode, state: LayoutState): Galley {
  if (node.questions.length === 0) return [];
  const style = body();
  return [
    glue(16),
    ...heading(state, [plain('In this chapter', headingStyle(TYPE.subsectionHeading.size))], { size: TYPE.subsectionHeading.size, leading: TYPE.subsectionHeading.leading, before: 0, after: 6 }),
    ...node.questions.flatMap((question) => [
      glue(2),
      ...contentsEntry(state, [plain(`${question.label}\u2002`, { ...style, color: COLORS.muted }), plain(question.title, style)], question.anchor, { indent: 0 }),
    ]),
  ];
}

export function question(node: QuestionNode, state: LayoutState): Galley {
  const related: Inline[] = node.related.flatMap((target, i): Inline[] => {
    const style = body({ size: TYPE.small.size });
    const separator = i > 0 ? [plain('; ', style)] : [];
    if (target.draft) return [...separator, plain(target.text, { ...style, color: COLORS.muted })];
    return [...separator, plain(target.text + pageSuffix(target.anchor, state), { ...style, color: COLORS.link }, { anchor: target.anchor })];
  });
  const titleStyle = headingStyle(TYPE.questionTitle.size);
  return [
    pageBreak('opening'),
    { kind: 'mark', left: `Chapter ${node.chapter.number} · ${node.chapter.title}`, right: `${node.label} · ${node.title}` },
    glue(12),
    ...heading(state, [plain(`${node.label}\u2003`, { ...titleStyle, color: ACCENT }), plain(node.title, titleStyle)], {
      size: TYPE.questionTitle.size,
      leading: TYPE.questionTitle.leading,
      before: 0,
      after: 6,
      anchor: node.anchor,
    }),
    ...keepParagraph(state.set(state.inlines(richText(node.tagline), body({ size: 11.5, italic: true, color: COLORS.muted })), { align: 'left', leading: 16, size: 11.5 })).map((line) => ({ ...line, keepWithNext: true })),
    ...(related.length ? [glue(4), ...state.set([plain('Related: ', body({ size: TYPE.small.size, bold: true })), ...related], { align: 'left', leading: TYPE.small.leading, size: TYPE.small.size })] : []),
    rule(state, { color: ACCENT, width: 0.8, space: 8 }),
    ...state.all(node.parts),
  ];
}

export function part(node: PartNode, state: LayoutState): Galley {
  return [
    ...heading(state, [plain(node.title, headingStyle(TYPE.partHeading.size, ACCENT))], {
      size: TYPE.partHeading.size,
      leading: TYPE.partHeading.leading,
      before: SPACE.beforePart,
      after: SPACE.afterPart - 4,
      anchor: node.anchor,
    }),
    ...state.within({ sectionDepth: 3 }, () => state.all(node.children)),
  ];
}

export function subsection(node: SubsectionNode, state: LayoutState): Galley {
  return [
    ...heading(state, [plain(node.title, headingStyle(TYPE.subsectionHeading.size))], {
      size: TYPE.subsectionHeading.size,
      leading: TYPE.subsectionHeading.leading,
      before: SPACE.beforeSubsection,
      after: SPACE.afterSubsection - 3,
      anchor: node.anchor,
    }),
    ...state.within({ sectionDepth: 4 }, () => state.all(node.children)),
  ];
}
