import type { BookMeta } from '@octavo/core';
import type { FontId } from '../fonts.js';

/**
 * What layout produces and drawing consumes: pages of positioned items, in points, origin at the
 * top left of the page, y growing downwards (pdfkit's convention). Plain data: tests read it.
 */

/** Text in one font; `y` is the baseline. */
export interface TextItem {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  font: FontId;
  size: number;
  color: string;
  /** Extra space added to each space in `text` (justified lines set a whole run in one item). */
  wordSpacing?: number;
}

/** A filled and/or stroked rectangle, its corners rounded by `radius`. */
export interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: string;
  stroke?: string;
  lineWidth?: number;
  radius?: number;
}

export interface RuleItem {
  kind: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
}

/** Typeset math; `y` is the top of its box. `tex` is laid invisibly over it, for search and copy. */
export interface MathItem {
  kind: 'math';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Points per em: the scale MathJax's em-based drawing is set at. */
  size: number;
  svg: string;
  tex: string;
  color: string;
}

/** Where a link goes: a named destination (an anchor) or a URL. */
export type LinkTarget = { anchor: string } | { url: string };

export interface LinkItem {
  kind: 'link';
  x: number;
  y: number;
  width: number;
  height: number;
  to: LinkTarget;
}

/** A named destination: links, the outline and the indexes point here. */
export interface AnchorItem {
  kind: 'anchor';
  name: string;
  x: number;
  y: number;
}

export type Item = TextItem | RectItem | RuleItem | MathItem | LinkItem | AnchorItem;

/** How a page is decorated: `plain` has nothing, `opening` only its number, `body` header and number. */
export type PageStyle = 'plain' | 'opening' | 'body';

export interface Page {
  /** Physical index, from 0. */
  index: number;
  /** The printed number: roman in the front matter, arabic from the first chapter. */
  label: string;
  style: PageStyle;
  items: Item[];
}

/** A bookmark: its title, the anchor it opens, and its children. */
export interface OutlineEntry {
  title: string;
  anchor: string;
  children: OutlineEntry[];
}

export interface PageGeometry {
  width: number;
  height: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The laid-out book: everything drawing needs, nothing it has to decide. */
export interface LaidOutBook {
  meta: BookMeta;
  geometry: PageGeometry;
  pages: Page[];
  outline: OutlineEntry[];
  /** Every anchor's page index and printed label. */
  anchors: Record<string, { page: number; label: string }>;
  /** Index of the first arabic-numbered page (the PDF's page labels switch style there). */
  firstArabicPage: number;
  /** Characters no embedded font could draw (replaced by `?`); empty for a good build. */
  missingGlyphs: string[];
  /** How many layout passes it took for page references to settle. */
  passes: number;
}

/**
 * The galley: what handlers produce, before it is cut into pages. A line is atomic; glue is
 * vertical space, dropped at a page break; a break starts a new page.
 */
export interface Line {
  kind: 'line';
  height: number;
  /** Items with `y` relative to the line's top and absolute `x`. */
  items: Item[];
  /** No page break directly after this line (titles, orphans and widows). */
  keepWithNext?: boolean;
  /** The frames (boxes, code) this line sits in, outermost first. */
  frames?: readonly Frame[];
}

export interface Glue {
  kind: 'glue';
  height: number;
}

export interface PageBreak {
  kind: 'break';
  /** The style of the page it starts. */
  style: PageStyle;
  /** Start arabic numbering at 1 on the new page. */
  restartNumbering?: 'roman' | 'arabic';
}

/** Sets the running header from here on: chapter on the left, question or section on the right. */
export interface Mark {
  kind: 'mark';
  left: string;
  right: string;
}

export type Element = Line | Glue | PageBreak | Mark;
export type Galley = Element[];

/**
 * A frame drawn behind the lines it holds, one piece per page when it breaks: a box's tinted
 * background with its accent bar, a code block's panel, a quotation's rule.
 */
export interface Frame {
  id: number;
  x: number;
  width: number;
  fill?: string;
  stroke?: string;
  /** A bar down the left edge, in this colour. */
  bar?: string;
  radius?: number;
}
