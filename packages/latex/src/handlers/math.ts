import type { MathNode } from '@octavo/core';
import type { Tex } from '../state.js';
import { displayMath } from '../util/math.js';

/** Display math; a labelled equation is numbered with core's number (`\tag{22.1}`) and labelled. */
export function math(node: MathNode): Tex {
  return displayMath(node.tex, node.number !== undefined && node.anchor ? { number: node.number, anchor: node.anchor } : undefined);
}
