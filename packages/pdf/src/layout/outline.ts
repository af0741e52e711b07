import type { ResolvedBook } from '@octavo/core';
import type { OutlineEntry } from './types.js';

const entry = (title: string, anchor: string, children: OutlineEntry[] = []): OutlineEntry => ({ title, anchor, children });

/**
 * The PDF's bookmarks: contents, front matter, each chapter with its questions and each question
 * with its nine parts, then the back matter. They open the same anchors the links do.
 */
export function outline(book: ResolvedBook): OutlineEntry[] {
  return [
    entry('Contents', 'contents'),
    ...book.front.map((node) => entry(node.title, node.anchor)),
    ...book.chapters.map((chapter) =>
      entry(
        `Chapter ${chapter.number}: ${chapter.title}`,
        chapter.anchor,
        chapter.questions.map((question) => entry(`${question.label}. ${question.title}`, question.anchor, question.parts.map((part) => entry(part.title, part.anchor)))),
      ),
    ),
    ...book.back.map((node) => entry(node.title, node.anchor)),
  ];
}
