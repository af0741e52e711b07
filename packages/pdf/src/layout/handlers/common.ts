// Pieces shared by the structural and generated-list handlers.
import { type ChapterNode, type ResolvedBook, referenceParts, type Location, type Paper } from '@octavo/core';
import { textWidth, type TextStyle } from '../../fonts.js';
import { heading, headingStyle, plain, rule } from '../blocks.js';
import { glue, keepParagraph, type LayoutState } from '../state.js';
import { body, COLORS, TYPE } from '../style.js';
import type { Inline } from '../text.js';
import type { Element, Galley, Line, PageBreak } from '../types.js';

export const ACCENT = '#1f3a5f';

export const pageBreak = (style: PageBreak['style'], restartNumbering?: PageBreak['restartNumbering']): PageBreak => ({
  kind: 'break',
  style,
  ...(restartNumbering ? { restartNumbering } : {}),
});

/** The title page: title, subtitle, author and date, centred in the upper half. */
export function titlePage(book: ResolvedBook, state: LayoutState): Galley {
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
export function contents(book: ResolvedBook, state: LayoutState): Galley {
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

/** The opening of a front- or back-matter section, a chapter or a generated list. */
export function opening(state: LayoutState, title: string, anchor: string, mark: { left: string; right: string }, restart?: 'arabic'): Galley {
  return [
    pageBreak('opening', restart),
    { kind: 'mark', ...mark },
    ...heading(state, [plain(title, headingStyle(TYPE.chapterTitle.size, ACCENT))], { size: TYPE.chapterTitle.size, leading: TYPE.chapterTitle.leading, before: 0, after: 16, anchor }),
  ];
}

/** The chapter opener lists its questions with their pages. */
export function contentsOfChapter(node: ChapterNode, state: LayoutState): Galley {
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

/** "Authors (year). Title. Venue. doi:…", the title linked to the paper. */
export function reference(paper: Paper, style: TextStyle): Inline[] {
  const parts = referenceParts(paper);
  const link = parts.url ? { url: parts.url } : undefined;
  return [
    plain(`${parts.authors} (${parts.year}). `, style),
    plain(parts.title, link ? { ...style, color: COLORS.link } : style, link),
    plain('. ', style),
    plain(parts.venue, { ...style, italic: true }),
    plain(parts.identifier ? `. ${parts.identifier}.` : '.', style),
  ];
}

export const anchorsOf = (locations: readonly Location[]) => locations.map((location) => location.anchor);

export const HANG = 26;
