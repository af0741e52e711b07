import { z } from 'zod';
import { Blocks } from './block.js';
import { ProseInput } from './prose.js';
import { Slug } from './paper.js';
import { Takeaway } from './takeaway.js';
import type { QuestionId } from './register.js';

export const QuestionIdPattern = z.string().regex(/^q\d{2,}$/, 'a question id is "q" and two or more digits, e.g. "q07"');

/** A reference to a paper by its object (or anything with its id). */
export const PaperRef = z.looseObject({ id: z.string().min(1) }).transform((paper) => paper.id);

/** Part 1: the setting, and the answer most candidates give. */
export const Scenario = z.object({ setup: Blocks, wrongAnswer: Blocks });
/** One step of the solution's implementation strategy. */
export const SolutionStep = z.object({ title: z.string().min(1), body: Blocks });
/** Part 5: the correct approach, step by step, with its trade-offs. */
export const Solution = z.object({ approach: Blocks, steps: z.array(SolutionStep).min(1), tradeoffs: Blocks });
/** Part 7 entries: a paper, what it contributes, and why it matters for this question. */
export const RelatedPaper = z.object({ paper: PaperRef, contribution: ProseInput, relevance: ProseInput });
/** A follow-up question an interviewer may ask, with a short answer. */
export const FollowUp = z.object({ question: ProseInput, answer: ProseInput });
/** Part 8: the answer that gets you hired, the points to hit, the follow-ups. */
export const InterviewTemplate = z.object({
  answer: Blocks,
  keyPoints: z.array(ProseInput).min(1),
  followUps: z.array(FollowUp).min(1),
});

const questionHead = {
  kind: z.literal('question'),
  id: QuestionIdPattern,
  number: z.number().int().min(1),
  slug: Slug,
  title: z.string().min(1),
  /** The trap and its fix in one line: used in indexes, flashcards and embeds. */
  tagline: z.string().min(1).optional(),
  /** Other questions a reader should look at next. */
  related: z.array(QuestionIdPattern).default([]),
};

/** A fully written question: the nine parts of the plan, each a typed field. */
export const CompleteQuestion = z.object({
  ...questionHead,
  status: z.literal('complete'),
  tagline: z.string().min(1),
  scenario: Scenario,
  trap: Blocks,
  deepDive: Blocks,
  whyItFails: Blocks,
  solution: Solution,
  whyItWorks: Blocks,
  papers: z.array(RelatedPaper).min(1),
  interview: InterviewTemplate,
  takeaways: z.array(Takeaway).min(1),
  /** Related concepts to explore, after the takeaways. */
  explore: ProseInput.optional(),
});

/** A registered question not yet written: reported by `check`, left out of builds. */
export const DraftQuestion = z.object({ ...questionHead, status: z.literal('draft') });

export const Question = z.discriminatedUnion('status', [CompleteQuestion, DraftQuestion]);
export type Question = z.infer<typeof Question>;
export type CompleteQuestion = z.infer<typeof CompleteQuestion>;
export type DraftQuestion = z.infer<typeof DraftQuestion>;
export type CompleteQuestionInput = z.input<typeof CompleteQuestion>;
export type DraftQuestionInput = z.input<typeof DraftQuestion>;

type WithId<T> = Omit<T, 'kind' | 'status' | 'id' | 'related'> & { id: QuestionId; related?: QuestionId[] };

/** Declares a written question. */
export function defineQuestion(question: WithId<CompleteQuestionInput>): CompleteQuestionInput {
  return { ...question, kind: 'question', status: 'complete' };
}

/** Registers a question that is not written yet. */
export function draftQuestion(question: WithId<DraftQuestionInput>): DraftQuestionInput {
  return { ...question, kind: 'question', status: 'draft' };
}
