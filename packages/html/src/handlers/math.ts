import type { MathNode } from '@octavo/core';
import type { Html, HtmlState } from '../state.js';
import { h } from '../util/hast.js';
import { mathToHast } from '../util/math.js';

export function math(node: MathNode, state: HtmlState): Html {
  return [h('div', { className: ['math-display'], ...(node.anchor ? { id: state.id(node.anchor) } : {}) }, mathToHast(node.tex, true, state.styles, node.number))];
}
