import type { BoxNode } from '@octavo/core';
import type { Html, HtmlState } from '../state.js';
import { h, text } from '../util/hast.js';

/** A titled, numbered callout, styled per kind with the shared palette. */
export function box(node: BoxNode, state: HtmlState): Html {
  const titleId = state.id(`${node.anchor}-title`);
  return [
    h('div', { className: ['box', `box-${node.box}`], id: state.id(node.anchor), role: 'note', 'aria-labelledby': titleId }, [
      h('p', { className: ['box-title'], id: titleId }, h('span', { className: ['box-caption'] }, text(node.caption)), text(` ${node.title}`)),
      state.all(node.children),
    ]),
  ];
}
