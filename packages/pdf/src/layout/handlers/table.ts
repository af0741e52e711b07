import type { PhrasingContent } from 'mdast';
import type { TableNode } from '@octavo/core';
import { richText } from '../inline.js';
import { glue, type LayoutState } from '../state.js';
import { body, COLORS, SPACE, TYPE } from '../style.js';
import { measureInlines, setText, type Inline } from '../text.js';
import type { Galley, Item, Line } from '../types.js';

const PAD_X = 5;
const PAD_Y = 3.2;

export interface TableInput {
  caption?: string;
  align: readonly ('left' | 'right' | 'center' | null | undefined)[];
  header: readonly (readonly PhrasingContent[])[];
  rows: readonly (readonly (readonly PhrasingContent[])[])[];
}

/**
 * Column widths: every column gets its natural width if the table fits; otherwise each keeps its
 * widest word and the rest of the room goes where text wraps most, as HTML's auto layout does.
 */
export function columnWidths(cells: { min: number; max: number }[][], width: number): number[] {
  const columns = Math.max(...cells.map((row) => row.length));
  const min = Array.from({ length: columns }, (_, c) => Math.max(0, ...cells.map((row) => (row[c]?.min ?? 0) + 2 * PAD_X)));
  const max = Array.from({ length: columns }, (_, c) => Math.max(min[c]!, ...cells.map((row) => (row[c]?.max ?? 0) + 2 * PAD_X)));
  const sumMax = max.reduce((a, b) => a + b, 0);
  const sumMin = min.reduce((a, b) => a + b, 0);
  if (sumMax <= width) return max.map((w) => w + (width - sumMax) * (w / sumMax));
  if (sumMin >= width) return min.map((w) => (w * width) / sumMin);
  const flexible = max.map((w, c) => w - min[c]!);
  const sumFlexible = flexible.reduce((a, b) => a + b, 0);
  return min.map((w, c) => w + ((width - sumMin) * flexible[c]!) / sumFlexible);
}

/** One row as one line: each cell wraps in its column, the row is as tall as its tallest cell. */
function row(cells: Inline[][], widths: number[], align: TableInput['align'], state: LayoutState, header: boolean): Line {
  const leading = TYPE.small.leading;
  const size = TYPE.small.size;
  let x = state.x;
  const laid = cells.map((cell, c) => {
    const lines = setText(cell, { x: x + PAD_X, width: widths[c]! - 2 * PAD_X, align: align[c] ?? 'left', leading, size, hyphenate: false, missing: state.missing });
    x += widths[c]!;
    return lines;
  });
  const height = Math.max(leading, ...laid.map((lines) => lines.reduce((sum, line) => sum + line.height, 0))) + 2 * PAD_Y;
  const items: Item[] = [];
  if (header) items.push({ kind: 'rect', x: state.x, y: 0, width: state.width, height, fill: COLORS.codeBackground });
  for (const lines of laid) {
    let y = PAD_Y;
    for (const line of lines) {
      for (const item of line.items) items.push('y' in item ? { ...item, y: item.y + y } : item);
      y += line.height;
    }
  }
  const x2 = state.x + state.width;
  items.push(header ? { kind: 'rule', x1: state.x, y1: height, x2, y2: height, color: COLORS.text, width: 0.6 } : { kind: 'rule', x1: state.x, y1: height, x2, y2: height, color: COLORS.rule, width: 0.4 });
  return { kind: 'line', height, items, ...(state.frames.length ? { frames: state.frames } : {}) };
}

/**
 * A table with booktabs-style rules (heavy top and bottom, light between rows), a tinted header
 * kept with the first row, and its caption above it.
 */
export function tableBlock(input: TableInput, state: LayoutState): Galley {
  const style = body({ size: TYPE.small.size });
  const header = input.header.map((cell) => state.inlines(cell, { ...style, bold: true }));
  const rows = input.rows.map((cells) => cells.map((cell) => state.inlines(cell, style)));
  const widths = columnWidths([header, ...rows].map((cells) => cells.map((cell) => measureInlines(cell))), state.width);
  const out: Galley = [glue(SPACE.block)];
  if (input.caption) {
    const caption = state.set(state.inlines(richText(input.caption), { ...style, bold: true, color: COLORS.muted }), { align: 'left', leading: TYPE.small.leading, size: TYPE.small.size });
    for (const line of caption) line.keepWithNext = true;
    out.push(...caption, glue(3));
  }
  const lines = [...(header.length ? [row(header, widths, input.align, state, true)] : []), ...rows.map((cells) => row(cells, widths, input.align, state, false))];
  const first = lines[0];
  if (first) {
    first.items.unshift({ kind: 'rule', x1: state.x, y1: 0, x2: state.x + state.width, y2: 0, color: COLORS.text, width: 0.9 });
    first.keepWithNext = true;
  }
  const last = lines.at(-1);
  if (last) {
    const bottom = last.items.at(-1);
    if (bottom?.kind === 'rule') Object.assign(bottom, { color: COLORS.text, width: 0.9 });
  }
  if (lines.length >= 3) lines[lines.length - 2]!.keepWithNext = true;
  out.push(...lines, glue(SPACE.block));
  return out;
}

export function table(node: TableNode, state: LayoutState): Galley {
  return tableBlock({ header: node.header, rows: node.rows, align: node.align, ...(node.caption ? { caption: node.caption } : {}) }, state);
}
