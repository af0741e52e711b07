import type { Handlers, ResolvedBook } from '@octavo/core';
import { MissingGlyphs } from '../fonts.js';
import { defaultHandlers } from './handlers/index.js';
import { outline } from './outline.js';
import { paginate } from './paginate.js';
import { createState, type LayoutState } from './state.js';
import { GEOMETRY } from './style.js';
import type { Galley, LaidOutBook } from './types.js';

export interface LayoutOptions {
  /** Override any node's layout handler: `{ handlers: { box: myBox } }`. */
  handlers?: Partial<Handlers<Galley, LayoutState>>;
  /** Most layout passes before giving up on page references settling (default 6). */
  maxPasses?: number;
}

/** Adjacent vertical spaces do not add up: the larger wins, as margins collapse in CSS. */
export function collapseGlue(galley: Galley): Galley {
  const out: Galley = [];
  for (const element of galley) {
    const last = out.at(-1);
    if (element.kind === 'glue' && last?.kind === 'glue') out[out.length - 1] = { kind: 'glue', height: Math.max(last.height, element.height) };
    else out.push(element);
  }
  return out;
}

const sameLabels = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>) => a.size === b.size && [...a].every(([anchor, label]) => b.get(anchor) === label);

/**
 * Lays the book out into pages. Pure: the resolved book in, positioned items out. Page numbers
 * printed in the text (contents, references, indexes) come from the previous pass, so it runs
 * until a pass lands every anchor on the page the one before assumed — usually two passes.
 */
export function layoutBook(book: ResolvedBook, options: LayoutOptions = {}): LaidOutBook {
  const handlers = { ...defaultHandlers, ...options.handlers };
  let labels: Map<string, string> | undefined;
  const maxPasses = options.maxPasses ?? 6;
  for (let pass = 1; ; pass++) {
    const missing = new MissingGlyphs();
    const state = createState(book, handlers, labels, missing);
    const { pages, anchors, firstArabicPage } = paginate(collapseGlue(state.one(book)), GEOMETRY);
    const next = new Map([...anchors].map(([anchor, at]) => [anchor, at.label]));
    if ((labels && sameLabels(labels, next)) || pass >= maxPasses) {
      return {
        meta: book.meta,
        geometry: GEOMETRY,
        pages,
        outline: outline(book),
        anchors: Object.fromEntries(anchors),
        firstArabicPage,
        missingGlyphs: [...missing.chars].sort(),
        passes: pass,
      };
    }
    labels = next;
  }
}

export type { LaidOutBook };
