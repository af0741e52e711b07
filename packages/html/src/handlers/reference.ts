import type { ElementContent } from 'hast';
import { referenceParts, type Paper } from '@octavo/core';
import { h, link, text } from '../util/hast.js';

/** "Authors (year). Title. Venue." with the title linked to the paper. */
export function reference(paper: Paper): ElementContent[] {
  const parts = referenceParts(paper);
  const title = h('cite', {}, parts.url ? link(parts.url, {}, text(parts.title)) : text(parts.title));
  return [text(`${parts.authors} (${parts.year}). `), title, text('. '), h('span', { className: ['venue'] }, text(parts.venue)), text('.')];
}
