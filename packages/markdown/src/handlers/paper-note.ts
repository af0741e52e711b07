import { type PaperNoteNode } from '@octavo/core';
import type { Flow, MarkdownState } from '../state.js';
import { inlineAnchor, link, paragraph, strong, text } from '../util/mdast.js';
import { reference } from './references.js';

export function paperNote(node: PaperNoteNode, state: MarkdownState): Flow {
  const prose = (tree: PaperNoteNode['contribution']) => state.all([{ type: 'prose', tree }]);
  return [
    paragraph(inlineAnchor(node.anchor), link(state.href(node.entry), text(`[${node.citation}]`)), text(' '), ...reference(node.paper)),
    paragraph(strong(text('Key contribution.'))),
    ...prose(node.contribution),
    paragraph(strong(text('Why it matters here.'))),
    ...prose(node.relevance),
  ];
}
