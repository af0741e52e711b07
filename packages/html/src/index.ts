/**
 * @octavo/html — the resolved book as a static website, embeddable fragments, a custom element and
 * per-question JSON. Also the book's one code highlighter, shared with the PDF renderer.
 */
export { highlightTokens, CODE_THEMES, type CodeToken } from './util/highlight.js';
