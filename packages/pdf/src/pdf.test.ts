import { describe, expect, it } from 'vitest';
import { compileBook, type ResolvedBook } from '@octavo/core';
import kitchenSink from '../../../test/fixtures/kitchen-sink/index.js';
import { fontRuns, MissingGlyphs, textWidth } from './fonts.js';
import { hyphenationPoints } from './hyphenate.js';
import { splitInlineMath, typesetMath } from './math.js';
import { mathOps, pathOps } from './draw/svg.js';
import { layoutBook } from './layout/index.js';
import { paginate, roman } from './layout/paginate.js';
import { body, GEOMETRY } from './layout/style.js';
import { setText, type Inline } from './layout/text.js';
import type { Galley, Line, TextItem } from './layout/types.js';
import { renderPdf } from './index.js';

const words = (text: string): Inline[] => [{ kind: 'text', text, style: body() }];
const texts = (line: Line) => line.items.filter((item): item is TextItem => item.kind === 'text');
const rightEdge = (line: Line) => Math.max(...texts(line).map((item) => item.x + textWidth(item.font, item.text, item.size) + (item.wordSpacing ?? 0) * (item.text.split(' ').length - 1)));
const lineText = (line: Line) => texts(line).map((item) => item.text).join(' ');

const PARAGRAPH =
  'Floating point is where the story gets interesting. In IEEE arithmetic, a result too large for the format becomes infinity; a result too small becomes a subnormal number and then zero, and infinity minus infinity is not a number. Numerically careful implementations subtract the maximum before exponentiating, which is the whole trick.';

describe('line breaking', () => {
  const lines = setText(words(PARAGRAPH), { x: 50, width: 260, align: 'justify', leading: 14, size: 10 });

  it('justifies every line but the last to the column edge', () => {
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines.slice(0, -1)) expect(rightEdge(line)).toBeCloseTo(310, 0);
    expect(rightEdge(lines.at(-1)!)).toBeLessThan(310);
  });

  it('keeps every word and its order (a hyphen only where a word is broken)', () => {
    const joined = lines.map(lineText).join('\n').replace(/-\n/g, '').replace(/\n/g, ' ');
    expect(joined).toBe(PARAGRAPH);
  });

  it('hyphenates with TeX patterns, never names or short words', () => {
    expect(hyphenationPoints('implementations').length).toBeGreaterThan(2);
    expect(hyphenationPoints('LogSumExp')).toEqual([]);
    expect(hyphenationPoints('float32')).toEqual([]);
    expect(hyphenationPoints('the')).toEqual([]);
    for (const point of hyphenationPoints('exponentiating')) expect(point >= 2 && 'exponentiating'.length - point >= 3).toBe(true);
  });

  it('sets left-aligned text ragged, within the column', () => {
    const ragged = setText(words(PARAGRAPH), { x: 0, width: 200, align: 'left', leading: 14, size: 10 });
    for (const line of ragged) expect(rightEdge(line)).toBeLessThanOrEqual(200.5);
    expect(new Set(ragged.slice(0, -1).map((line) => Math.round(rightEdge(line)))).size).toBeGreaterThan(1);
  });

  it('breaks a word longer than the column between characters rather than overflowing', () => {
    const long = setText(words('see https://example.org/a/very/long/path/that/does/not/fit/anywhere/at/all'), { x: 0, width: 120, align: 'left', leading: 14, size: 10 });
    for (const line of long) expect(rightEdge(line)).toBeLessThanOrEqual(120.5);
  });

  it('places links over their text and anchors where the term is', () => {
    const [line] = setText(
      [
        { kind: 'text', text: 'see ', style: body() },
        { kind: 'anchor', name: 'term-1' },
        { kind: 'text', text: 'Q13, p. 47', style: body(), link: { anchor: 'q13' } },
      ],
      { x: 0, width: 300, align: 'left', leading: 14, size: 10 },
    );
    const link = line!.items.find((item) => item.kind === 'link')!;
    const anchor = line!.items.find((item) => item.kind === 'anchor')!;
    expect(link).toMatchObject({ to: { anchor: 'q13' }, x: anchor.x });
    expect(link.kind === 'link' && link.width).toBeCloseTo(textWidth('serif', 'Q13, p. 47', 10), 1);
  });
});

describe('fonts', () => {
  it('falls back per glyph to a font that has it: arrows, relations and Greek all draw', () => {
    const missing = new MissingGlyphs();
    const runs = fontRuns({ family: 'serif', bold: false, italic: false }, 'α ≤ β → γ ≈ 2 × 3', missing);
    expect(missing.chars.size).toBe(0);
    expect(runs.map((run) => run.font)).toContain('serif');
    expect(runs.map((run) => run.font)).toContain('symbol');
    expect(runs.map((run) => run.text).join('')).toBe('α ≤ β → γ ≈ 2 × 3');
  });

  it('reports a character no font has instead of drawing a box', () => {
    const missing = new MissingGlyphs();
    fontRuns({ family: 'serif', bold: false, italic: false }, 'a \u0F00', missing);
    expect([...missing.chars]).toEqual(['\u0F00']);
  });
});

describe('math', () => {
  it('typesets TeX to SVG with its box in em', () => {
    const box = typesetMath('e^{z_i}', false);
    expect(box.svg).toMatch(/^<svg/);
    expect(box.width).toBeGreaterThan(0.5);
    expect(box.ascent).toBeGreaterThan(0.5);
  });

  it('lets inline math break after relations, operators and commas at the top level only', () => {
    expect(splitInlineMath('s = 1 + e^{-1} = 1.37').map((piece) => piece.tex)).toEqual(['s =', '1 +', 'e^{-1} =', '1.37']);
    expect(splitInlineMath('f(a, b) = -x').map((piece) => piece.tex)).toEqual(['f(a, b) =', '-x']);
    expect(splitInlineMath('\\begin{cases} a = 1 \\end{cases}')).toHaveLength(1);
  });

  it('compiles MathJax SVG to PDF path operators, quadratics as cubics', () => {
    expect(pathOps('M0 0Q10 10 20 0Z', [1, 0, 0, 1, 0, 0])).toBe('0 0 m 6.667 6.667 13.333 6.667 20 0 c h');
    const ops = mathOps(typesetMath('\\frac{a}{b}', true).svg);
    expect(ops).toMatch(/ c h f\n/); // glyph outlines
    expect(ops).toMatch(/ l h f$/); // the fraction bar
  });
});

describe('pagination', () => {
  const line = (height: number, keepWithNext = false): Line => ({ kind: 'line', height, items: [], ...(keepWithNext ? { keepWithNext } : {}) });
  const body = GEOMETRY.bottom - GEOMETRY.top;

  it('moves a kept title to the next page with what follows instead of stranding it', () => {
    const galley: Galley = [line(body - 20), line(14, true), line(14), line(14)];
    const { pages } = paginate(galley, GEOMETRY);
    expect(pages).toHaveLength(2);
  });

  it('drops glue at the top of a page and numbers front matter in roman', () => {
    const galley: Galley = [{ kind: 'break', style: 'body', restartNumbering: 'roman' }, line(body), { kind: 'glue', height: 30 }, line(14)];
    const { pages, anchors } = paginate(galley, GEOMETRY);
    expect(pages.map((page) => page.label)).toEqual(['i', 'ii']);
    expect(anchors.size).toBe(0);
    expect(roman(14)).toBe('xiv');
  });

  it('draws a frame on every page it spans, open at the break', () => {
    const frame = { id: 1, x: 60, width: 300, fill: '#eeeeee', bar: '#333333' };
    const framed = (height: number): Line => ({ kind: 'line', height, items: [], frames: [frame] });
    const galley: Galley = [line(body - 50), framed(14), framed(14), framed(14), framed(14), framed(14)];
    const { pages } = paginate(galley, GEOMETRY);
    const fills = pages.map((page) => page.items.filter((item) => item.kind === 'rect' && item.fill === '#eeeeee'));
    expect(fills.map((rects) => rects.length)).toEqual([1, 1]);
  });
});

describe('the kitchen-sink book laid out', () => {
  const book: ResolvedBook = compileBook(kitchenSink).book!;
  const layout = layoutBook(book);
  const question = book.chapters[0]!.questions[0]!;
  const pageText = (index: number) => layout.pages[index]!.items.filter((item): item is TextItem => item.kind === 'text').map((item) => item.text).join(' ');

  it('settles page references and draws every glyph', () => {
    expect(layout.passes).toBeLessThanOrEqual(4);
    expect(layout.missingGlyphs).toEqual([]);
  });

  it('puts an anchor for every question, part and box where its title is', () => {
    for (const anchor of [question.anchor, ...question.parts.map((part) => part.anchor), 'q02-trap-overflow-trap']) {
      expect(layout.anchors[anchor], anchor).toBeDefined();
    }
    expect(pageText(layout.anchors[question.anchor]!.page)).toContain('Softmax');
    expect(pageText(layout.anchors['q02-trap-overflow-trap']!.page)).toContain('Trap 2.1');
  });

  it('prints in the contents the page each entry really is on', () => {
    const contents = layout.pages[layout.anchors.contents!.page]!;
    const links = contents.items.filter((item) => item.kind === 'link');
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      if (link.kind !== 'link' || !('anchor' in link.to)) continue;
      const printed = contents.items.filter((item): item is TextItem => item.kind === 'text' && Math.abs(item.y - (link.y + 10)) < 6 && item.x > GEOMETRY.right - 30);
      expect(printed.map((item) => item.text), link.to.anchor).toContain(layout.anchors[link.to.anchor]!.label);
    }
  });

  it('has a bookmark per chapter, question and part', () => {
    const chapter = layout.outline.find((entry) => entry.anchor === book.chapters[0]!.anchor)!;
    expect(chapter.children.map((entry) => entry.title)).toEqual([`Q2. ${question.title}`]);
    expect(chapter.children[0]!.children).toHaveLength(9);
  });

  it('never prints raw TeX: math is typeset, its source only invisible', () => {
    const visible = layout.pages.map((_, i) => pageText(i)).join('\n');
    expect(visible).not.toMatch(/\$|\\frac|\\log|e\^\{/);
    expect(layout.pages.flatMap((page) => page.items).filter((item) => item.kind === 'math').length).toBeGreaterThan(10);
  });

  it('lays out the same book identically', () => {
    expect(JSON.stringify(layoutBook(book).pages)).toBe(JSON.stringify(layout.pages));
  });

  it('renders a PDF named after the book, byte-identical on a second run', async () => {
    const [first] = await renderPdf(book);
    const [second] = await renderPdf(book);
    expect(first!.path).toBe('kitchen-sink.pdf');
    expect(Buffer.from(first!.data).subarray(0, 8).toString()).toBe('%PDF-1.7');
    expect(Buffer.from(first!.data).equals(Buffer.from(second!.data))).toBe(true);
  });
});

describe('public exports', () => {
  it('@octavo/pdf', async () => {
    expect(Object.keys(await import('./index.js')).sort()).toEqual(['defaultHandlers', 'drawPdf', 'layoutBook', 'renderPdf']);
  });
});
