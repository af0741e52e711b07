import type { SubsectionNode } from '@octavo/core';
import type { Html, HtmlState } from '../state.js';
import { h, text } from '../util/hast.js';

export function subsection(node: SubsectionNode, state: HtmlState): Html {
  return [h('section', { className: ['subsection'], id: state.id(node.anchor) }, h('h3', {}, text(node.title)), state.within(3, node.children))];
}
