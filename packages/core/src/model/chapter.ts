import { z } from 'zod';
import { Blocks } from './block.js';
import { Slug } from './paper.js';
import { Question } from './question.js';
import type { ChapterId } from './register.js';

/** A thematic chapter: an opening that ties its traps together, then its questions. */
export const Chapter = z.object({
  kind: z.literal('chapter'),
  id: z.string().regex(/^ch\d+$/, 'a chapter id is "ch" and a number, e.g. "ch1"'),
  number: z.number().int().min(1),
  slug: Slug,
  title: z.string().min(1),
  /** One line: what the chapter is about. */
  focus: z.string().min(1),
  intro: Blocks.optional(),
  questions: z.array(Question).min(1),
});
export type Chapter = z.infer<typeof Chapter>;
export type ChapterInput = z.input<typeof Chapter>;

export function defineChapter(chapter: Omit<ChapterInput, 'kind' | 'id'> & { id: ChapterId }): ChapterInput {
  return { ...chapter, kind: 'chapter' };
}
