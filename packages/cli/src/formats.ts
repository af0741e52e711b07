import type { Renderer } from '@octavo/core';
import { renderMarkdown } from '@octavo/markdown';
import { renderHtml } from '@octavo/html';
import { renderEpub } from '@octavo/epub';
import { renderLatex } from '@octavo/latex';
import { renderPdf } from '@octavo/pdf';

/** Every output format Octavo knows, in build order. */
export const FORMATS = ['markdown', 'html', 'epub', 'latex', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

/** One renderer per format. */
export const RENDERERS: Record<Format, Renderer> = {
  markdown: renderMarkdown,
  html: renderHtml,
  epub: renderEpub,
  latex: renderLatex,
  pdf: renderPdf,
};
