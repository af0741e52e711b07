import { z } from 'zod';
import { Blocks } from './block.js';
import { Chapter } from './chapter.js';
import { GlossaryTerm } from './glossary.js';
import { Paper, Slug } from './paper.js';
import type { SectionId } from './register.js';

/** A front- or back-matter section (introduction, appendix…). */
export const Section = z.object({
  kind: z.literal('section'),
  id: Slug,
  title: z.string().min(1),
  body: Blocks,
});
export type Section = z.infer<typeof Section>;
export type SectionInput = z.input<typeof Section>;

export function defineSection(section: Omit<SectionInput, 'kind' | 'id'> & { id: SectionId }): SectionInput {
  return { ...section, kind: 'section' };
}

/** The whole book. */
export const Book = z.object({
  kind: z.literal('book'),
  /** Used for output file names, e.g. `ml-interview-traps.epub`. */
  slug: Slug,
  title: z.string().min(1),
  subtitle: z.string().optional(),
  author: z.string().min(1),
  /** Publication date as printed, e.g. `2025` or `2025-12`. */
  date: z.string().min(1),
  /** BCP 47 language tag. */
  language: z.string().default('en'),
  /** A stable identifier (`urn:uuid:…` or an ISBN) so e-readers keep their place across editions. */
  identifier: z.string().min(1),
  description: z.string().optional(),
  /** Front matter sections in order (the question index is generated after them). */
  front: z.array(Section).default([]),
  chapters: z.array(Chapter).min(1),
  /** Appendices; bibliography, glossary and index are generated. */
  back: z.array(Section).default([]),
  papers: z.array(Paper).default([]),
  glossary: z.array(GlossaryTerm).default([]),
});
export type Book = z.infer<typeof Book>;
export type BookInput = z.input<typeof Book>;

export function defineBook(book: Omit<BookInput, 'kind'>): BookInput {
  return { ...book, kind: 'book' };
}
