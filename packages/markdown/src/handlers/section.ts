import type { SectionNode } from '@octavo/core';
import type { Flow, MarkdownState } from '../state.js';
import { heading, text } from '../util/mdast.js';

export function section(node: SectionNode, state: MarkdownState): Flow {
  return [...heading(state.questionDepth - 1, node.anchor, text(node.title)), ...state.within(state.questionDepth - 1, node.children)];
}
