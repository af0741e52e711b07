import { z } from 'zod';
import type { Paper } from './paper.js';
import type { GlossaryTerm } from './glossary.js';
import type { RefTarget } from './register.js';

/** A typed inline node interpolated into prose. */
export const InlineSlot = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('xref'), target: z.string().min(1), text: z.string().optional() }),
  z.object({ kind: z.literal('cite'), paperId: z.string().min(1) }),
  z.object({
    kind: z.literal('term'),
    text: z.string().min(1),
    /** The index entry the term files under; defaults to `text`. */
    entry: z.string().min(1),
    /** An optional sub-entry, e.g. entry "softmax", sub "numerical stability". */
    sub: z.string().optional(),
  }),
  z.object({ kind: z.literal('gloss'), termId: z.string().min(1), text: z.string().optional() }),
  z.object({ kind: z.literal('text'), value: z.string() }),
]);
export type InlineSlot = z.infer<typeof InlineSlot>;

/**
 * Prose: Markdown source (CommonMark + GFM tables + `$…$`/`$$…$$` math) whose typed inline nodes
 * sit in `slots` and are marked in `source` by placeholders. Made by the {@link md} tag.
 */
export const Prose = z.object({
  kind: z.literal('prose'),
  source: z.string(),
  slots: z.array(InlineSlot),
});
export type Prose = z.infer<typeof Prose>;

/** Anywhere prose is expected, a plain Markdown string works too. */
export const ProseInput = z.union([z.string().transform((source): Prose => ({ kind: 'prose', source, slots: [] })), Prose]);
export type ProseInput = z.input<typeof ProseInput>;

/** Placeholder characters from Unicode's private use area: they never occur in real prose. */
export const SLOT_OPEN = '\uE000';
export const SLOT_CLOSE = '\uE001';
export const SLOT_PATTERN = /\uE000(\d+)\uE001/g;

const placeholder = (index: number) => `${SLOT_OPEN}${index}${SLOT_CLOSE}`;

/** A value that can be interpolated into {@link md}. */
export type Interpolation = InlineSlot | Prose | string | number;

/**
 * Tag for prose, written as raw text: backslashes stay (TeX needs no doubling); write a backtick
 * as \\` and a literal `${` as \\${. Interpolate typed inline nodes; strings and numbers are inserted as literal text
 * (never parsed as Markdown), nested `md` prose is spliced in.
 *
 * ```ts
 * md`Shift by the maximum first (${ref('q13')}); see ${cite(papers.blanchard2021)}.`
 * ```
 */
export function md(strings: TemplateStringsArray, ...values: Interpolation[]): Prose {
  // Raw strings keep TeX's backslashes (`\\frac`) as written; only escaped backticks and `\${` are
  // unescaped, so inline code is written \`like this\`.
  const parts = strings.raw.map((part) => part.replace(/\\(`|\$\{)/g, '$1'));
  let source = parts[0] ?? '';
  const slots: InlineSlot[] = [];
  values.forEach((value, i) => {
    if (typeof value === 'object' && value.kind === 'prose') {
      // Splice nested prose in, renumbering its placeholders after ours.
      const offset = slots.length;
      source += value.source.replace(SLOT_PATTERN, (_, n: string) => placeholder(offset + Number(n)));
      slots.push(...value.slots);
    } else {
      const slot: InlineSlot = typeof value === 'object' ? value : { kind: 'text', value: String(value) };
      source += placeholder(slots.length);
      slots.push(slot);
    }
    source += parts[i + 1] ?? '';
  });
  return { kind: 'prose', source: dedent(source), slots };
}

/** Strips the indentation common to all non-blank lines, so prose can be indented in code. */
export function dedent(text: string): string {
  const startsOnNewLine = text.startsWith('\n');
  const lines = text.replace(/^\n/, '').replace(/\n[ \t]*$/, '').split('\n');
  // A first line written right after the backtick carries no indentation of its own.
  const measured = startsOnNewLine ? lines : lines.slice(1);
  const indents = measured.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length ? Math.min(...indents) : 0;
  return lines.map((line, i) => (i === 0 && !startsOnNewLine ? line : line.slice(common))).join('\n');
}

/** A cross-reference to a question, part, box, chapter or section; `text` overrides the label. */
export function ref(target: RefTarget, text?: string): InlineSlot {
  return text === undefined ? { kind: 'xref', target } : { kind: 'xref', target, text };
}

/** A citation of a paper, by the paper object itself (so a typo is a type error). */
export function cite(paper: Paper | { id: string }): InlineSlot {
  return { kind: 'cite', paperId: paper.id };
}

/**
 * A concept-index term: shows `text` and files it under `entry` (default: `text`), with an optional
 * sub-entry.
 */
export function term(text: string, entry: string = text, sub?: string): InlineSlot {
  return sub === undefined ? { kind: 'term', text, entry } : { kind: 'term', text, entry, sub };
}

/** A use of a glossary term, linked to its definition; shows the term or `text`. */
export function gloss(glossaryTerm: GlossaryTerm | { id: string }, text?: string): InlineSlot {
  return text === undefined ? { kind: 'gloss', termId: glossaryTerm.id } : { kind: 'gloss', termId: glossaryTerm.id, text };
}
