/**
 * @octavo/markdown — the resolved book as Markdown that reads well on GitHub: `book.md` (the whole
 * book) and `questions/qNN-<slug>.md` (one self-contained file per question).
 */
import type { Root, RootContent } from 'mdast';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mathToMarkdown } from 'mdast-util-math';
import { outputFile, type Handlers, type OutputFile, type ResolvedBook } from '@octavo/core';
import { createState, questionFile, type Flow, type MarkdownState } from './state.js';
import { convertPhrasing } from './handlers/inline.js';
import { defaultHandlers } from './handlers/index.js';

export interface MarkdownOptions {
  /** Override any node's handler: `{ handlers: { ...defaultHandlers, box: myBox } }`. */
  handlers?: Partial<Handlers<Flow, MarkdownState>>;
}

/** Serialisation settings shared by the renderer and its round-trip test. */
export const toMarkdownOptions: ToMarkdownOptions = {
  extensions: [gfmToMarkdown(), mathToMarkdown()],
  bullet: '-',
  emphasis: '*',
  rule: '-',
  fences: true,
  handlers: {
    // The `[!NOTE]` of a GitHub alert must reach the page unescaped.
    octavoAlertMarker: (node: { value: string }) => node.value,
  } as unknown as ToMarkdownOptions['handlers'],
};

/** Builds the mdast of every file without serialising it (the round-trip test compares these). */
export function renderMarkdownTrees(book: ResolvedBook, options: MarkdownOptions = {}): { path: string; tree: Root }[] {
  const handlers = { ...defaultHandlers, ...options.handlers };
  const root = (children: RootContent[]): Root => ({ type: 'root', children });
  const whole = createState(book, handlers, 'book', convertPhrasing);
  const files = [{ path: 'book.md', tree: root(whole.one(book)) }];
  for (const question of book.chapters.flatMap((chapter) => chapter.questions)) {
    const state = createState(book, handlers, 'question', convertPhrasing, question.id);
    files.push({ path: `questions/${questionFile(question)}`, tree: root(state.one(question)) });
  }
  return files;
}

/** The Markdown renderer: resolved book → files. Pure: no I/O. */
export function renderMarkdown(book: ResolvedBook, options: MarkdownOptions = {}): OutputFile[] {
  return renderMarkdownTrees(book, options).map(({ path, tree }) => outputFile(path, toMarkdown(tree, toMarkdownOptions)));
}

export { defaultHandlers, questionFile };
export type { Flow, MarkdownState };
