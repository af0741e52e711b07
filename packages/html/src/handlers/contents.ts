import type { ElementContent } from 'hast';
import type { ResolvedBook } from '@octavo/core';
import type { HtmlState } from '../state.js';
import { h, link, text } from '../util/hast.js';

/** The book's table of contents as nested lists; the current page is marked. */
export function contents(book: ResolvedBook, state: HtmlState): ElementContent {
  const item = (page: string, label: string, nested: ElementContent[] = []) =>
    h(
      'li',
      {},
      link(state.href({ page, anchor: page }), state.page === page ? { 'aria-current': 'page' } : {}, text(label)),
      nested.length ? h('ol', {}, nested) : [],
    );
  return h('ol', { className: ['toc'] }, [
    ...book.front.map((node) => item(node.anchor, node.title)),
    ...book.chapters.map((chapter) =>
      item(chapter.id, `${chapter.number}. ${chapter.title}`, chapter.questions.map((q) => item(q.id, `${q.label}. ${q.title}`))),
    ),
    ...book.back.map((node) => item(node.anchor, node.title)),
  ]);
}
