import type { ElementContent } from 'hast';
import type { ResolvedBook } from '@octavo/core';
import type { HtmlState } from '../state.js';
import { h, link, text } from '../util/hast.js';

/**
 * The book's table of contents as nested lists; the current page is marked. In the sidebar
 * (`full` false) only the current chapter lists its questions, which keeps every page's size
 * proportional to its chapter rather than to the whole book.
 */
export function contents(book: ResolvedBook, state: HtmlState, full = true): ElementContent {
  const item = (page: string, label: string, nested: ElementContent[] = []) =>
    h(
      'li',
      {},
      link(state.href({ page, anchor: page }), state.page === page ? { 'aria-current': 'page' } : {}, text(label)),
      nested.length ? h('ol', {}, nested) : [],
    );
  return h('ol', { className: ['toc'] }, [
    ...book.front.map((node) => item(node.anchor, node.title)),
    ...book.chapters.map((chapter) => {
      const open = full || chapter.id === state.page || chapter.questions.some((q) => q.id === state.page);
      return item(chapter.id, `${chapter.number}. ${chapter.title}`, open ? chapter.questions.map((q) => item(q.id, `${q.label}. ${q.title}`)) : []);
    }),
    ...book.back.map((node) => item(node.anchor, node.title)),
  ]);
}
