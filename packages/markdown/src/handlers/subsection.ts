import type { SubsectionNode } from '@octavo/core';
import type { Flow, MarkdownState } from '../state.js';
import { heading, text } from '../util/mdast.js';

export function subsection(node: SubsectionNode, state: MarkdownState): Flow {
  return [...heading(state.questionDepth + 2, node.anchor, text(node.title)), ...state.within(state.questionDepth + 2, node.children)];
}
