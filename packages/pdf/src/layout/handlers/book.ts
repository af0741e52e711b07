import type { ResolvedBook } from '@octavo/core';
import type { LayoutState } from '../state.js';
import type { Galley } from '../types.js';
import { titlePage, contents } from './common.js';

export function book(node: ResolvedBook, state: LayoutState): Galley {
  return [...titlePage(node, state), ...contents(node, state), ...state.all(node.front), ...state.all(node.chapters), ...state.all(node.back)];
}
