/**
 * @octavo/html — the resolved book as a static website (`renderHtml`), one question as an
 * embeddable fragment (`renderQuestionFragment`), per-question JSON with its JSON Schema, and the
 * `<octavo-question>` custom element. Also the book's one code highlighter, shared with the PDF
 * renderer.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { outputFile, type Handlers, type OutputFile, type QuestionNode, type ResolvedBook, type BookNode } from '@octavo/core';
import { defaultHandlers } from './handlers/index.js';
import { contents } from './handlers/contents.js';
import { sitePages, type Page } from './pages.js';
import { phrasingToHast, proseToHast } from './prose.js';
import { createState, type Html, type HtmlState } from './state.js';
import { StyleSheet } from './util/styles.js';
import { fragmentCss, siteCss } from './assets/css.js';
import { customElementScript, siteScript, themeScript } from './assets/scripts.js';
import { searchIndexScript } from './search.js';
import { QuestionJson, questionJsonSchema } from './api.js';
import { CONTENT_SECURITY_POLICY, pageShell } from './shell.js';
import { nodeText } from './text.js';

export interface HtmlOptions {
  /** Override any node's handler: `{ handlers: { box: myBox } }`. */
  handlers?: Partial<Handlers<Html, HtmlState>>;
  /** Hide the solution and the interview answer behind a reveal control (default: true). */
  practice?: boolean;
}

export interface FragmentOptions extends HtmlOptions {
  /** Prefix of links to the rest of the book, e.g. `https://example.org/book/` (default: none). */
  baseUrl?: string;
  /** Prefix of every id, so two fragments on one page never clash (default: `octavo-<id>-`). */
  idPrefix?: string;
}

const serialise = (nodes: Html) => toHtml({ type: 'root', children: nodes } as HastRoot);

function stateFor(book: ResolvedBook, pages: Page[], page: string, styles: StyleSheet, options: FragmentOptions) {
  return createState({
    book,
    handlers: { ...defaultHandlers, ...options.handlers },
    pages,
    page,
    styles,
    practice: options.practice ?? true,
    prose: proseToHast,
    phrasing: phrasingToHast,
    ...(options.idPrefix !== undefined ? { idPrefix: options.idPrefix } : {}),
    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
  });
}

/** The node each page shows, by page id (every page-level node's anchor is its page id). */
function pageNodes(book: ResolvedBook): Map<string, BookNode> {
  const nodes: (BookNode & { anchor: string })[] = [...book.front, ...book.chapters, ...book.chapters.flatMap((c) => c.questions), ...book.back];
  return new Map<string, BookNode>([['home', book], ...nodes.map((node) => [node.anchor, node] as const)]);
}

const questionsOf = (book: ResolvedBook) => book.chapters.flatMap((chapter) => chapter.questions);

function findQuestion(book: ResolvedBook, id: string): QuestionNode {
  const question = questionsOf(book).find((q) => q.id === id);
  if (!question) throw new Error(`no written question "${id}" in the book`);
  return question;
}

/** The fragment's HTML and its scoped CSS, separately (e.g. to put the CSS in <head>). */
export function renderQuestionFragmentParts(book: ResolvedBook, id: string, options: FragmentOptions = {}): { html: string; css: string } {
  return fragmentParts(book, sitePages(book), findQuestion(book, id), options);
}

function fragmentParts(book: ResolvedBook, pages: Page[], question: QuestionNode, options: FragmentOptions) {
  const styles = new StyleSheet();
  const state = stateFor(book, pages, question.id, styles, { idPrefix: `octavo-${question.id}-`, ...options });
  const body = serialise(state.one(question));
  const html = `<div class="octavo-fragment" data-octavo-question="${question.id}" lang="${book.meta.language}">${body}</div>`;
  return { html, css: fragmentCss(styles.css('.octavo-fragment ')) };
}

/**
 * One question as self-contained HTML for another site: styles scoped under `.octavo-fragment`
 * (no global selectors) and ids prefixed (no clashes with the page or another fragment).
 */
export function renderQuestionFragment(book: ResolvedBook, id: string, options: FragmentOptions = {}): string {
  const { html, css } = renderQuestionFragmentParts(book, id, options);
  return html.replace(/^(<div[^>]*>)/, `$1<style>${css}</style>`);
}

const require = createRequire(import.meta.url);
/** MiniSearch's browser build, shipped as a site asset (read once). */
const miniSearchBrowser = () => readFileSync(join(dirname(require.resolve('minisearch')), '../umd/index.js'), 'utf8');

/**
 * The main content of one page as HTML, linking to other pages by the file names in `pages`. The
 * EPUB renderer uses this to wrap the same handlers in XHTML (as pandoc's EPUB writer wraps its
 * HTML writer). Inline styles (math, code colours) are collected into `styles`.
 */
export function renderPageContent(book: ResolvedBook, pages: Page[], pageId: string, styles: StyleSheet, options: HtmlOptions = {}): string {
  const node = pageNodes(book).get(pageId);
  if (!node) throw new Error(`no page "${pageId}"`);
  return serialise(stateFor(book, pages, pageId, styles, options).one(node));
}

/** The HTML renderer: resolved book → the static site's files. Pure apart from reading MiniSearch's bundle. */
export function renderHtml(book: ResolvedBook, options: HtmlOptions = {}): OutputFile[] {
  const pages = sitePages(book);
  const fileOf = new Map(pages.map((page) => [page.id, page.file]));
  const nodes = pageNodes(book);
  const styles = new StyleSheet();
  const files: OutputFile[] = [];

  pages.forEach((page, i) => {
    const state = stateFor(book, pages, page.id, styles, options);
    const content = serialise(state.one(nodes.get(page.id)!));
    const previous = pages[i - 1];
    const next = pages[i + 1];
    const html = pageShell({
      language: book.meta.language,
      csp: CONTENT_SECURITY_POLICY,
      title: page.kind === 'home' ? book.meta.title : `${page.title} · ${book.meta.title}`,
      description: page.kind === 'home' ? (book.meta.description ?? '') : '',
      bookTitle: book.meta.title,
      author: book.meta.author,
      contents: serialise([contents(book, state, false)]),
      content,
      ...(previous ? { previous: { file: previous.file, title: previous.title } } : {}),
      ...(next ? { next: { file: next.file, title: next.title } } : {}),
    });
    files.push(outputFile(page.file, html));
  });

  for (const question of questionsOf(book)) {
    const json: QuestionJson = {
      id: question.id,
      number: question.number,
      label: question.label,
      slug: question.slug,
      title: question.title,
      tagline: question.tagline,
      url: fileOf.get(question.id)!,
      chapter: question.chapter,
      related: question.related.map((target) => ({
        label: target.number,
        title: target.title,
        ...(target.draft ? {} : { url: fileOf.get(target.page) ?? '' }),
      })),
      parts: question.parts.map((part) => ({ name: part.name, title: part.title, anchor: part.anchor, text: nodeText(part) })),
      fragment: fragmentParts(book, pages, question, options),
    };
    files.push(outputFile(`api/questions/${question.id}.json`, JSON.stringify(QuestionJson.parse(json), null, 2) + '\n'));
  }
  files.push(outputFile('api/schema.json', JSON.stringify(questionJsonSchema(), null, 2) + '\n'));
  files.push(outputFile('assets/style.css', siteCss(styles.css())));
  files.push(outputFile('assets/theme.js', themeScript));
  files.push(outputFile('assets/site.js', siteScript));
  files.push(outputFile('assets/octavo-question.js', customElementScript));
  files.push(outputFile('assets/minisearch.js', miniSearchBrowser()));
  files.push(outputFile('assets/search-index.js', searchIndexScript(book, pages)));
  return files;
}

export { defaultHandlers, sitePages, QuestionJson, questionJsonSchema, CONTENT_SECURITY_POLICY, StyleSheet };
export { componentCss } from './assets/css.js';
export type { Html, HtmlState, Page };
export { highlightTokens, CODE_THEMES, type CodeToken } from './util/highlight.js';
