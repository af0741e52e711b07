import type { ResolvedBook } from '@octavo/core';

/** A page of the site: its page id (as locations name it), file, title and kind. */
export interface Page {
  id: string;
  file: string;
  title: string;
  kind: 'home' | 'section' | 'questionIndex' | 'chapter' | 'question' | 'bibliography' | 'glossary' | 'conceptIndex';
}

/** Every page of the site in reading order (the order previous/next links follow). */
export function sitePages(book: ResolvedBook): Page[] {
  const pages: Page[] = [{ id: 'home', file: 'index.html', title: book.meta.title, kind: 'home' }];
  const generatedFile = { questionIndex: 'question-index.html', bibliography: 'bibliography.html', glossary: 'glossary.html', conceptIndex: 'concept-index.html' } as const;
  for (const node of book.front) {
    pages.push(node.type === 'section' ? { id: node.id, file: `${node.id}.html`, title: node.title, kind: 'section' } : { id: node.anchor, file: generatedFile.questionIndex, title: node.title, kind: 'questionIndex' });
  }
  for (const chapter of book.chapters) {
    pages.push({ id: chapter.id, file: `${chapter.id}-${chapter.slug}.html`, title: `Chapter ${chapter.number}: ${chapter.title}`, kind: 'chapter' });
    for (const question of chapter.questions) {
      pages.push({ id: question.id, file: `${question.id}-${question.slug}.html`, title: `${question.label}. ${question.title}`, kind: 'question' });
    }
  }
  for (const node of book.back) {
    pages.push(node.type === 'section' ? { id: node.id, file: `${node.id}.html`, title: node.title, kind: 'section' } : { id: node.anchor, file: generatedFile[node.type], title: node.title, kind: node.type });
  }
  return pages;
}
