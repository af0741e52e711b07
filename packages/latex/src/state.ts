import type { Definition, PhrasingContent, RootContent } from 'mdast';
import { traversal, withSetting, type BookNode, type Handlers, type ResolvedBook } from '@octavo/core';
import { indexKeys, type IndexKeys } from './util/index-keys.js';
import { blocks, marker } from './util/tex.js';

/** Output of a handler: LaTeX source. */
export type Tex = string;

/** Where the output is going, which decides what TeX may be used there. */
export interface Context {
  /** Inside a box: no page-breaking tables (longtable cannot live in a tcolorbox). */
  inBox: boolean;
  /** Inside a list or quote: tables may not break across pages either. */
  inList: boolean;
  /** Inside a table cell: a line break would end the row. */
  inTable: boolean;
  /** Inside a link's text: a nested link is an error in PDF. */
  inLink: boolean;
}

export interface LatexState {
  one(node: BookNode): Tex;
  /** The nodes' output as blocks separated by blank lines. */
  all(nodes: readonly BookNode[]): Tex;
  book: ResolvedBook;
  /**
   * Sectioning level of the heading that encloses the output: 0 chapter, 1 section (a question),
   * 2 subsection (a part), 3 subsubsection (a subsection). Prose headings nest below it.
   */
  level: number;
  /** Renders `children` as the content of a heading at `level`. */
  within(level: number, children: readonly BookNode[]): Tex;
  context: Context;
  /** Runs `render` with some context flags set, restoring them afterwards. */
  inside<T>(flags: Partial<Context>, render: () => T): T;
  /** Where the output comes from, e.g. `Q22 › The Solution`, for the source markers. */
  where: string;
  /** Runs `render` with `where` extended by `label`. */
  at<T>(label: string, render: () => T): T;
  /** A source marker line for the current place (plus an optional detail). */
  marker(detail?: string): Tex;
  /** Renders mdast flow content (the blocks of a prose tree). */
  flow(nodes: readonly RootContent[]): Tex;
  /** Renders mdast phrasing content. */
  phrasing(nodes: readonly PhrasingContent[]): Tex;
  /** The block that follows the one being rendered (a heading keeps room for its start). */
  next: BookNode | RootContent | undefined;
  /** Link definitions of the prose tree being rendered, for reference-style links. */
  definitions: Map<string, Definition>;
  /** Sort keys of the concept index. */
  index: IndexKeys;
}

export interface ProseRenderers {
  flow(nodes: readonly RootContent[], state: LatexState): Tex;
  phrasing(nodes: readonly PhrasingContent[], state: LatexState): Tex;
}

/** Creates the state for one file of the project. */
export function createState(book: ResolvedBook, handlers: Handlers<Tex, LatexState>, prose: ProseRenderers, index = indexKeys(book)): LatexState {
  const { one } = traversal<Tex, LatexState>(handlers, () => state);
  const state: LatexState = {
    one,
    all(nodes) {
      const outer = state.next;
      try {
        return blocks(
          nodes.map((node, i) => {
            state.next = nodes[i + 1];
            return one(node);
          }),
        );
      } finally {
        state.next = outer;
      }
    },
    book,
    level: 0,
    within: (level, children) => withSetting(state, 'level', level, () => state.all(children)),
    context: { inBox: false, inList: false, inTable: false, inLink: false },
    inside: (flags, render) => withSetting(state, 'context', { ...state.context, ...flags }, render),
    where: '',
    at(label, render) {
      const outer = state.where;
      state.where = outer ? `${outer} › ${label}` : label;
      try {
        return render();
      } finally {
        state.where = outer;
      }
    },
    marker: (detail) => marker(detail ? (state.where ? `${state.where} › ${detail}` : detail) : state.where),
    flow: (nodes) => prose.flow(nodes, state),
    phrasing: (nodes) => prose.phrasing(nodes, state),
    next: undefined,
    definitions: new Map(),
    index,
  };
  return state;
}
