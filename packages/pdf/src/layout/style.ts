import { TEXT_PALETTE } from '@octavo/core';
import type { TextStyle } from '../fonts.js';
import type { PageGeometry } from './types.js';

/** A 7 × 10 in page (a common size for technical books), margins that leave ~75 characters a line. */
export const GEOMETRY: PageGeometry = { width: 504, height: 720, top: 68, bottom: 658, left: 62, right: 442 };

/** Sizes and leading of the book's text, in points. */
export const TYPE = {
  body: { size: 10, leading: 14.2 },
  small: { size: 9, leading: 12.6 },
  code: { size: 7.9, leading: 10.6 },
  diagram: { size: 7.9, leading: 10.2 },
  partHeading: { size: 14.5, leading: 19 },
  subsectionHeading: { size: 11.5, leading: 15.5 },
  proseHeading: { size: 10.5, leading: 14.2 },
  questionTitle: { size: 21, leading: 26 },
  chapterTitle: { size: 25, leading: 31 },
  header: { size: 7.8 },
  /** Math is set a little larger than text: MathJax's TeX fonts have a smaller x-height than Noto Serif. */
  mathScale: 1.12,
} as const;

/** Vertical space between blocks. */
export const SPACE = { paragraph: 6.5, block: 10, beforePart: 20, afterPart: 7, beforeSubsection: 13, afterSubsection: 4 } as const;

export const body = (overrides: Partial<TextStyle> = {}): TextStyle => ({
  family: 'serif',
  bold: false,
  italic: false,
  size: TYPE.body.size,
  color: TEXT_PALETTE.text,
  ...overrides,
});

export const COLORS = TEXT_PALETTE;
