import type { TextStyle } from '../fonts.js';
import { glue, type LayoutState } from './state.js';
import { body, COLORS } from './style.js';
import type { Inline } from './text.js';
import type { Galley, Line, LinkTarget } from './types.js';

/** Plain text as inline content. */
export const plain = (text: string, style: TextStyle, link?: LinkTarget): Inline => ({ kind: 'text', text, style, ...(link ? { link } : {}) });

export interface HeadingOptions {
  size: number;
  leading: number;
  before: number;
  after: number;
  anchor?: string;
  color?: string;
  align?: 'left' | 'center';
}

/**
 * A heading: bold lines, an anchor at its top, kept with what follows it (and the first lines of
 * that, by the paragraph's own orphan rule), so it never ends a page.
 */
export function heading(state: LayoutState, inlines: readonly Inline[], options: HeadingOptions): Galley {
  const lines = state.set(inlines, { align: options.align ?? 'left', hyphenate: false, leading: options.leading, size: options.size });
  for (const line of lines) line.keepWithNext = true;
  if (options.anchor && lines[0]) lines[0].items.unshift({ kind: 'anchor', name: options.anchor, x: state.x, y: 0 });
  return [glue(options.before), ...lines, glue(options.after)];
}

/** The style of a heading's text. */
export const headingStyle = (size: number, color: string = COLORS.text): TextStyle => body({ bold: true, size, color });

/** An empty line of a given height (padding inside frames, which must not vanish at a page break). */
export function strut(state: LayoutState, height: number, keepWithNext = false): Line {
  return { kind: 'line', height, items: [], ...(keepWithNext ? { keepWithNext } : {}), ...(state.frames.length ? { frames: state.frames } : {}) };
}

/** A horizontal rule across the column. */
export function rule(state: LayoutState, options: { color?: string; width?: number; space?: number } = {}): Line {
  const space = options.space ?? 6;
  return {
    kind: 'line',
    height: space * 2,
    items: [{ kind: 'rule', x1: state.x, y1: space, x2: state.x + state.width, y2: space, color: options.color ?? COLORS.rule, width: options.width ?? 0.6 }],
    ...(state.frames.length ? { frames: state.frames } : {}),
  };
}

/** The distinct pages of anchors, each with the first anchor on it. */
function pagesOf(anchors: readonly string[], state: LayoutState): Map<string, string> {
  const seen = new Map<string, string>();
  for (const anchor of anchors) {
    // The first pass knows no pages yet: a two-digit stand-in keeps line lengths close.
    const page = state.pageOf(anchor) ?? '00';
    if (!seen.has(page)) seen.set(page, anchor);
  }
  return seen;
}

/** "p. " or "pp. " for a list of anchors' pages. */
export const pagePrefix = (anchors: readonly string[], state: LayoutState) => (pagesOf(anchors, state).size > 1 ? 'pp.\u00A0' : 'p.\u00A0');

/** Page numbers of locations, each linked to the first place on that page: "3, 17, 24". */
export function pageList(anchors: readonly string[], style: TextStyle, state: LayoutState): Inline[] {
  const seen = pagesOf(anchors, state);
  return [...seen].flatMap(([page, anchor], i): Inline[] => [
    ...(i > 0 ? [plain(', ', style)] : []),
    plain(page, { ...style, color: COLORS.link }, { anchor }),
  ]);
}
