import type { Renderer } from '@octavo/core';
import { renderMarkdown } from '@octavo/markdown';
import { renderHtml } from '@octavo/html';
import { renderEpub } from '@octavo/epub';

/** Every output format Octavo knows, in build order. */
export const FORMATS = ['markdown', 'html', 'epub', 'latex', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

/** The renderers available in this version; a known format missing here is not implemented yet. */
export const RENDERERS: Partial<Record<Format, Renderer>> = {
  markdown: renderMarkdown,
  html: renderHtml,
  epub: renderEpub,
};
