import type { SectionNode } from '@octavo/core';
import type { Html, HtmlState } from '../state.js';
import { h, text } from '../util/hast.js';

export function section(node: SectionNode, state: HtmlState): Html {
  return [h('article', { className: ['section'], id: state.id(node.anchor) }, h('h1', {}, text(node.title)), state.within(1, node.children))];
}
