import type { ChapterNode, QuestionNode, SectionNode } from '@octavo/core';

/**
 * The print project's file layout, as the book plan's §9 draws it. Every path is relative to the
 * project folder and ends in `.tex`; `\input` takes it without the extension.
 */
export const FILES = {
  main: 'main.tex',
  documentClass: 'octavo-book.cls',
  bibliography: 'references.bib',
  latexmkrc: 'latexmkrc',
  indexStyle: 'octavo-index.ist',
  titlePage: 'frontmatter/titlepage.tex',
  questionIndex: 'frontmatter/question-index.tex',
  bibliographyChapter: 'backmatter/bibliography.tex',
  glossary: 'backmatter/glossary.tex',
  appendix: 'backmatter/appendix.tex',
  indexTerms: 'backmatter/index-terms.tex',
} as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** `questions/q22-softmax-trap.tex` */
export const questionFile = (question: Pick<QuestionNode, 'number' | 'slug'>) => `questions/q${pad(question.number)}-${question.slug}.tex`;

/** `chapters/chapter01-loss-functions.tex` */
export const chapterFile = (chapter: Pick<ChapterNode, 'number' | 'slug'>) => `chapters/chapter${pad(chapter.number)}-${chapter.slug}.tex`;

const GENERATED_FRONT = new Set(['titlepage', 'question-index']);

/** `frontmatter/introduction.tex`; a section id that clashes with a generated file gets a prefix. */
export const frontFile = (section: Pick<SectionNode, 'id'>) =>
  `frontmatter/${GENERATED_FRONT.has(section.id) ? `section-${section.id}` : section.id}.tex`;

/** The argument of `\input` for a file: its path without `.tex`. */
export const inputPath = (file: string) => file.replace(/\.tex$/, '');
