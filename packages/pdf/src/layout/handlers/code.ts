import type { CodeNode } from '@octavo/core';
import { highlightTokens, type CodeToken } from '@octavo/html';
import { fontRuns, textWidth, type TextStyle } from '../../fonts.js';
import { strut } from '../blocks.js';
import { richText } from '../inline.js';
import { glue, type LayoutState } from '../state.js';
import { body, COLORS, SPACE, TYPE } from '../style.js';
import type { Galley, Item, Line } from '../types.js';

const PAD_X = 8;
const PAD_Y = 5;
/** Continuation lines of a wrapped code line start this many columns further in, after a ↪. */
const WRAP_INDENT = 2;

interface Cell {
  text: string;
  style: TextStyle;
}

const styleOf = (token: CodeToken, size: number): TextStyle => ({
  family: 'mono',
  bold: token.fontStyle === 'bold',
  italic: token.fontStyle === 'italic',
  size,
  color: token.light,
});

/**
 * Cuts one source line into rows of at most `columns` characters, preferring to break after a
 * space or punctuation; continuation rows are indented past the line's own indentation.
 */
export function wrapCodeLine(cells: Cell[], columns: number): Cell[][] {
  const chars = cells.flatMap((cell) => [...cell.text].map((char) => ({ char, style: cell.style })));
  if (chars.length <= columns) return [cells];
  const indent = chars.findIndex((c) => c.char !== ' ');
  const rows: (typeof chars)[] = [];
  let rest = chars;
  let width = columns;
  while (rest.length > width) {
    let cut = width;
    for (let i = width; i > width * 0.5; i--) {
      if (/[\s,.(=+\-*/_[{:]/.test(rest[i - 1]!.char)) {
        cut = i;
        break;
      }
    }
    rows.push(rest.slice(0, cut));
    rest = rest.slice(cut);
    width = Math.max(12, columns - Math.max(0, indent) - WRAP_INDENT);
  }
  rows.push(rest);
  return rows.map((row) =>
    row.reduce<Cell[]>((merged, { char, style }) => {
      const last = merged.at(-1);
      if (last && last.style === style) last.text += char;
      else merged.push({ text: char, style });
      return merged;
    }, []),
  );
}

/** Text items of one row of code, each run in the font that has its glyphs. */
function rowItems(cells: Cell[], x: number, baseline: number, state: LayoutState): Item[] {
  const items: Item[] = [];
  for (const cell of cells) {
    for (const run of fontRuns(cell.style, cell.text, state.missing)) {
      const width = textWidth(run.font, run.text, cell.style.size);
      if (run.text.trim()) items.push({ kind: 'text', x, y: baseline, text: run.text, font: run.font, size: cell.style.size, color: cell.style.color });
      x += width;
    }
  }
  return items;
}

export interface CodeInput {
  source: string;
  language: string;
  caption?: string;
  output?: string;
  anchor?: string;
}

/** Lines of monospace text in a frame, wrapping long lines; kept two-and-two at page breaks. */
function panel(rows: { cells: Cell[]; continued: boolean }[], state: LayoutState, fill: string, label?: string): Galley {
  const size = TYPE.code.size;
  const leading = TYPE.code.leading;
  const baseline = leading / 2 + size * 0.34;
  return state.within({ frame: { x: state.x, width: state.width, fill, stroke: COLORS.rule, radius: 3 } }, () => {
    const lines: Line[] = [strut(state, PAD_Y, true)];
    if (label) {
      const style = body({ size: TYPE.small.size * 0.9, italic: true, color: COLORS.muted });
      lines.push({ kind: 'line', height: leading, keepWithNext: true, frames: state.frames, items: rowItems([{ text: label, style }], state.x + PAD_X, baseline, state) });
    }
    const charWidth = textWidth('mono', 'M', size);
    rows.forEach(({ cells, continued }, i) => {
      const items = rowItems(cells, state.x + PAD_X, baseline, state);
      if (continued) {
        const indent = cells[0]?.text.match(/^ */)?.[0].length ?? 0;
        items.unshift({ kind: 'text', x: state.x + PAD_X + (indent - WRAP_INDENT) * charWidth, y: baseline, text: '↪', font: 'mono', size, color: COLORS.muted });
      }
      const keep = i === 0 || i >= rows.length - 2;
      lines.push({ kind: 'line', height: leading, items, frames: state.frames, ...(keep ? { keepWithNext: true } : {}) });
    });
    lines.push(strut(state, PAD_Y));
    return lines;
  });
}

/** Rows of a highlighted source: long lines wrap to the panel's width. */
function codeRows(lines: Cell[][], columns: number): { cells: Cell[]; continued: boolean }[] {
  return lines.flatMap((cells) => {
    const wrapped = wrapCodeLine(cells, columns);
    return wrapped.map((row, i) => {
      if (i === 0) return { cells: row, continued: false };
      const indent = Math.max(0, (cells[0]?.text.match(/^ */)?.[0].length ?? 0)) + WRAP_INDENT;
      return { cells: [{ text: ' '.repeat(indent), style: row[0]!.style }, ...row], continued: true };
    });
  });
}

/**
 * A code block: the tokens of the HTML renderer's highlighter (one highlighter for every format)
 * in the light theme's colours, an optional caption above and the expected output below.
 */
export function codeBlock(input: CodeInput, state: LayoutState): Galley {
  const size = TYPE.code.size;
  const columns = Math.floor((state.width - 2 * PAD_X) / textWidth('mono', 'M', size));
  const source = input.source.replace(/\n+$/, '');
  const highlighted = highlightTokens(source, input.language).map((line) => line.map((token) => ({ text: token.content, style: styleOf(token, size) })));
  const out: Galley = [glue(SPACE.block * 0.8)];
  if (input.caption) {
    const style = body({ size: TYPE.small.size, bold: true, color: COLORS.muted });
    const caption = state.set(state.inlines(richText(input.caption), style), { align: 'left', leading: TYPE.small.leading, size: TYPE.small.size });
    for (const line of caption) line.keepWithNext = true;
    out.push(...caption, glue(2));
  }
  const code = panel(codeRows(highlighted, columns), state, COLORS.codeBackground);
  if (input.anchor) (code[0] as Line).items.push({ kind: 'anchor', name: input.anchor, x: state.x, y: 0 });
  out.push(...code);
  if (input.output !== undefined) {
    const style: TextStyle = { family: 'mono', bold: false, italic: false, size, color: '#24292e' };
    const outputLines = input.output.replace(/\n+$/, '').split('\n').map((text) => [{ text, style }]);
    out.push(glue(3), ...panel(codeRows(outputLines, columns), state, '#ffffff', 'Output'));
  }
  out.push(glue(SPACE.block * 0.8));
  return out;
}

export function code(node: CodeNode, state: LayoutState): Galley {
  return codeBlock({ source: node.source, language: node.language, anchor: node.anchor, ...(node.caption ? { caption: node.caption } : {}), ...(node.output !== undefined ? { output: node.output } : {}) }, state);
}
