import { parseBookSchema } from './check/schema.js';
import { checkQuality, type QuestionReport } from './check/quality.js';
import type { Diagnostic } from './check/diagnostics.js';
import { buildTree } from './resolve/build.js';
import { resolveLinks } from './resolve/links.js';
import { GENERATED_PAGES, GENERATED_TITLES } from './resolve/names.js';
import type { ResolvedBook } from './tree/types.js';

export interface CompileResult {
  /** The resolved book; absent when there are errors. */
  book?: ResolvedBook;
  /** Every problem found, errors and warnings, in book order. */
  diagnostics: Diagnostic[];
  /** One row per question (drafts included), for `octavo check --json`. */
  questions: QuestionReport[];
}

/**
 * Validates a book (any value: usually the default export of the book's entry module) and
 * resolves it for the renderers. Never throws on bad content: problems come back as diagnostics.
 */
export function compileBook(input: unknown): CompileResult {
  const { book, diagnostics } = parseBookSchema(input);
  if (!book) return { diagnostics, questions: [] };

  const built = buildTree(book);
  const links = resolveLinks(book, built);
  const quality = checkQuality(book, built.ctx.stats, links.stats);
  const all = [...diagnostics, ...built.ctx.diagnostics, ...quality.diagnostics];

  if (all.some((d) => d.severity === 'error')) return { diagnostics: all, questions: quality.reports };

  const questionIndex = links.questions
    .map((question) => ({
      id: question.id,
      number: question.number,
      label: question.label,
      title: question.title,
      chapter: question.chapter,
      target: { page: question.id, anchor: question.anchor, section: question.anchor, label: question.label },
    }))
    .sort((a, b) => a.number - b.number);

  const resolved: ResolvedBook = {
    type: 'book',
    meta: {
      slug: book.slug,
      title: book.title,
      author: book.author,
      date: book.date,
      language: book.language,
      identifier: book.identifier,
      ...(book.subtitle !== undefined ? { subtitle: book.subtitle } : {}),
      ...(book.description !== undefined ? { description: book.description } : {}),
    },
    front: [
      ...built.front,
      { type: 'questionIndex', title: GENERATED_TITLES.questionIndex, anchor: GENERATED_PAGES.questionIndex, rows: questionIndex },
    ],
    chapters: built.chapters,
    back: [
      { type: 'bibliography', title: GENERATED_TITLES.bibliography, anchor: GENERATED_PAGES.bibliography, entries: links.bibliography },
      { type: 'glossary', title: GENERATED_TITLES.glossary, anchor: GENERATED_PAGES.glossary, entries: links.glossary },
      ...built.back,
      { type: 'conceptIndex', title: GENERATED_TITLES.conceptIndex, anchor: GENERATED_PAGES.conceptIndex, entries: links.conceptIndex },
    ],
  };
  return { book: resolved, diagnostics: all, questions: quality.reports };
}
