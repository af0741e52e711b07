import MiniSearch from 'minisearch';
import type { ResolvedBook } from '@octavo/core';
import type { Page } from './pages.js';
import { nodeText } from './text.js';

/** Options shared by the index builder and the browser (they must match). */
export const SEARCH_OPTIONS = {
  fields: ['title', 'text'],
  storeFields: ['title', 'url', 'excerpt'],
} as const;

interface SearchDocument {
  id: string;
  url: string;
  title: string;
  text: string;
  excerpt: string;
}

const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 157).replace(/\s+\S*$/, '')}…` : text);

/**
 * The search index as a script (`assets/search-index.js`): one document per part of every
 * question and one per other page. Loaded by a script tag, so search works from file:// too.
 */
export function searchIndexScript(book: ResolvedBook, pages: Page[]): string {
  const file = new Map(pages.map((page) => [page.id, page.file]));
  const documents: SearchDocument[] = [];
  const add = (url: string, title: string, text: string) => documents.push({ id: url, url, title, text, excerpt: excerpt(text) });
  for (const node of book.front) add(file.get(node.anchor)!, node.title, nodeText(node));
  for (const chapter of book.chapters) {
    add(file.get(chapter.id)!, `Chapter ${chapter.number}: ${chapter.title}`, nodeText(chapter));
    for (const question of chapter.questions) {
      add(file.get(question.id)!, `${question.label}. ${question.title}`, nodeText(question));
      for (const part of question.parts) {
        const text = nodeText(part);
        add(`${file.get(question.id)}#${part.anchor}`, `${question.label} › ${part.title}`, text.slice(part.title.length).trim());
      }
    }
  }
  for (const node of book.back) add(file.get(node.anchor)!, node.title, nodeText(node));
  const index = new MiniSearch<SearchDocument>({ ...SEARCH_OPTIONS, fields: [...SEARCH_OPTIONS.fields], storeFields: [...SEARCH_OPTIONS.storeFields] });
  index.addAll(documents);
  const data = { options: { fields: SEARCH_OPTIONS.fields, storeFields: SEARCH_OPTIONS.storeFields }, index: index.toJSON() };
  return `window.OCTAVO_SEARCH = ${JSON.stringify(data)};\n`;
}
