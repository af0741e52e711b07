import type { ProseNode } from '@octavo/core';
import type { Html, HtmlState } from '../state.js';

export function prose(node: ProseNode, state: HtmlState): Html {
  return state.prose(node.tree);
}
