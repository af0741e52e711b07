import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Typeset math: SVG paths and its box in em (multiply by the font size for points). */
export interface MathBox {
  svg: string;
  /** Width in em. */
  width: number;
  /** Height above the baseline in em. */
  ascent: number;
  /** Depth below the baseline in em (positive). */
  descent: number;
}

interface MathJaxDocument {
  convert(tex: string, options: { display: boolean; em: number; ex: number; containerWidth: number }): unknown;
}
interface LiteAdaptor {
  outerHTML(node: unknown): string;
}

let engine: { document: MathJaxDocument; adaptor: LiteAdaptor } | undefined;

/**
 * MathJax 3 (CommonJS, hence the require and the `.js` suffixes), TeX in, SVG out with every glyph
 * as an inline path (`fontCache: 'none'`) so svg-to-pdfkit can draw it without `<use>` lookups.
 */
function mathjax() {
  if (engine) return engine;
  const { mathjax: core } = require('mathjax-full/js/mathjax.js');
  const { TeX } = require('mathjax-full/js/input/tex.js');
  const { SVG } = require('mathjax-full/js/output/svg.js');
  const { liteAdaptor } = require('mathjax-full/js/adaptors/liteAdaptor.js');
  const { RegisterHTMLHandler } = require('mathjax-full/js/handlers/html.js');
  const { AllPackages } = require('mathjax-full/js/input/tex/AllPackages.js');
  const adaptor = liteAdaptor();
  RegisterHTMLHandler(adaptor);
  const document = core.document('', {
    InputJax: new TeX({ packages: (AllPackages as string[]).filter((name) => name !== 'bussproofs') }),
    OutputJax: new SVG({ fontCache: 'none' }),
  });
  engine = { document, adaptor };
  return engine;
}

const cache = new Map<string, MathBox>();

/**
 * TeX → SVG. The box comes from the SVG's viewBox, which MathJax writes in thousandths of an em
 * with the baseline at y = 0: exact, unlike the `ex` sizes on the element.
 */
export function typesetMath(tex: string, display: boolean): MathBox {
  const key = `${display ? 'D' : 'I'}${tex}`;
  let box = cache.get(key);
  if (box) return box;
  const { document, adaptor } = mathjax();
  const container = document.convert(tex, { display, em: 10, ex: 5, containerWidth: 10_000 });
  const markup = adaptor.outerHTML(container);
  const svg = /<svg[\s\S]*<\/svg>/.exec(markup)?.[0];
  const viewBox = svg && /viewBox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)"/.exec(svg);
  if (!svg || !viewBox) throw new Error(`MathJax gave no SVG for ${JSON.stringify(tex)}`);
  if (/data-mjx-error|merror/.test(svg)) throw new Error(`MathJax could not typeset ${JSON.stringify(tex)}`);
  const [, , y, width, height] = viewBox.map(Number) as [number, number, number, number, number];
  box = { svg, width: width / 1000, ascent: -y / 1000, descent: (height + y) / 1000 };
  cache.set(key, box);
  return box;
}

const RELATIONS = new Set(['=', '<', '>', '\\le', '\\leq', '\\ge', '\\geq', '\\approx', '\\ne', '\\neq', '\\to', '\\rightarrow', '\\Rightarrow', '\\implies', '\\sim', '\\equiv', '\\propto', '\\in', '\\gets', '\\leftarrow', '\\mapsto', '\\ll', '\\gg']);
const BINARY = new Set(['+', '-', '\\pm', '\\mp', '\\times', '\\cdot']);
const OPEN = new Set(['{', '(', '[', '\\{', '\\lbrace', '\\langle']);
const CLOSE = new Set(['}', ')', ']', '\\}', '\\rbrace', '\\rangle']);

/** A piece of inline math and what it costs to break the line after it (TeX: relations < binaries). */
export interface MathPiece {
  tex: string;
  breakCost: number;
}

/**
 * Where inline math may break across lines, as TeX allows: after a relation (=, ≤, ≈, →), a binary
 * operator (+, −) or a comma at the top level, never inside braces, brackets or environments.
 * A piece that ends in an operator gets an empty group after it (`={}`) so the operator keeps its
 * spacing when typeset alone.
 */
export function splitInlineMath(tex: string): MathPiece[] {
  if (/\\(begin|left|right|over|atop|choose)\b|&|\\\\/.test(tex)) return [{ tex, breakCost: 0 }];
  const tokens = tex.match(/\\[a-zA-Z]+|\\.|\s+|[^\\]/g) ?? [];
  const pieces: MathPiece[] = [];
  let depth = 0;
  let current = '';
  let previous = '';
  tokens.forEach((token, i) => {
    current += token;
    const trimmed = token.trim();
    if (OPEN.has(token)) depth++;
    else if (CLOSE.has(token)) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const relation = RELATIONS.has(token) || token === ',';
      // A binary operator has an operand before it (not `-x`, `(-1`, `= -2`, `^-`).
      const binary = BINARY.has(token) && /[\w)\]}.]$|^\\[a-zA-Z]+$/.test(previous) && !RELATIONS.has(previous) && !BINARY.has(previous);
      const rest = tokens.slice(i + 1).join('').trim();
      if ((relation || binary) && rest.length > 0 && !'_^=<>,'.includes(rest.charAt(0)) && current.trim().length > 1) {
        pieces.push({ tex: current.trim(), breakCost: binary ? 40 : 10 });
        current = '';
      }
    }
    if (trimmed) previous = trimmed;
  });
  if (current.trim()) pieces.push({ tex: current.trim(), breakCost: 0 });
  return pieces.length ? pieces : [{ tex, breakCost: 0 }];
}
