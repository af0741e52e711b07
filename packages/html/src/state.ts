import type { ElementContent } from 'hast';
import type { PhrasingContent, Root } from 'mdast';
import { traversal, withSetting, type BookNode, type Handlers, type Location, type ResolvedBook } from '@octavo/core';
import type { Page } from './pages.js';
import type { StyleSheet } from './util/styles.js';

/** Output of a handler: hast content. */
export type Html = ElementContent[];

export interface HtmlState {
  one(node: BookNode): Html;
  /** The nodes' output, concatenated. */
  all(nodes: readonly BookNode[]): Html;
  book: ResolvedBook;
  /** The page being written. */
  page: string;
  styles: StyleSheet;
  /** Hide the solution and the interview answer behind a reveal control. */
  practice: boolean;
  /** The href of a location from the page being written. */
  href(location: Pick<Location, 'page' | 'anchor'>): string;
  /** An element id: fragments prefix ids so two on one page never clash. */
  id(anchor: string): string;
  /** Depth of the heading of the section being written; prose headings nest below it. */
  sectionDepth: number;
  /** Renders `children` as the content of a section whose heading has `depth`. */
  within(depth: number, children: readonly BookNode[]): Html;
  /** Prose (mdast with Octavo's inline nodes) as hast. */
  prose(tree: Root): Html;
  /** Inline prose as hast. */
  phrasing(nodes: PhrasingContent[]): Html;
}

export interface StateOptions {
  book: ResolvedBook;
  handlers: Handlers<Html, HtmlState>;
  pages: Page[];
  page: string;
  styles: StyleSheet;
  practice: boolean;
  /** Prefix of every id (fragments); empty for site pages. */
  idPrefix?: string;
  /** Prefix of links to other pages (fragments link back to the site). */
  baseUrl?: string;
  prose: (tree: Root, state: HtmlState) => Html;
  phrasing: (nodes: PhrasingContent[], state: HtmlState) => Html;
}

export function createState(options: StateOptions): HtmlState {
  const files = new Map(options.pages.map((page) => [page.id, page.file]));
  const prefix = options.idPrefix ?? '';
  const { one, all } = traversal<Html, HtmlState>(options.handlers, () => state);
  const state: HtmlState = {
    one,
    all: (nodes) => all(nodes).flat(),
    book: options.book,
    page: options.page,
    styles: options.styles,
    practice: options.practice,
    href(location) {
      if (location.page === options.page) return `#${prefix}${location.anchor}`;
      const file = files.get(location.page) ?? 'index.html';
      // A page's own anchor is its top: link to the file alone.
      return `${options.baseUrl ?? ''}${file}${location.anchor === location.page ? '' : `#${location.anchor}`}`;
    },
    id: (anchor) => `${prefix}${anchor}`,
    sectionDepth: 1,
    within: (depth, children) => withSetting(state, 'sectionDepth', depth, () => state.all(children)),
    prose: (tree) => options.prose(tree, state),
    phrasing: (nodes) => options.phrasing(nodes, state),
  };
  return state;
}
