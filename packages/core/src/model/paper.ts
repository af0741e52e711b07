import { z } from 'zod';

/** An id for papers, boxes, terms: lower-case letters, digits and dashes. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes');

/** A published work the book cites. Every field is checked against the paper's own page. */
export const Paper = z.object({
  kind: z.literal('paper').default('paper'),
  /** Citation key, e.g. `blanchard2021`. */
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'a citation key: a letter, then letters, digits, _ or -'),
  title: z.string().min(1),
  /** Authors as printed, family name last: `['Pierre Blanchard', 'Desmond J. Higham']`. */
  authors: z.array(z.string().min(1)).min(1),
  year: z.number().int().min(1600).max(2100),
  /** Journal, proceedings or publisher, e.g. `IMA Journal of Numerical Analysis 41(4)`. */
  venue: z.string().min(1),
  /** bibtex entry type for the LaTeX bibliography. */
  type: z.enum(['article', 'inproceedings', 'book', 'misc', 'techreport', 'online']).default('article'),
  pages: z.string().optional(),
  doi: z.string().optional(),
  arxiv: z.string().optional(),
  url: z.url().optional(),
});
export type Paper = z.infer<typeof Paper>;
export type PaperInput = z.input<typeof Paper>;

/** Declares a paper. Identity function that fixes the type, so `cite(papers.x)` is checked. */
export function definePaper<const P extends PaperInput>(paper: P): P & { kind: 'paper' } {
  return { ...paper, kind: 'paper' };
}
