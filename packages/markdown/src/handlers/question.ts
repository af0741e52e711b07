import type { PhrasingContent } from 'mdast';
import type { QuestionNode } from '@octavo/core';
import type { Flow, MarkdownState } from '../state.js';
import { emphasis, heading, link, paragraph, strong, text } from '../util/mdast.js';

export function question(node: QuestionNode, state: MarkdownState): Flow {
  const related: PhrasingContent[] = node.related.flatMap((target, i) => [
    ...(i > 0 ? [text(', ')] : []),
    target.draft ? text(target.text) : link(state.href(target), text(target.text)),
  ]);
  const origin =
    state.file === 'question'
      ? [paragraph(emphasis(text('From '), link('../book.md', text(state.book.meta.title)), text(`, Chapter ${node.chapter.number}: ${node.chapter.title}`)))]
      : [];
  return [
    ...heading(state.questionDepth, node.anchor, text(`${node.label}. ${node.title}`)),
    ...origin,
    paragraph(emphasis(text(node.tagline))),
    ...(related.length ? [paragraph(strong(text('Related:')), text(' '), ...related)] : []),
    ...state.all(node.parts),
  ];
}
