import type { z } from 'zod';
import { Book } from '../model/book.js';
import { PART_NAMES } from '../model/register.js';
import { diagnostic, joinPath, type Diagnostic } from './diagnostics.js';

type PathKey = PropertyKey;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/**
 * Turns a zod path into one a human can follow: array items with an id are named by it
 * (`chapters[0].questions[2].solution.steps[2]` → `q22 › solution › steps[2]`).
 */
export function humanPath(input: unknown, path: readonly PathKey[]): string {
  const segments: string[] = [];
  let node: unknown = input;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const child: unknown = isRecord(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (typeof key === 'number') {
      const id = isRecord(child) && typeof child.id === 'string' ? child.id : undefined;
      if (id) {
        // Named items restart the path: a question is known by its id alone.
        if (['chapters', 'questions', 'front', 'back'].includes(String(path[i - 1]))) segments.length = 0;
        else segments.pop();
        segments.push(id);
      } else {
        segments[segments.length - 1] = `${segments.at(-1) ?? ''}[${key}]`;
      }
    } else {
      segments.push(String(key));
    }
    node = child;
  }
  return joinPath(...segments) || 'book';
}

/** The value at a zod path, or undefined when the path leads nowhere. */
function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let node: unknown = input;
  for (const key of path) node = isRecord(node) ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  return node;
}

function translateIssue(input: unknown, issue: z.core.$ZodIssue): Diagnostic {
  const path = humanPath(input, issue.path);
  const last = issue.path.at(-1);
  const missing = valueAt(input, issue.path) === undefined && issue.code !== 'custom';
  if (missing && typeof last === 'string' && (PART_NAMES as readonly string[]).includes(last)) {
    return diagnostic('missing-part', path, `the question has no "${last}" part; every written question has all nine parts (or mark it a draft)`);
  }
  if (missing) return diagnostic('missing-field', path, `"${String(last)}" is required`);
  return diagnostic('invalid-field', path, issue.message);
}

/** The index of the question an issue is inside, if any: `[chapterIndex, questionIndex]`. */
function questionOf(path: readonly PathKey[]): [number, number] | undefined {
  if (path[0] === 'chapters' && typeof path[1] === 'number' && path[2] === 'questions' && typeof path[3] === 'number') {
    return [path[1], path[3]];
  }
  return undefined;
}

/**
 * Parses the book with zod and collects every problem. A written question that fails its schema
 * is reported, then kept as a draft (its id, number, slug and title) so that one broken question
 * does not hide the rest of the book or cascade into unknown-reference errors.
 */
export function parseBookSchema(input: unknown): { book?: Book; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  let candidate: unknown = input;
  let demoted = new Set<string>();
  for (;;) {
    const result = Book.safeParse(candidate);
    if (result.success) return { book: result.data, diagnostics };
    const issues = result.error.issues;
    const outside = issues.filter((issue) => !questionOf(issue.path));
    if (outside.length > 0) {
      diagnostics.push(...issues.map((issue) => translateIssue(candidate, issue)));
      return { diagnostics };
    }
    const broken = new Map<string, [number, number]>();
    for (const issue of issues) {
      const where = questionOf(issue.path)!;
      const key = where.join('/');
      // A demoted question whose head is still invalid was already reported: drop it.
      if (!demoted.has(key)) diagnostics.push(translateIssue(candidate, issue));
      broken.set(key, where);
    }
    const again = [...broken.keys()].filter((key) => demoted.has(key));
    if (again.length > 0) {
      candidate = dropQuestions(candidate, again.map((key) => broken.get(key)!));
      demoted = new Set();
    } else {
      candidate = demoteQuestions(candidate, [...broken.values()]);
      for (const key of broken.keys()) demoted.add(key);
    }
  }
}

type ChaptersInput = { chapters: { questions: (Record<string, unknown> | undefined)[] }[] };

function demoteQuestions(input: unknown, where: [number, number][]): unknown {
  const book = structuredClone(input) as ChaptersInput;
  for (const [c, q] of where) {
    const { id, number, slug, title } = book.chapters[c]!.questions[q] ?? {};
    book.chapters[c]!.questions[q] = { kind: 'question', status: 'draft', id, number, slug, title, related: [] };
  }
  return book;
}

function dropQuestions(input: unknown, where: [number, number][]): unknown {
  const book = structuredClone(input) as ChaptersInput;
  for (const [c, q] of where) book.chapters[c]!.questions[q] = undefined;
  for (const chapter of book.chapters) chapter.questions = chapter.questions.filter(Boolean);
  return book;
}
