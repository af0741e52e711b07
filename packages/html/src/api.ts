import { z } from 'zod';

/**
 * The per-question JSON (`api/questions/qNN.json`) that embeds and other tools load. Its JSON
 * Schema (`api/schema.json`) is generated from this zod schema, so the two never disagree.
 */
export const QuestionJson = z
  .object({
    id: z.string().describe('Question id, e.g. "q22"'),
    number: z.number().int(),
    label: z.string().describe('e.g. "Q22"'),
    slug: z.string(),
    title: z.string(),
    tagline: z.string().describe('The trap and its fix in one line'),
    url: z.string().describe('The question page, relative to the site root'),
    chapter: z.object({ id: z.string(), number: z.number().int(), title: z.string() }),
    related: z.array(z.object({ label: z.string(), title: z.string(), url: z.string().optional() })),
    parts: z
      .array(z.object({ name: z.string(), title: z.string(), anchor: z.string(), text: z.string().describe('Plain text of the part') }))
      .describe('The nine parts, in order'),
    fragment: z
      .object({
        html: z.string().describe('Self-contained HTML; ids are prefixed, links are relative to the site root'),
        css: z.string().describe('Styles, every selector under .octavo-fragment'),
      })
      .describe('What <octavo-question> shows'),
  })
  .meta({ title: 'Octavo question', description: 'One question of an Octavo book, for embedding and import' });
export type QuestionJson = z.infer<typeof QuestionJson>;

/** The JSON Schema of {@link QuestionJson}. */
export const questionJsonSchema = () => z.toJSONSchema(QuestionJson, { target: 'draft-2020-12' });
