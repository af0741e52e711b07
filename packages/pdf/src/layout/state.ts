import type { PhrasingContent } from 'mdast';
import { traversal, type BookNode, type Handlers, type ResolvedBook } from '@octavo/core';
import type { MissingGlyphs, TextStyle } from '../fonts.js';
import { smartQuotes, toInlines } from './inline.js';
import { GEOMETRY, SPACE, TYPE } from './style.js';
import { setText, type Inline, type SetOptions } from './text.js';
import type { Element, Frame, Galley, Glue, Line } from './types.js';

/** The text measure of the place being filled: body text, or the smaller text of boxes and notes. */
export interface Measure {
  size: number;
  leading: number;
}

export interface LayoutState {
  one(node: BookNode): Galley;
  /** The nodes' galleys, concatenated. */
  all(nodes: readonly BookNode[]): Galley;
  book: ResolvedBook;
  /** Left edge of the column being filled. */
  x: number;
  /** Width of the column being filled. */
  width: number;
  /** The frames the current content sits in, outermost first. */
  frames: readonly Frame[];
  measure: Measure;
  /** Depth of the enclosing heading: prose headings (`#`) sit one below it. */
  sectionDepth: number;
  /** Runs `fn` with a narrower column, a new frame or another measure, then restores them. */
  within<T extends Galley>(change: Partial<Pick<LayoutState, 'x' | 'width' | 'measure' | 'sectionDepth'>> & { frame?: Omit<Frame, 'id'> }, fn: () => T): T;
  /**
   * The printed page number of an anchor, from the previous layout pass (undefined on the first):
   * layout runs until these settle, so every printed page number is where its target is.
   */
  pageOf(anchor: string): string | undefined;
  /** Sets inline content in the current column; lines carry the current frames. */
  set(inlines: readonly Inline[], options?: Partial<SetOptions>): Line[];
  /** Prose phrasing (with Octavo's inline nodes) as inline content. */
  inlines(nodes: readonly PhrasingContent[], style: TextStyle): Inline[];
  /** Characters no font could draw. */
  missing: MissingGlyphs;
}

export const glue = (height: number): Glue => ({ kind: 'glue', height });

/**
 * Lines of a paragraph, with the book's orphan and widow rule: a paragraph never leaves its first
 * line alone at the bottom of a page nor its last line alone at the top of the next.
 */
export function keepParagraph(lines: Line[]): Line[] {
  if (lines.length >= 2) lines[0]!.keepWithNext = true;
  if (lines.length >= 2) lines[lines.length - 2]!.keepWithNext = true;
  return lines;
}

/** Glue at the start of a galley is dropped where a container starts (its padding is the space). */
export function trimLeadingGlue(galley: Galley): Galley {
  let start = 0;
  while (galley[start]?.kind === 'glue') start++;
  return start ? galley.slice(start) : galley;
}

/** A paragraph's spacing: the measure's paragraph skip before it. */
export const paragraphSpace = (measure: Measure) => (measure.size < TYPE.body.size ? SPACE.paragraph * 0.8 : SPACE.paragraph);

export function createState(
  book: ResolvedBook,
  handlers: Handlers<Galley, LayoutState>,
  pages: ReadonlyMap<string, string> | undefined,
  missing: MissingGlyphs,
): LayoutState {
  let frameId = 0;
  const { one, all } = traversal<Galley, LayoutState>(handlers, () => state);
  const state: LayoutState = {
    one,
    all: (nodes) => all(nodes).flat(),
    book,
    x: GEOMETRY.left,
    width: GEOMETRY.right - GEOMETRY.left,
    frames: [],
    measure: TYPE.body,
    sectionDepth: 2,
    within<T extends Galley>(change: Parameters<LayoutState['within']>[0], fn: () => T): T {
      const saved = { x: state.x, width: state.width, frames: state.frames, measure: state.measure, sectionDepth: state.sectionDepth };
      if (change.x !== undefined) state.x = change.x;
      if (change.width !== undefined) state.width = change.width;
      if (change.measure) state.measure = change.measure;
      if (change.sectionDepth !== undefined) state.sectionDepth = change.sectionDepth;
      if (change.frame) state.frames = [...state.frames, { ...change.frame, id: ++frameId }];
      try {
        return fn();
      } finally {
        Object.assign(state, saved);
      }
    },
    pageOf: (anchor) => pages?.get(anchor),
    set(inlines, options = {}) {
      const lines = setText(inlines, {
        x: state.x,
        width: state.width,
        align: 'justify',
        leading: state.measure.leading,
        size: state.measure.size,
        missing,
        ...options,
      });
      if (state.frames.length) for (const line of lines) line.frames = state.frames;
      return lines;
    },
    inlines: (nodes, style) => smartQuotes(toInlines(nodes, style, state)),
    missing,
  };
  return state;
}

/** Frames the elements carry; lines made outside `set` (rules, math) take them from here. */
export function framed<T extends Element>(element: T, state: LayoutState): T {
  if (element.kind === 'line' && state.frames.length) (element as Line).frames = state.frames;
  return element;
}
