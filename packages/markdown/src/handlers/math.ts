import type { MathNode } from '@octavo/core';
import type { Flow } from '../state.js';
import { anchor } from '../util/mdast.js';

/** Display math stays TeX between `$$`; a numbered equation carries `\tag` so GitHub shows the number. */
export function math(node: MathNode): Flow {
  const value = node.number ? `${node.tex} \\tag{${node.number}}` : node.tex;
  return [...(node.anchor ? [anchor(node.anchor)] : []), { type: 'math', value }];
}
