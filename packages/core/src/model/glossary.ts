import { z } from 'zod';
import { ProseInput } from './prose.js';
import { Slug } from './paper.js';

/** A glossary entry: a term a reader may not know and its short definition. */
export const GlossaryTerm = z.object({
  kind: z.literal('glossaryTerm').default('glossaryTerm'),
  id: Slug,
  term: z.string().min(1),
  definition: ProseInput,
});
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;
export type GlossaryTermInput = z.input<typeof GlossaryTerm>;

export function defineTerm<const T extends Omit<GlossaryTermInput, 'kind'>>(entry: T): T & { kind: 'glossaryTerm' } {
  return { ...entry, kind: 'glossaryTerm' };
}
