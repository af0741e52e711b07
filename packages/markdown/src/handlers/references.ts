import type { PhrasingContent } from 'mdast';
import { referenceParts, type Location, type Paper } from '@octavo/core';
import type { MarkdownState } from '../state.js';
import { emphasis, link, locationLinks, text } from '../util/mdast.js';

/** Back-links to the parts a thing appears in, once per part. */
export function backLinks(locations: Location[], state: MarkdownState): PhrasingContent[] {
  const seen = new Map<string, { href: string; label: string }>();
  for (const location of locations) {
    if (!seen.has(location.section)) seen.set(location.section, { href: state.href({ page: location.page, anchor: location.section }), label: location.label });
  }
  return locationLinks([...seen.values()]);
}

/** "Authors (year). Title. Venue. doi:…" with the title linked. */
export function reference(paper: Paper): PhrasingContent[] {
  const parts = referenceParts(paper);
  const title = parts.url ? link(parts.url, text(parts.title)) : text(parts.title);
  return [text(`${parts.authors} (${parts.year}). `), title, text('. '), emphasis(text(parts.venue)), text('.')];
}
