import type { SectionNode } from '@octavo/core';
import type { LayoutState } from '../state.js';
import type { Galley } from '../types.js';
import { opening } from './common.js';

export function section(node: SectionNode, state: LayoutState): Galley {
  return [...opening(state, node.title, node.anchor, { left: state.book.meta.title, right: node.title }), ...state.within({ sectionDepth: 2 }, () => state.all(node.children))];
}
