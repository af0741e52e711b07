import { textWidth } from '../fonts.js';
import { COLORS, TYPE } from './style.js';
import type { Element, Frame, Galley, Item, Line, Mark, Page, PageGeometry, PageStyle } from './types.js';

interface Placed {
  element: Line | Element;
  y: number;
}

interface Building {
  style: PageStyle;
  label: string;
  placed: Placed[];
  /** The running header in force when the page began, and the marks set on it. */
  carried: Mark | undefined;
  marks: Mark[];
}

export interface Pagination {
  pages: Page[];
  anchors: Map<string, { page: number; label: string }>;
  firstArabicPage: number;
}

/** Lower-case roman numerals for front-matter page numbers. */
export function roman(n: number): string {
  const numerals: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, letters] of numerals) for (; n >= value; n -= value) out += letters;
  return out;
}

const hasLines = (page: Building) => page.placed.some((placed) => placed.element.kind === 'line');

/**
 * Cuts the galley into pages, as TeX's page builder does: lines fill the page; when one does not
 * fit, the page ends after the last line that allows a break (keep-with-next chains move over
 * together, so titles and single lines are never stranded); glue vanishes at a break.
 */
export function paginate(galley: Galley, geometry: PageGeometry): Pagination {
  const pages: Building[] = [];
  let scheme: 'roman' | 'arabic' = 'roman';
  let number = 0;
  let firstArabicPage = 0;
  let carried: Mark | undefined;
  let page: Building | undefined;
  let y = geometry.top;

  const start = (style: PageStyle) => {
    number++;
    page = { style, label: scheme === 'roman' ? roman(number) : String(number), placed: [], carried, marks: [] };
    pages.push(page);
    y = geometry.top;
  };

  const queue: Element[] = [...galley].reverse();
  while (queue.length) {
    const element = queue.pop()!;
    if (element.kind === 'break') {
      if (element.restartNumbering) {
        scheme = element.restartNumbering;
        number = 0;
      }
      if (page && !hasLines(page) && !element.restartNumbering) {
        page.style = element.style;
        continue;
      }
      if (page && !hasLines(page)) pages.pop();
      start(element.style);
      if (element.restartNumbering === 'arabic') firstArabicPage = pages.length - 1;
      continue;
    }
    if (!page) start('body');
    const current = page!;
    if (element.kind === 'mark') {
      current.marks.push(element);
      carried = element;
      continue;
    }
    if (element.kind === 'glue') {
      if (hasLines(current)) {
        current.placed.push({ element, y });
        y += element.height;
      }
      continue;
    }
    if (y + element.height <= geometry.bottom + 0.5 || !hasLines(current)) {
      current.placed.push({ element, y });
      y += element.height;
      continue;
    }
    // Overflow: move back to the last place a break is allowed.
    const carry: Element[] = [];
    const placed = current.placed;
    let cut = placed.length;
    while (cut > 0) {
      const last = placed[cut - 1]!.element;
      if (last.kind === 'glue' || (last.kind === 'line' && last.keepWithNext)) cut--;
      else break;
    }
    if (placed.slice(0, cut).some((p) => p.element.kind === 'line')) {
      for (const moved of placed.splice(cut)) if (moved.element.kind !== 'glue') carry.push(moved.element);
    }
    queue.push(element, ...carry.reverse());
    start('body');
  }
  return finish(pages, geometry, firstArabicPage);
}

/** One page's piece of each frame: where it starts and ends on the page. */
interface Fragment {
  frame: Frame;
  page: number;
  top: number;
  bottom: number;
}

/** A frame continued from the previous page reaches a little above its first line. */
const CONTINUED_PAD = 5;

function frameItems(fragment: Fragment, first: boolean, last: boolean): Item[] {
  const { frame } = fragment;
  const top = first ? fragment.top : fragment.top - CONTINUED_PAD;
  const bottom = last ? fragment.bottom : fragment.bottom + CONTINUED_PAD;
  const height = bottom - top;
  const items: Item[] = [];
  const whole = first && last;
  if (frame.fill) items.push({ kind: 'rect', x: frame.x, y: top, width: frame.width, height, fill: frame.fill, ...(whole && frame.radius ? { radius: frame.radius } : {}) });
  if (frame.stroke) {
    if (whole) items.push({ kind: 'rect', x: frame.x, y: top, width: frame.width, height, stroke: frame.stroke, lineWidth: 0.6, ...(frame.radius ? { radius: frame.radius } : {}) });
    else {
      // A frame broken by the page stays open at the break: no rule across the cut.
      const rule = (x1: number, y1: number, x2: number, y2: number): Item => ({ kind: 'rule', x1, y1, x2, y2, color: frame.stroke!, width: 0.6 });
      items.push(rule(frame.x, top, frame.x, bottom), rule(frame.x + frame.width, top, frame.x + frame.width, bottom));
      if (first) items.push(rule(frame.x, top, frame.x + frame.width, top));
      if (last) items.push(rule(frame.x, bottom, frame.x + frame.width, bottom));
    }
  }
  if (frame.bar) items.push({ kind: 'rect', x: frame.x, y: top, width: frame.fill ? 3 : 2, height, fill: frame.bar });
  return items;
}

function fit(text: string, font: 'serif' | 'serifItalic', size: number, width: number): string {
  if (textWidth(font, text, size) <= width) return text;
  let cut = text.length;
  while (cut > 1 && textWidth(font, `${text.slice(0, cut).trimEnd()}…`, size) > width) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** Running header (chapter left, question right, over a hairline) and the page number. */
function decorations(page: Building, geometry: PageGeometry): Item[] {
  const items: Item[] = [];
  const size = TYPE.header.size;
  const half = (geometry.right - geometry.left) / 2 - 12;
  if (page.style === 'body') {
    const mark = page.marks[0] ?? page.carried;
    const baseline = geometry.top - 26;
    if (mark) {
      // The right (question) side is kept whole when it can be; the chapter gives way.
      const right = fit(mark.right, 'serif', size, half);
      const left = fit(mark.left, 'serifItalic', size, 2 * half - textWidth('serif', right, size));
      items.push({ kind: 'text', x: geometry.left, y: baseline, text: left, font: 'serifItalic', size, color: COLORS.muted });
      if (right) items.push({ kind: 'text', x: geometry.right - textWidth('serif', right, size), y: baseline, text: right, font: 'serif', size, color: COLORS.muted });
    }
    items.push({ kind: 'rule', x1: geometry.left, y1: baseline + 6, x2: geometry.right, y2: baseline + 6, color: COLORS.rule, width: 0.5 });
  }
  if (page.style !== 'plain') {
    const label = page.label;
    const width = textWidth('serif', label, 8.5);
    items.push({ kind: 'text', x: (geometry.left + geometry.right - width) / 2, y: geometry.bottom + 34, text: label, font: 'serif', size: 8.5, color: COLORS.muted });
  }
  return items;
}

function finish(building: Building[], geometry: PageGeometry, firstArabicPage: number): Pagination {
  const anchors = new Map<string, { page: number; label: string }>();
  const fragments = new Map<number, Fragment[]>();
  const pages: Page[] = building.map((page, index) => {
    const content: Item[] = [];
    const onPage = new Map<number, Fragment>();
    for (const { element, y } of page.placed) {
      if (element.kind !== 'line') continue;
      for (const item of element.items) {
        const absolute = 'y' in item ? { ...item, y: item.y + y } : { ...item, y1: item.y1 + y, y2: item.y2 + y };
        content.push(absolute);
        if (absolute.kind === 'anchor' && !anchors.has(absolute.name)) anchors.set(absolute.name, { page: index, label: page.label });
      }
      for (const frame of element.frames ?? []) {
        const fragment = onPage.get(frame.id);
        if (fragment) fragment.bottom = y + element.height;
        else onPage.set(frame.id, { frame, page: index, top: y, bottom: y + element.height });
      }
    }
    for (const fragment of onPage.values()) fragments.set(fragment.frame.id, [...(fragments.get(fragment.frame.id) ?? []), fragment]);
    return { index, label: page.label, style: page.style, items: [...decorations(page, geometry), ...content] };
  });
  // Frames go behind the text of their page, outer frames first.
  const behind = new Map<number, Item[]>();
  for (const [, list] of [...fragments].sort(([a], [b]) => a - b)) {
    list.forEach((fragment, i) => behind.set(fragment.page, [...(behind.get(fragment.page) ?? []), ...frameItems(fragment, i === 0, i === list.length - 1)]));
  }
  for (const page of pages) page.items.unshift(...(behind.get(page.index) ?? []));
  return { pages, anchors, firstArabicPage };
}
