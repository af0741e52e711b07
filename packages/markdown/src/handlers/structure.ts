import type { ListItem, PhrasingContent } from 'mdast';
import type { ChapterNode, PartNode, QuestionNode, ResolvedBook, SectionNode, SubsectionNode } from '@octavo/core';
import type { Flow, MarkdownState } from '../state.js';
import { emphasis, heading, link, paragraph, strong, text } from '../util/mdast.js';

const listItem = (...children: PhrasingContent[]): ListItem => ({ type: 'listItem', spread: false, children: [paragraph(...children)] });

/** A contents list of the whole book. */
function contents(book: ResolvedBook, state: MarkdownState): Flow {
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

export function book(node: ResolvedBook, state: MarkdownState): Flow {
  const { meta } = node;
  return [
    { type: 'heading', depth: 1, children: [text(meta.title)] },
    ...(meta.subtitle ? [paragraph(emphasis(text(meta.subtitle)))] : []),
    paragraph(text(`${meta.author} · ${meta.date}`)),
    ...contents(node, state),
    ...state.all(node.front),
    ...state.all(node.chapters),
    ...state.all(node.back),
  ];
}

export function section(node: SectionNode, state: MarkdownState): Flow {
  return [...heading(state.questionDepth - 1, node.anchor, text(node.title)), ...state.within(state.questionDepth - 1, node.children)];
}

export function chapter(node: ChapterNode, state: MarkdownState): Flow {
  return [
    ...heading(state.questionDepth - 1, node.anchor, text(`Chapter ${node.number}: ${node.title}`)),
    paragraph(emphasis(text(node.focus))),
    ...state.within(state.questionDepth - 1, node.intro),
    ...state.all(node.questions),
  ];
}

export function question(node: QuestionNode, state: MarkdownState): Flow {
  const related: PhrasingContent[] = node.related.flatMap((target, i) => [
    ...(i > 0 ? [text(', ')] : []),
    target.draft ? text(target.text) : link(state.href(target), text(target.text)),
  ]);
  const origin =
    state.file === 'question'
      ? [paragraph(emphasis(text('From '), link('../book.md', text(state.book.meta.title)), text(`, Chapter ${node.chapter.number}: ${node.chapter.title}`)))]
      : [];
  return [
    ...heading(state.questionDepth, node.anchor, text(`${node.label}. ${node.title}`)),
    ...origin,
    paragraph(emphasis(text(node.tagline))),
    ...(related.length ? [paragraph(strong(text('Related:')), text(' '), ...related)] : []),
    ...state.all(node.parts),
  ];
}

export function part(node: PartNode, state: MarkdownState): Flow {
  return [...heading(state.questionDepth + 1, node.anchor, text(node.title)), ...state.within(state.questionDepth + 1, node.children)];
}

export function subsection(node: SubsectionNode, state: MarkdownState): Flow {
  return [...heading(state.questionDepth + 2, node.anchor, text(node.title)), ...state.within(state.questionDepth + 2, node.children)];
}
