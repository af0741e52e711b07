import type { DiagramNode } from '@octavo/core';
import { fontRuns, textWidth } from '../../fonts.js';
import { strut } from '../blocks.js';
import { richText } from '../inline.js';
import { glue, type LayoutState } from '../state.js';
import { body, COLORS, SPACE, TYPE } from '../style.js';
import type { Galley, Item, Line } from '../types.js';

const PAD_X = 10;
const PAD_Y = 6;

/**
 * A text diagram in monospace, never wrapped (wrapping breaks the drawing): a diagram wider than
 * the column is set smaller instead. Centred in a light frame, its caption below.
 */
export function diagram(node: DiagramNode, state: LayoutState): Galley {
  const rows = node.text.replace(/\n+$/, '').split('\n');
  const columns = Math.max(1, ...rows.map((row) => [...row].length));
  const room = state.width - 2 * PAD_X;
  const size = Math.min(TYPE.diagram.size, room / (columns * textWidth('mono', 'M', 1)));
  const leading = (TYPE.diagram.leading / TYPE.diagram.size) * size;
  const widest = columns * textWidth('mono', 'M', size);
  const left = state.x + (state.width - widest) / 2;
  const style = { family: 'mono' as const, bold: false, italic: false, size, color: COLORS.text };
  const lines = state.within({ frame: { x: state.x, width: state.width, stroke: COLORS.rule, radius: 3 } }, () => {
    const out: Line[] = [strut(state, PAD_Y, true)];
    rows.forEach((text, i) => {
      const items: Item[] = [];
      let x = left;
      // Box-drawing characters are in the mono face; anything it lacks falls back, placed on the grid.
      for (const run of fontRuns(style, text, state.missing)) {
        if (run.font === 'mono') {
          if (run.text.trim()) items.push({ kind: 'text', x, y: leading * 0.78, text: run.text, font: run.font, size, color: style.color });
          x += textWidth('mono', run.text, size);
        } else {
          for (const char of run.text) {
            items.push({ kind: 'text', x, y: leading * 0.78, text: char, font: run.font, size, color: style.color });
            x += textWidth('mono', 'M', size);
          }
        }
      }
      out.push({ kind: 'line', height: leading, items, frames: state.frames, ...(i === 0 || i >= rows.length - 2 ? { keepWithNext: true } : {}) });
    });
    out.push(strut(state, PAD_Y));
    return out;
  });
  const out: Galley = [glue(SPACE.block), ...lines];
  if (node.caption) {
    (lines.at(-1) as Line).keepWithNext = true;
    const caption = state.set(state.inlines(richText(node.caption), body({ size: TYPE.small.size, italic: true, color: COLORS.muted })), { align: 'center', leading: TYPE.small.leading, size: TYPE.small.size });
    out.push(glue(2), ...caption);
  }
  out.push(glue(SPACE.block));
  return out;
}
