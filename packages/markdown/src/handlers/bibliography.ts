import type { ListItem } from 'mdast';
import { type BibliographyNode } from '@octavo/core';
import type { Flow, MarkdownState } from '../state.js';
import { emphasis, heading, inlineAnchor, paragraph, text } from '../util/mdast.js';
import { backLinks, reference } from './references.js';

export function bibliography(node: BibliographyNode, state: MarkdownState): Flow {
  const items: ListItem[] = node.entries.map((entry) => ({
    type: 'listItem',
    spread: false,
    children: [
      paragraph(inlineAnchor(entry.anchor), text(`[${entry.number}] `), ...reference(entry.paper)),
      paragraph(emphasis(text('Cited in:')), text(' '), ...backLinks(entry.citedAt, state)),
    ],
  }));
  return [...heading(state.questionDepth - 1, node.anchor, text(node.title)), { type: 'list', ordered: false, spread: false, children: items }];
}
