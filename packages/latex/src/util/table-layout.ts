/**
 * How a table is laid out in print, decided from the length of its text before any TeX runs, so
 * the decision is plain data a test can check.
 *
 * A table whose columns fit the line at their natural width keeps them (`l`, `r`, `c`). Otherwise
 * it spans the line with `tabularx`: short columns (numbers, labels) keep their natural width and
 * the long ones wrap, each given a share of the remaining width that grows with its text.
 */

export type Align = 'left' | 'right' | 'center';

export interface ColumnLayout {
  align: Align;
  /** `natural`, or the column's share of the wrapping width (tabularx `\hsize` factor). */
  width: 'natural' | number;
}

export interface TableLayout {
  /** Whether the table wraps text (spans the line with tabularx). */
  wrap: boolean;
  columns: ColumnLayout[];
  /** The column specification for the tabular environment. */
  spec: string;
}

/** Characters of body text that fit a line of the class's text block, with room for padding. */
export const LINE_CAPACITY = 66;
/** A column this narrow (in characters) never wraps. */
export const NARROW_COLUMN = 14;

const NATURAL: Record<Align, string> = { left: 'l', right: 'r', center: 'c' };
const WRAPPED: Record<Align, string> = { left: 'L', right: 'R', center: 'C' };

/** Lays out a table from the plain text of its cells (header row first). */
export function tableLayout(cells: readonly (readonly string[])[], align: readonly (Align | null)[]): TableLayout {
  const count = Math.max(align.length, ...cells.map((row) => row.length));
  const widths = Array.from({ length: count }, (_, i) => Math.max(1, ...cells.map((row) => [...(row[i] ?? '')].length)));
  const aligns = Array.from({ length: count }, (_, i) => align[i] ?? 'left');
  const natural = widths.reduce((sum, width) => sum + width, 0) + 2 * count;

  if (natural <= LINE_CAPACITY) {
    const columns = aligns.map((a): ColumnLayout => ({ align: a, width: 'natural' }));
    return { wrap: false, columns, spec: `@{}${aligns.map((a) => NATURAL[a]).join('')}@{}` };
  }

  let wrapping = widths.map((width) => width > NARROW_COLUMN);
  if (!wrapping.some(Boolean)) wrapping = widths.map(() => true);
  const weights = widths.map((width, i) => (wrapping[i] ? Math.sqrt(width) : 0));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const wrapped = wrapping.filter(Boolean).length;
  const columns = aligns.map((a, i): ColumnLayout => ({
    align: a,
    // \hsize factors of the X columns must add up to their number.
    width: wrapping[i] ? Math.round((weights[i]! / total) * wrapped * 100) / 100 : 'natural',
  }));
  // Rounding must not change the sum: the last wrapping column takes the remainder.
  const last = wrapping.lastIndexOf(true);
  const others = columns.reduce((sum, c, i) => (i !== last && c.width !== 'natural' ? sum + c.width : sum), 0);
  columns[last] = { ...columns[last]!, width: Math.round((wrapped - others) * 100) / 100 };
  const spec = columns
    .map((c) => (c.width === 'natural' ? NATURAL[c.align] : c.width === 1 ? WRAPPED[c.align] : `>{\\hsize=${c.width.toFixed(2)}\\hsize}${WRAPPED[c.align]}`))
    .join('');
  return { wrap: true, columns, spec: `@{}${spec}@{}` };
}
