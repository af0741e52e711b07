import { z } from 'zod';
import { ProseInput } from './prose.js';
import { Slug } from './paper.js';

/** Languages a code block may use; `text` is for output-like listings. */
export const CODE_LANGUAGES = ['python', 'typescript', 'javascript', 'bash', 'sql', 'json', 'yaml', 'text'] as const;
export type CodeLanguage = (typeof CODE_LANGUAGES)[number];

/** Source code, optionally run by the book's tests (which compare stdout with `output`). */
export const Code = z.object({
  kind: z.literal('code'),
  /** Checked against {@link CODE_LANGUAGES} by validation (so the message can list them). */
  language: z.string(),
  source: z.string(),
  /** Exact expected standard output of a runnable block. */
  output: z.string().optional(),
  /** Runnable blocks are executed by `octavo check --run-code` and the book's tests. */
  runnable: z.boolean().default(false),
  caption: z.string().optional(),
});
export type Code = z.infer<typeof Code>;

/** Display math (TeX, as KaTeX/MathJax accept it). Labelled equations are numbered. */
export const DisplayMath = z.object({
  kind: z.literal('math'),
  tex: z.string().min(1),
  label: Slug.optional(),
});
export type DisplayMath = z.infer<typeof DisplayMath>;

/** A table whose cells are inline prose. */
export const Table = z.object({
  kind: z.literal('table'),
  caption: z.string().optional(),
  align: z.array(z.enum(['left', 'right', 'center'])).optional(),
  header: z.array(ProseInput).min(1),
  rows: z.array(z.array(ProseInput)).min(1),
});
export type Table = z.infer<typeof Table>;

/** A text diagram drawn in monospace (box-drawing characters welcome). */
export const Diagram = z.object({
  kind: z.literal('diagram'),
  text: z.string().min(1),
  caption: z.string().optional(),
});
export type Diagram = z.infer<typeof Diagram>;

/** The box kinds: the plan's seven plus its four new ones. */
export const BOX_KINDS = ['dfn', 'ex', 'tec', 'thm', 'code', 'gen', 'note', 'trap', 'paper', 'interview', 'takeaway'] as const;
export type BoxKind = (typeof BOX_KINDS)[number];

/** A block that may sit inside a box (everything but another box). */
export const InnerBlock = z.union([
  ProseInput,
  z.discriminatedUnion('kind', [Code, DisplayMath, Table, Diagram]),
]);
export type InnerBlock = z.infer<typeof InnerBlock>;
export type InnerBlockInput = z.input<typeof InnerBlock>;

/** A titled, numbered callout: a definition, an example, a theorem, the trap itself… */
export const Box = z.object({
  kind: z.literal('box'),
  box: z.enum(BOX_KINDS),
  title: z.string().min(1),
  /** A label makes the box referable: `ref('q22#ex-overflow')`. */
  label: Slug.optional(),
  body: z.array(InnerBlock).min(1),
});
export type Box = z.infer<typeof Box>;
export type BoxInput = z.input<typeof Box>;

/** Any block a section holds. */
export const Block = z.union([ProseInput, z.discriminatedUnion('kind', [Box, Code, DisplayMath, Table, Diagram])]);
export type Block = z.infer<typeof Block>;
export type BlockInput = z.input<typeof Block>;

/** A run of blocks; a single prose value is accepted as a one-block section. */
export const Blocks = z.union([ProseInput.transform((prose) => [prose]), z.array(Block).min(1)]);
export type BlocksInput = z.input<typeof Blocks>;

type BoxOptions = Omit<BoxInput, 'kind' | 'box' | 'body'> & { body: InnerBlockInput[] | InnerBlockInput };
const boxOf =
  (box: BoxKind) =>
  (options: BoxOptions): BoxInput => ({
    ...options,
    kind: 'box',
    box,
    body: Array.isArray(options.body) ? options.body : [options.body],
  });

/** Box constructors, one per kind: `box.ex({ title, label, body })`. */
export const box = Object.fromEntries(BOX_KINDS.map((kind) => [kind, boxOf(kind)])) as Record<
  BoxKind,
  (options: BoxOptions) => BoxInput
>;

/** A code block. */
export const code = (options: Omit<z.input<typeof Code>, 'kind'>): z.input<typeof Code> => ({ ...options, kind: 'code' });
/** A display equation. */
export const math = (tex: string, label?: string): z.input<typeof DisplayMath> =>
  label === undefined ? { kind: 'math', tex } : { kind: 'math', tex, label };
/** A table. */
export const table = (options: Omit<z.input<typeof Table>, 'kind'>): z.input<typeof Table> => ({ ...options, kind: 'table' });
/** A monospace text diagram. */
export const diagram = (text: string, caption?: string): z.input<typeof Diagram> =>
  caption === undefined ? { kind: 'diagram', text } : { kind: 'diagram', text, caption };

/** `tex` is `String.raw`: write TeX with single backslashes, e.g. math(tex`\frac{a}{b}`). */
export const tex = String.raw;
