/**
 * @octavo/pdf — the resolved book typeset straight to PDF with pdfkit: no TeX needed. Layout
 * (pure: book → pages of positioned items, in `layout/`) is separate from drawing (`draw/`).
 */
import { outputFile, type OutputFile, type ResolvedBook } from '@octavo/core';
import { drawPdf } from './draw/index.js';
import { layoutBook, type LayoutOptions } from './layout/index.js';

export type PdfOptions = LayoutOptions;

/**
 * The PDF renderer: resolved book → `<book-slug>.pdf`. Pure apart from reading the font files
 * shipped with this package; byte-identical for the same book.
 */
export async function renderPdf(book: ResolvedBook, options: PdfOptions = {}): Promise<OutputFile[]> {
  const layout = layoutBook(book, options);
  if (layout.missingGlyphs.length) throw new Error(`no embedded font can draw ${layout.missingGlyphs.map((c) => `${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}`);
  return [outputFile(`${book.meta.slug}.pdf`, await drawPdf(layout))];
}

export { layoutBook, drawPdf };
export { defaultHandlers } from './layout/handlers/index.js';
export type { LaidOutBook, Page, Item, Galley, OutlineEntry } from './layout/types.js';
export type { LayoutState } from './layout/state.js';
export type { LayoutOptions };
