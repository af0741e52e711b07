// Synthetic books for the benchmark: N realistic questions made from the book's exemplar (Q22,
// every component), renamed, spread over chapters of five.
import { defineBook, type BookInput, type CompleteQuestionInput } from '@octavo/core';
import book from '../content/index.js';

const exemplar = book.chapters.flatMap((chapter) => (chapter as { questions: CompleteQuestionInput[] }).questions).find((q) => q.id === 'q22')!;

export function syntheticBook(size: number): BookInput {
  const width = Math.max(2, String(size).length);
  const id = (n: number) => `q${String(n).padStart(width, '0')}`;
  const questions = Array.from({ length: size }, (_, i) => {
    const n = i + 1;
    // Rename the exemplar and point its references at its synthetic neighbours.
    const json = JSON.stringify(exemplar)
      .replace(/"q22(#[^"]*)?"/g, (_, part: string | undefined) => `"${id(n)}${part ?? ''}"`)
      .replace(/"q(\d\d)(#[^"]*)?"/g, (_, other: string, part: string | undefined) => `"${id(((n + Number(other)) % size) + 1)}${part ?? ''}"`);
    return { ...(JSON.parse(json) as CompleteQuestionInput), id: id(n), number: n, slug: `synthetic-${n}`, title: `Synthetic Question ${n}` };
  });
  const chapters = Array.from({ length: Math.ceil(size / 5) }, (_, c) => ({
    kind: 'chapter' as const,
    id: `ch${c + 1}`,
    number: c + 1,
    slug: `chapter-${c + 1}`,
    title: `Chapter ${c + 1}`,
    focus: 'Synthetic questions for the benchmark',
    questions: questions.slice(c * 5, c * 5 + 5),
  }));
  return defineBook({ ...book, slug: `synthetic-${size}`, title: `Synthetic book of ${size} questions`, front: [], back: [], chapters });
}
