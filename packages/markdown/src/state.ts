import type { RootContent, PhrasingContent } from 'mdast';
import { traversal, withSetting, type BookNode, type Handlers, type Location, type ResolvedBook } from '@octavo/core';

/** Output of a handler: Markdown flow content. */
export type Flow = RootContent[];

/** Where the file being written sits, which decides how links are spelled. */
export type FileKind = 'book' | 'question';

export interface MarkdownState {
  one(node: BookNode): Flow;
  /** The nodes' output, concatenated. */
  all(nodes: readonly BookNode[]): Flow;
  book: ResolvedBook;
  /** The file being written. */
  file: FileKind;
  /** The page of the question being written, when `file` is `question`. */
  page?: string;
  /** Heading depth of a question's title in this file (parts are one deeper). */
  questionDepth: 1 | 2 | 3;
  /** Depth of the heading of the section being written; prose headings nest below it. */
  sectionDepth: number;
  /** Renders `children` as the content of a section whose heading has `depth`. */
  within(depth: number, children: readonly BookNode[]): Flow;
  /** The href of a location, relative to the file being written. */
  href(location: Pick<Location, 'page' | 'anchor'>): string;
  /** Converts resolved prose phrasing (with Octavo's inline nodes) to plain mdast. */
  phrasing(nodes: PhrasingContent[]): PhrasingContent[];
}

/** File name of a question's own Markdown file, e.g. `q22-softmax-trap.md`. */
export const questionFile = (question: { id: string; slug: string }) => `${question.id}-${question.slug}.md`;

export function createState(
  book: ResolvedBook,
  handlers: Handlers<Flow, MarkdownState>,
  file: FileKind,
  convertPhrasing: (nodes: PhrasingContent[], state: MarkdownState) => PhrasingContent[],
  page?: string,
): MarkdownState {
  const questions = new Map(book.chapters.flatMap((chapter) => chapter.questions).map((q) => [q.id, q]));
  const { one, all } = traversal<Flow, MarkdownState>(handlers, () => state);
  const state: MarkdownState = {
    one,
    all: (nodes) => all(nodes).flat(),
    book,
    file,
    ...(page !== undefined ? { page } : {}),
    questionDepth: file === 'book' ? 3 : 1,
    sectionDepth: 1,
    within: (depth, children) => withSetting(state, 'sectionDepth', depth, () => state.all(children)),
    href(location) {
      const question = questions.get(location.page);
      if (file === 'book') return `#${location.anchor}`;
      if (location.page === page) return `#${location.anchor}`;
      if (question) return `./${questionFile(question)}#${location.anchor}`;
      return `../book.md#${location.anchor}`;
    },
    phrasing: (nodes) => convertPhrasing(nodes, state),
  };
  return state;
}

export type { BookNode };
