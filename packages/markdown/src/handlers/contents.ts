import type { ListItem, PhrasingContent } from 'mdast';
import type { ResolvedBook } from '@octavo/core';
import type { Flow, MarkdownState } from '../state.js';
import { link, paragraph, strong, text } from '../util/mdast.js';

export const listItem = (...children: PhrasingContent[]): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(...children)] });

/** A contents list of the whole book. */
export function contents(book: ResolvedBook, state: MarkdownState): Flow {
  const entry = (anchor: string, label: string, nested: ListItem[] = []): ListItem => ({
    ...listItem(link(state.href({ page: anchor, anchor }), text(label))),
    ...(nested.length ? { children: [paragraph(link(state.href({ page: anchor, anchor }), text(label))), { type: 'list', ordered: false, spread: false, children: nested }] } : {}),
  });
  const items = [
    ...book.front.map((node) => entry(node.anchor, node.title)),
    ...book.chapters.map((chapter) =>
      entry(chapter.anchor, `Chapter ${chapter.number}: ${chapter.title}`, chapter.questions.map((q) => entry(q.anchor, `${q.label}. ${q.title}`))),
    ),
    ...book.back.map((node) => entry(node.anchor, node.title)),
  ];
  return [paragraph(strong(text('Contents'))), { type: 'list', ordered: false, spread: false, children: items }];
}
