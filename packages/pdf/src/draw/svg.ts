/**
 * MathJax's SVG, compiled once per formula into PDF path operators. MathJax writes a small subset
 * of SVG (groups with transforms, glyph paths, rectangles for rules); drawing that through a
 * general SVG renderer thousands of times dominated the build, so the subset is compiled here and
 * anything outside it (text, nested viewports, strokes) returns null for svg-to-pdfkit to draw.
 */

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

/** Parses `translate(…) scale(…) matrix(…)` into one matrix. */
export function parseTransform(value: string | undefined): Matrix {
  let matrix = IDENTITY;
  for (const [, name, args] of (value ?? '').matchAll(/(\w+)\(([^)]*)\)/g)) {
    const n = args!.split(/[\s,]+/).filter(Boolean).map(Number);
    if (name === 'translate') matrix = multiply(matrix, [1, 0, 0, 1, n[0] ?? 0, n[1] ?? 0]);
    else if (name === 'scale') matrix = multiply(matrix, [n[0] ?? 1, 0, 0, n[1] ?? n[0] ?? 1, 0, 0]);
    else if (name === 'matrix' && n.length === 6) matrix = multiply(matrix, n as Matrix);
    else throw new Unsupported(`transform ${name}`);
  }
  return matrix;
}

class Unsupported extends Error {}

const fmt = (value: number) => {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
};

/** SVG path data → PDF operators, points mapped through `m` (quadratics become cubics). */
export function pathOps(d: string, m: Matrix): string {
  const out: string[] = [];
  const point = (x: number, y: number) => `${fmt(m[0] * x + m[2] * y + m[4])} ${fmt(m[1] * x + m[3] * y + m[5])}`;
  const tokens = d.match(/[MmLlHhVvCcSsQqTtZzAa]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  let i = 0;
  let command = '';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let controlX = 0;
  let controlY = 0;
  let previous = '';
  const num = () => Number(tokens[i++]);
  const cubic = (x1: number, y1: number, x2: number, y2: number, x3: number, y3: number) => out.push(`${point(x1, y1)} ${point(x2, y2)} ${point(x3, y3)} c`);
  const quadratic = (qx: number, qy: number, ex: number, ey: number) => {
    cubic(x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y), ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey), ex, ey);
    controlX = qx;
    controlY = qy;
    x = ex;
    y = ey;
  };
  while (i < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[i]!)) command = tokens[i++]!;
    const relative = command === command.toLowerCase();
    const ox = relative ? x : 0;
    const oy = relative ? y : 0;
    switch (command.toUpperCase()) {
      case 'M':
        x = ox + num();
        y = oy + num();
        startX = x;
        startY = y;
        out.push(`${point(x, y)} m`);
        command = relative ? 'l' : 'L';
        break;
      case 'L':
        x = ox + num();
        y = oy + num();
        out.push(`${point(x, y)} l`);
        break;
      case 'H':
        x = ox + num();
        out.push(`${point(x, y)} l`);
        break;
      case 'V':
        y = oy + num();
        out.push(`${point(x, y)} l`);
        break;
      case 'C': {
        const [x1, y1, x2, y2, x3, y3] = [ox + num(), oy + num(), ox + num(), oy + num(), ox + num(), oy + num()];
        cubic(x1, y1, x2, y2, x3, y3);
        controlX = x2;
        controlY = y2;
        x = x3;
        y = y3;
        break;
      }
      case 'S': {
        const [x1, y1] = /[CS]/i.test(previous) ? [2 * x - controlX, 2 * y - controlY] : [x, y];
        const [x2, y2, x3, y3] = [ox + num(), oy + num(), ox + num(), oy + num()];
        cubic(x1, y1, x2, y2, x3, y3);
        controlX = x2;
        controlY = y2;
        x = x3;
        y = y3;
        break;
      }
      case 'Q': {
        const [qx, qy, ex, ey] = [ox + num(), oy + num(), ox + num(), oy + num()];
        quadratic(qx, qy, ex, ey);
        break;
      }
      case 'T': {
        const [qx, qy] = /[QT]/i.test(previous) ? [2 * x - controlX, 2 * y - controlY] : [x, y];
        quadratic(qx, qy, ox + num(), oy + num());
        break;
      }
      case 'Z':
        out.push('h');
        x = startX;
        y = startY;
        break;
      default:
        throw new Unsupported(`path command ${command}`);
    }
    previous = command;
  }
  return out.join(' ');
}

const attribute = (attributes: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1];

const compiled = new Map<string, string | null>();

/**
 * The operators that fill a MathJax SVG, in a box one unit wide per em with y growing down from
 * the top of the viewBox; null when the SVG needs a general renderer.
 */
export function mathOps(svg: string): string | null {
  let ops = compiled.get(svg);
  if (ops !== undefined) return ops;
  try {
    const viewBox = /viewBox="([-\d.]+) ([-\d.]+) [-\d.]+ [-\d.]+"/.exec(svg);
    if (!viewBox) throw new Unsupported('viewBox');
    // viewBox units are thousandths of an em: map them to ems, origin at the box's top left.
    const stack: Matrix[] = [[0.001, 0, 0, 0.001, -Number(viewBox[1]) * 0.001, -Number(viewBox[2]) * 0.001]];
    const out: string[] = [];
    let root = true;
    for (const [, closing, name, attributes = ''] of svg.matchAll(/<(\/?)([a-zA-Z]+)([^>]*)>/g)) {
      if (name === 'svg') {
        if (!closing && !root) throw new Unsupported('nested svg');
        root = false;
        continue;
      }
      if (closing) {
        if (name === 'g') stack.pop();
        continue;
      }
      const current = stack.at(-1)!;
      if (name === 'g') {
        if (/\s(fill|stroke)="(?!currentColor)/.test(attributes) || /stroke-width="(?!0")/.test(attributes)) throw new Unsupported('styled group');
        stack.push(multiply(current, parseTransform(attribute(attributes, 'transform'))));
      } else if (name === 'path') {
        const d = attribute(attributes, 'd') ?? '';
        if (d) out.push(`${pathOps(d, multiply(current, parseTransform(attribute(attributes, 'transform'))))} f`);
      } else if (name === 'rect') {
        if (/\s(fill|stroke|stroke-width|transform)=/.test(attributes)) throw new Unsupported('styled rect');
        const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((key) => Number(attribute(attributes, key) ?? 0)) as [number, number, number, number];
        out.push(`${pathOps(`M${x} ${y}H${x + w}V${y + h}H${x}Z`, current)} f`);
      } else {
        throw new Unsupported(name!);
      }
    }
    ops = out.join('\n');
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    ops = null;
  }
  compiled.set(svg, ops);
  return ops;
}
