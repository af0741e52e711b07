import { fontRuns, metrics, textWidth, type FontId, type MissingGlyphs, type TextStyle } from '../fonts.js';
import { hyphenationPoints } from '../hyphenate.js';
import { splitInlineMath, typesetMath, type MathBox } from '../math.js';
import { TYPE } from './style.js';
import type { Item, Line, LinkTarget, TextItem } from './types.js';

/**
 * Inline content, flattened from prose: runs of styled text, inline math, invisible anchors and
 * forced line breaks. Links and anchors ride along with the text they belong to.
 */
export type Inline =
  | { kind: 'text'; text: string; style: TextStyle; link?: LinkTarget; code?: boolean }
  | { kind: 'math'; tex: string; style: TextStyle; link?: LinkTarget }
  | { kind: 'anchor'; name: string }
  | { kind: 'break' };

/** A measured piece of a word. */
type Piece =
  | { kind: 'text'; text: string; font: FontId; size: number; color: string; width: number; link?: LinkTarget }
  | { kind: 'math'; box: MathBox; tex: string; size: number; color: string; width: number; link?: LinkTarget }
  | { kind: 'anchor'; name: string; width: 0 };

/**
 * The token stream line breaking works on, after Knuth: boxes (unbreakable), spaces (breakable,
 * stretchable glue), penalties (breaks inside a word, with or without a hyphen) and newlines.
 */
type Token =
  | { t: 'box'; pieces: Piece[]; width: number }
  | { t: 'space'; width: number; style: TextStyle; link?: LinkTarget }
  | { t: 'penalty'; hyphen?: Piece; cost: number }
  | { t: 'newline' };

const HYPHEN_COST = 60;
const CODE_BREAK_COST = 120;
const HARD_BREAK_COST = 20;

export interface SetOptions {
  /** Left edge of the column. */
  x: number;
  width: number;
  align: 'justify' | 'left' | 'center' | 'right';
  /** Baseline-to-baseline distance. */
  leading: number;
  /** Nominal text size, which places the baseline within the leading. */
  size: number;
  /** Indentation of every line after the first (a hanging indent). */
  hang?: number;
  /** Allow hyphenation (off for headings and table cells). */
  hyphenate?: boolean;
  missing?: MissingGlyphs;
}

function textPieces(text: string, style: TextStyle, link: LinkTarget | undefined, missing?: MissingGlyphs): Piece[] {
  return fontRuns(style, text, missing).map((run) => ({
    kind: 'text' as const,
    text: run.text,
    font: run.font,
    size: style.size,
    color: style.color,
    width: textWidth(run.font, run.text, style.size),
    ...(link ? { link } : {}),
  }));
}

const boxOf = (pieces: Piece[]): Token => ({ t: 'box', pieces, width: pieces.reduce((sum, piece) => sum + piece.width, 0) });

/** Offsets inside a chunk of text (no spaces) where it may break, and whether a hyphen is added. */
function breakPoints(chunk: string, code: boolean, hyphenate: boolean): { at: number; hyphen: boolean; cost: number }[] {
  const points: { at: number; hyphen: boolean; cost: number }[] = [];
  if (code) {
    for (const match of chunk.matchAll(/[._/,(=]/g)) if (match.index > 0 && match.index < chunk.length - 1) points.push({ at: match.index + 1, hyphen: false, cost: CODE_BREAK_COST });
    return points;
  }
  for (const match of chunk.matchAll(/[-–—/](?=[\p{L}\p{N}])/gu)) {
    if (match.index > 0) points.push({ at: match.index + 1, hyphen: false, cost: HARD_BREAK_COST });
  }
  if (hyphenate) {
    for (const match of chunk.matchAll(/[\p{L}\p{N}_]+/gu)) {
      for (const offset of hyphenationPoints(match[0])) points.push({ at: match.index + offset, hyphen: true, cost: HYPHEN_COST });
    }
  }
  return points.sort((a, b) => a.at - b.at);
}

/** Turns inline content into tokens. */
function tokenize(inlines: readonly Inline[], hyphenate: boolean, missing?: MissingGlyphs): Token[] {
  const tokens: Token[] = [];
  // Pieces of the word being built: a word may span styles (`**bold**,`) and math (`$x$-axis`).
  let word: Piece[] = [];
  const endWord = () => {
    if (word.length) tokens.push(boxOf(word));
    word = [];
  };
  for (const inline of inlines) {
    if (inline.kind === 'break') {
      endWord();
      tokens.push({ t: 'newline' });
    } else if (inline.kind === 'anchor') {
      word.push({ kind: 'anchor', name: inline.name, width: 0 });
    } else if (inline.kind === 'math') {
      const size = inline.style.size * TYPE.mathScale;
      const pieces = splitInlineMath(inline.tex);
      pieces.forEach(({ tex }, i) => {
        if (i > 0) {
          endWord();
          tokens.push({ t: 'penalty', cost: pieces[i - 1]!.breakCost });
        }
        // An operator before a break keeps its spacing: typeset `a ={}`, shown and searched as `a =`.
        const box = typesetMath(i < pieces.length - 1 ? `${tex}{}` : tex, false);
        word.push({ kind: 'math', box, tex, size, color: inline.style.color, width: box.width * size, ...(inline.link ? { link: inline.link } : {}) });
      });
    } else {
      for (const part of inline.text.split(/(\s+)/)) {
        if (part === '') continue;
        if (/^\s+$/.test(part)) {
          endWord();
          const previous = tokens.at(-1);
          if (previous?.t !== 'space') {
            tokens.push({ t: 'space', width: textWidth(fontRuns(inline.style, ' ')[0]!.font, ' ', inline.style.size), style: inline.style, ...(inline.link ? { link: inline.link } : {}) });
          }
          continue;
        }
        let last = 0;
        for (const point of breakPoints(part, inline.code ?? false, hyphenate)) {
          word.push(...textPieces(part.slice(last, point.at), inline.style, inline.link, missing));
          endWord();
          const hyphen = point.hyphen ? textPieces('-', inline.style, inline.link)[0] : undefined;
          tokens.push({ t: 'penalty', cost: point.cost, ...(hyphen ? { hyphen } : {}) });
          last = point.at;
        }
        word.push(...textPieces(part.slice(last), inline.style, inline.link, missing));
      }
    }
  }
  endWord();
  return tokens;
}

/** A box wider than the column is split between characters as a last resort (long URLs, identifiers). */
function splitOversized(tokens: Token[], width: number): Token[] {
  return tokens.flatMap((token): Token[] => {
    if (token.t !== 'box' || token.width <= width) return [token];
    const out: Token[] = [];
    for (const piece of token.pieces) {
      if (piece.kind !== 'text') {
        out.push(boxOf([piece]));
        continue;
      }
      for (const char of piece.text) {
        out.push(boxOf([{ ...piece, text: char, width: textWidth(piece.font, char, piece.size) }]));
        out.push({ t: 'penalty', cost: CODE_BREAK_COST });
      }
    }
    return out;
  });
}

interface Candidate {
  /** Index of the breaking token (or tokens.length at the end). */
  at: number;
  width: number;
  spaces: number;
  cost: number;
  forced: boolean;
}

const spaceStretch = (token: Extract<Token, { t: 'space' }>) => token.width * 0.6;
const spaceShrink = (token: Extract<Token, { t: 'space' }>) => token.width * 0.3;

/**
 * Chooses line breaks greedily, line by line, but not blindly: of the places the line could end,
 * it takes the one with the least badness (how far spaces stretch or shrink, cubed, as TeX rates
 * it) plus the break's own cost (a hyphen costs more than a space).
 */
function breakLines(tokens: Token[], firstWidth: number, otherWidth: number, justify: boolean): { start: number; end: number; brk?: Token; last: boolean }[] {
  const lines: { start: number; end: number; brk?: Token; last: boolean }[] = [];
  let start = 0;
  while (start < tokens.length) {
    while (start < tokens.length && (tokens[start]!.t === 'space' || tokens[start]!.t === 'penalty')) start++;
    if (start >= tokens.length) break;
    const width = lines.length === 0 ? firstWidth : otherWidth;
    let natural = 0;
    let stretch = 0;
    let shrink = 0;
    let spaces = 0;
    const candidates: Candidate[] = [];
    // The first place the line could end at all, used when nothing fits (an overlong word run).
    let fallback: Candidate | undefined;
    let i = start;
    for (; i <= tokens.length; i++) {
      const token = tokens[i];
      if (token === undefined || token.t === 'newline') {
        candidates.push({ at: i, width: natural, spaces, cost: 0, forced: true });
        break;
      }
      if (token.t === 'space' || token.t === 'penalty') {
        const extra = token.t === 'penalty' && token.hyphen ? token.hyphen.width : 0;
        const fits = natural + extra - shrink <= width + 0.01;
        if (i > start) fallback ??= { at: i, width: natural + extra, spaces, cost: 0, forced: false };
        if (fits && i > start) {
          const slack = width - natural - extra;
          const ratio = slack >= 0 ? (stretch > 0 ? slack / stretch : slack > 0.5 ? 10 : 0) : shrink > 0 ? slack / shrink : -10;
          const badness = justify ? 100 * Math.abs(ratio) ** 3 : 100 * Math.max(0, slack / width - 0.15) ** 2 * 40;
          candidates.push({ at: i, width: natural + extra, spaces, cost: Math.min(badness, 10_000) + (token.t === 'penalty' ? token.cost : 0), forced: false });
        }
        if (token.t === 'space') {
          natural += token.width;
          stretch += spaceStretch(token);
          // Ragged lines keep their spaces as they are: only justified ones may tighten.
          if (justify) shrink += spaceShrink(token);
          spaces++;
        }
        continue;
      }
      if (natural + token.width - shrink > width + 0.01 && (candidates.length > 0 || fallback)) break;
      natural += token.width;
    }
    const forced = candidates.find((candidate) => candidate.forced && natural - shrink <= width + 0.01);
    const best = forced ?? candidates.reduce<Candidate | undefined>((a, b) => (a === undefined || b.cost <= a.cost ? b : a), undefined) ?? fallback;
    const end = best ? best.at : Math.max(i, start + 1);
    const brk = tokens[end];
    lines.push({ start, end, ...(brk ? { brk } : {}), last: brk === undefined || brk.t === 'newline' });
    start = brk?.t === 'newline' ? end + 1 : end;
  }
  return lines;
}

/** Where the baseline sits in a line of nominal text, and how far text reaches below it. */
const baselineOf = (leading: number, size: number) => leading / 2 + size * 0.34;

const linkKey = (to: LinkTarget) => ('anchor' in to ? `#${to.anchor}` : to.url);

/** Lays out a paragraph of inline content into lines. */
export function setText(inlines: readonly Inline[], options: SetOptions): Line[] {
  const hang = options.hang ?? 0;
  const tokens = splitOversized(tokenize(inlines, options.hyphenate ?? options.align === 'justify', options.missing), options.width - hang);
  const lines = breakLines(tokens, options.width, options.width - hang, options.align === 'justify');
  return lines.map((line, n) => {
    let first = line.start;
    let last = line.end;
    while (last > first && tokens[last - 1]!.t !== 'box') last--;
    while (first < last && tokens[first]!.t !== 'box') first++;
    const slice = tokens.slice(first, last);
    const hyphen = line.brk?.t === 'penalty' ? line.brk.hyphen : undefined;
    const natural = slice.reduce((sum, token) => sum + (token.t === 'box' || token.t === 'space' ? token.width : 0), 0) + (hyphen?.width ?? 0);
    const spaces = slice.filter((token) => token.t === 'space').length;
    const column = n === 0 ? options.width : options.width - hang;
    const left = options.x + (n === 0 ? 0 : hang);
    let extra = 0;
    let x = left;
    if (options.align === 'justify' && !line.last && spaces > 0) extra = (column - natural) / spaces;
    else if (options.align === 'center') x += Math.max(0, (column - natural) / 2);
    else if (options.align === 'right') x += Math.max(0, column - natural);
    const placed = placeLine(slice, hyphen, x, extra, options);
    // As TeX's \brokenpenalty: a page never ends on a word broken at a hyphen, added or its own.
    if (line.brk?.t === 'penalty' && (line.brk.hyphen || line.brk.cost === HARD_BREAK_COST)) placed.keepWithNext = true;
    return placed;
  });
}

/** Positions the pieces of one line: text items per run, math, anchors, and link rectangles. */
function placeLine(tokens: Token[], hyphen: Piece | undefined, startX: number, extra: number, options: SetOptions): Line {
  let baseline = baselineOf(options.leading, options.size);
  let depth = options.leading - baseline;
  // Each piece with the width of the space before it (0 inside a word).
  const placed: { piece: Piece; x: number; space: number }[] = [];
  let x = startX;
  let space = 0;
  for (const token of tokens) {
    if (token.t === 'space') {
      x += token.width + extra;
      space += token.width;
    }
    if (token.t !== 'box') continue;
    for (const piece of token.pieces) {
      placed.push({ piece, x, space });
      x += piece.width;
      space = 0;
    }
  }
  if (hyphen) placed.push({ piece: hyphen, x, space: 0 });
  for (const { piece } of placed) {
    if (piece.kind !== 'math') continue;
    baseline = Math.max(baseline, piece.box.ascent * piece.size + 1.5);
    depth = Math.max(depth, piece.box.descent * piece.size + 1.5);
  }
  const items: Item[] = [];
  let run: { item: TextItem; end: number } | undefined;
  let link: { to: LinkTarget; x: number; end: number } | undefined;
  const flushLink = () => {
    if (link) items.push({ kind: 'link', x: link.x, y: 0, width: link.end - link.x, height: baseline + depth, to: link.to });
    link = undefined;
  };
  for (const { piece, x, space } of placed) {
    if (piece.kind === 'anchor') {
      items.push({ kind: 'anchor', name: piece.name, x, y: 0 });
      continue;
    }
    if (piece.kind === 'math') {
      run = undefined;
      const height = (piece.box.ascent + piece.box.descent) * piece.size;
      items.push({ kind: 'math', x, y: baseline - piece.box.ascent * piece.size, width: piece.width, height, size: piece.size, svg: piece.box.svg, tex: piece.tex, color: piece.color });
    } else {
      const item = run?.item;
      const sameFace = item !== undefined && item.font === piece.font && item.size === piece.size && item.color === piece.color;
      // A run continues across a space only if that space is the run font's own, stretched by `extra`.
      const joinsWord = sameFace && Math.abs(run!.end - x) < 0.01;
      const joinsSpace = sameFace && space > 0 && Math.abs(space - textWidth(piece.font, ' ', piece.size)) < 0.01 && Math.abs(run!.end + space + extra - x) < 0.01;
      if (joinsWord || joinsSpace) {
        item!.text += joinsSpace ? ` ${piece.text}` : piece.text;
        if (joinsSpace && extra) item!.wordSpacing = extra;
        run!.end = x + piece.width;
      } else {
        const created: TextItem = { kind: 'text', x, y: baseline, text: piece.text, font: piece.font, size: piece.size, color: piece.color };
        items.push(created);
        run = { item: created, end: x + piece.width };
      }
    }
    const target = piece.link;
    if (link && (!target || linkKey(target) !== linkKey(link.to))) flushLink();
    if (target) {
      if (link) link.end = x + piece.width;
      else link = { to: target, x, end: x + piece.width };
    }
  }
  flushLink();
  return { kind: 'line', height: baseline + depth, items };
}

/** The widest unbreakable word and the whole width on one line: what a table column needs. */
export function measureInlines(inlines: readonly Inline[]): { min: number; max: number } {
  const tokens = tokenize(inlines, false);
  let min = 0;
  let max = 0;
  let line = 0;
  for (const token of tokens) {
    if (token.t === 'box') {
      min = Math.max(min, token.width);
      line += token.width;
    } else if (token.t === 'space') line += token.width;
    else if (token.t === 'newline') {
      max = Math.max(max, line);
      line = 0;
    }
  }
  return { min, max: Math.max(max, line) };
}

/** Ascent of a font at 1 pt, for headings placed by hand. */
export const ascentOf = (id: FontId) => metrics(id).ascent;
