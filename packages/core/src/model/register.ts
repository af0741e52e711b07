/**
 * A book registers its own ids here (by module augmentation) so that a reference to a question,
 * chapter or section that does not exist fails at type-check time:
 *
 * ```ts
 * declare module '@octavo/core' {
 *   interface Register { questionId: 'q01' | 'q02'; chapterId: 'ch1'; sectionId: 'introduction' }
 * }
 * ```
 *
 * Without registration every id is a plain `string`, and validation still catches unknown ids.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface Register {}

type Registered<K extends string> = Register extends Record<K, infer T extends string> ? T : string;

/** A question id, e.g. `q22` (narrowed to the book's own ids once registered). */
export type QuestionId = Registered<'questionId'>;
/** A chapter id, e.g. `ch1`. */
export type ChapterId = Registered<'chapterId'>;
/** The id of a front- or back-matter section, e.g. `introduction`. */
export type SectionId = Registered<'sectionId'>;

/** The nine parts every question has, in reading order (the book plan's §2.1). */
export const PART_NAMES = [
  'scenario',
  'trap',
  'deepDive',
  'whyItFails',
  'solution',
  'whyItWorks',
  'papers',
  'interview',
  'takeaways',
] as const;
export type PartName = (typeof PART_NAMES)[number];

/**
 * What a cross-reference can point at: a question, a part or a labelled box/equation inside a
 * question (`q22#solution`, `q22#ex-overflow`), a chapter, or a front/back-matter section.
 */
export type RefTarget = QuestionId | `${QuestionId}#${PartName}` | `${QuestionId}#${string}` | ChapterId | SectionId;
