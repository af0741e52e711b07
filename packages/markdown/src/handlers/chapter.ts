import type { ChapterNode } from '@octavo/core';
import type { Flow, MarkdownState } from '../state.js';
import { emphasis, heading, paragraph, text } from '../util/mdast.js';

export function chapter(node: ChapterNode, state: MarkdownState): Flow {
  return [
    ...heading(state.questionDepth - 1, node.anchor, text(`Chapter ${node.number}: ${node.title}`)),
    paragraph(emphasis(text(node.focus))),
    ...state.within(state.questionDepth - 1, node.intro),
    ...state.all(node.questions),
  ];
}
