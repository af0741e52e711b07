import type { PartNode } from '@octavo/core';
import type { Flow, MarkdownState } from '../state.js';
import { heading, text } from '../util/mdast.js';

export function part(node: PartNode, state: MarkdownState): Flow {
  return [...heading(state.questionDepth + 1, node.anchor, text(node.title)), ...state.within(state.questionDepth + 1, node.children)];
}
