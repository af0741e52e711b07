import type { ResolvedBook } from '@octavo/core';
import type { Flow, MarkdownState } from '../state.js';
import { emphasis, heading, paragraph, text } from '../util/mdast.js';
import { contents } from './contents.js';

export function book(node: ResolvedBook, state: MarkdownState): Flow {
  const { meta } = node;
  return [
    { type: 'heading', depth: 1, children: [text(meta.title)] },
    ...(meta.subtitle ? [paragraph(emphasis(text(meta.subtitle)))] : []),
    paragraph(text(`${meta.author} · ${meta.date}`)),
    ...contents(node, state),
    ...state.all(node.front),
    ...state.all(node.chapters),
    ...state.all(node.back),
  ];
}
