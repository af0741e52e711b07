import type { ListItem } from 'mdast';
import { type ConceptIndexNode } from '@octavo/core';
import type { Flow, MarkdownState } from '../state.js';
import { heading, paragraph, text } from '../util/mdast.js';
import { backLinks } from './references.js';

export function conceptIndex(node: ConceptIndexNode, state: MarkdownState): Flow {
  const items: ListItem[] = node.entries.map((entry) => ({
    type: 'listItem',
    spread: false,
    children: [
      paragraph(text(entry.entry), ...(entry.locations.length ? [text(': '), ...backLinks(entry.locations, state)] : [])),
      ...(entry.subentries.length
        ? [
            {
              type: 'list' as const,
              ordered: false,
              spread: false,
              children: entry.subentries.map((sub): ListItem => ({
                type: 'listItem',
                spread: false,
                children: [paragraph(text(sub.sub), text(': '), ...backLinks(sub.locations, state))],
              })),
            },
          ]
        : []),
    ],
  }));
  return [...heading(state.questionDepth - 1, node.anchor, text(node.title)), { type: 'list', ordered: false, spread: false, children: items }];
}
