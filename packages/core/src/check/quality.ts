import type { Book } from '../model/book.js';
import { PART_NAMES, type PartName } from '../model/register.js';
import type { QuestionStats } from '../resolve/build.js';
import type { LinkStats } from '../resolve/links.js';
import { diagnostic, joinPath, type Diagnostic } from './diagnostics.js';

/** The bar every written question must meet (the plan's §11 checklist, as numbers). */
export const QUALITY = {
  minWords: 2000,
  maxWords: 3500,
  minExamples: 2,
  minPapers: 3,
  minFollowUps: 3,
  minTakeaways: 4,
  maxTakeaways: 7,
  minCrossRefs: 2,
} as const;

/** One row of `octavo check --json`. */
export interface QuestionReport {
  id: string;
  number: number;
  title: string;
  status: 'complete' | 'draft';
  words: number;
  parts: Record<PartName, boolean>;
  papers: number;
  examples: number;
  followUps: number;
  takeaways: number;
  crossRefs: number;
  runnableCode: number;
}

const noParts = () => Object.fromEntries(PART_NAMES.map((name) => [name, false])) as Record<PartName, boolean>;

/** Applies the quality rules to every written question; drafts get a report row only. */
export function checkQuality(book: Book, questionStats: Map<string, QuestionStats>, linkStats: LinkStats) {
  const diagnostics: Diagnostic[] = [];
  const reports: QuestionReport[] = [];
  const warn = (ruleId: Parameters<typeof diagnostic>[0], path: string, message: string) => diagnostics.push(diagnostic(ruleId, path, message));

  for (const question of book.chapters.flatMap((chapter) => chapter.questions)) {
    const stats = questionStats.get(question.id);
    if (question.status === 'draft' || !stats) {
      reports.push({ id: question.id, number: question.number, title: question.title, status: 'draft', words: 0, parts: noParts(), papers: 0, examples: 0, followUps: 0, takeaways: 0, crossRefs: 0, runnableCode: 0 });
      continue;
    }
    const id = question.id;
    const partWords = (name: PartName) => linkStats.words.get(joinPath(id, name)) ?? 0;
    const words = [...linkStats.words.entries()].filter(([key]) => key.split(' › ')[0] === id).reduce((sum, [, n]) => sum + n, 0);
    const parts = Object.fromEntries(PART_NAMES.map((name) => [name, partWords(name) > 0])) as Record<PartName, boolean>;
    const crossRefs = linkStats.crossRefs.get(id)?.size ?? 0;

    for (const name of PART_NAMES) if (!parts[name]) warn('part-empty', joinPath(id, name), 'this part has no prose');
    if (words < QUALITY.minWords) warn('question-too-short', id, `${words} prose words; a question needs ${QUALITY.minWords}–${QUALITY.maxWords}`);
    if (words > QUALITY.maxWords) warn('question-too-long', id, `${words} prose words; a question needs ${QUALITY.minWords}–${QUALITY.maxWords}`);
    if (stats.examples < QUALITY.minExamples) warn('too-few-examples', id, `${stats.examples} worked example(s) (ex boxes); at least ${QUALITY.minExamples}`);
    if (stats.papers < QUALITY.minPapers) warn('too-few-papers', joinPath(id, 'papers'), `${stats.papers} related paper(s); at least ${QUALITY.minPapers}`);
    if (stats.papersWithoutNotes > 0) warn('paper-without-relevance', joinPath(id, 'papers'), `${stats.papersWithoutNotes} related paper(s) lack a contribution or relevance note`);
    if (stats.followUps < QUALITY.minFollowUps) warn('too-few-follow-ups', joinPath(id, 'interview', 'followUps'), `${stats.followUps} follow-up question(s); at least ${QUALITY.minFollowUps}`);
    if (stats.takeaways < QUALITY.minTakeaways || stats.takeaways > QUALITY.maxTakeaways) {
      warn('takeaway-count', joinPath(id, 'takeaways'), `${stats.takeaways} takeaway(s); a question has ${QUALITY.minTakeaways}–${QUALITY.maxTakeaways}`);
    }
    if (crossRefs < QUALITY.minCrossRefs) warn('too-few-cross-references', id, `references ${crossRefs} other question(s); at least ${QUALITY.minCrossRefs}`);
    for (const path of stats.runnableWithoutOutput) warn('runnable-code-without-output', path, 'a runnable code block needs its expected output');

    reports.push({
      id,
      number: question.number,
      title: question.title,
      status: 'complete',
      words,
      parts,
      papers: stats.papers,
      examples: stats.examples,
      followUps: stats.followUps,
      takeaways: stats.takeaways,
      crossRefs,
      runnableCode: stats.runnableCode,
    });
  }
  reports.sort((a, b) => a.number - b.number);
  return { diagnostics, reports };
}
