import { type GlossaryNode } from '@octavo/core';
import type { Flow, MarkdownState } from '../state.js';
import { emphasis, heading, inlineAnchor, paragraph, strong, text } from '../util/mdast.js';
import { backLinks } from './references.js';

export function glossary(node: GlossaryNode, state: MarkdownState): Flow {
  return [
    ...heading(state.questionDepth - 1, node.anchor, text(node.title)),
    ...node.entries.flatMap((entry) => {
      const [first, ...rest] = state.all([{ type: 'prose', tree: entry.definition }]);
      const lead = first?.type === 'paragraph' ? first.children : [];
      return [
        paragraph(inlineAnchor(entry.anchor), strong(text(entry.term)), text(' — '), ...lead),
        ...rest,
        ...(entry.usedAt.length ? [paragraph(emphasis(text('Used in:')), text(' '), ...backLinks(entry.usedAt, state))] : []),
      ];
    }),
  ];
}
