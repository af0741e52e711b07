import type { MathNode } from '@octavo/core';
import { textWidth } from '../../fonts.js';
import { typesetMath } from '../../math.js';
import { glue, paragraphSpace, type LayoutState } from '../state.js';
import { COLORS, TYPE } from '../style.js';
import type { Galley, Item, Line } from '../types.js';

const PAD = 5;

/**
 * Display math, centred, with its equation number at the right margin. Math wider than the column
 * is scaled down to fit rather than run into the margin.
 */
export function displayMath(input: { tex: string; number?: string; anchor?: string }, state: LayoutState): Galley {
  const box = typesetMath(input.tex, true);
  const label = input.number ? `(${input.number})` : '';
  const labelWidth = label ? textWidth('serif', label, state.measure.size) + 12 : 0;
  const room = state.width - 2 * labelWidth;
  let size = state.measure.size * TYPE.mathScale;
  if (box.width * size > room) size = Math.max(room / box.width, size * 0.6);
  const width = box.width * size;
  const ascent = box.ascent * size;
  const descent = box.descent * size;
  const items: Item[] = [];
  if (input.anchor) items.push({ kind: 'anchor', name: input.anchor, x: state.x, y: 0 });
  items.push({ kind: 'math', x: state.x + (state.width - width) / 2, y: PAD, width, height: ascent + descent, size, svg: box.svg, tex: input.tex, color: COLORS.text });
  if (label) {
    items.push({ kind: 'text', x: state.x + state.width - textWidth('serif', label, state.measure.size), y: PAD + ascent, text: label, font: 'serif', size: state.measure.size, color: COLORS.text });
  }
  const line: Line = { kind: 'line', height: ascent + descent + 2 * PAD, items, ...(state.frames.length ? { frames: state.frames } : {}) };
  return [glue(paragraphSpace(state.measure)), line, glue(paragraphSpace(state.measure) * 0.5)];
}

export function math(node: MathNode, state: LayoutState): Galley {
  return displayMath({ tex: node.tex, ...(node.number ? { number: node.number } : {}), ...(node.anchor ? { anchor: node.anchor } : {}) }, state);
}
