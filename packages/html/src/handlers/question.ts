import type { QuestionNode } from '@octavo/core';
import type { Html, HtmlState } from '../state.js';
import { h, link, text } from '../util/hast.js';

export function question(node: QuestionNode, state: HtmlState): Html {
  const related = node.related.flatMap((target, i) => [
    ...(i > 0 ? [text(', ')] : []),
    target.draft ? h('span', { className: ['xref-draft'] }, text(target.text)) : link(state.href(target), {}, text(target.text)),
  ]);
  return [
    h('article', { className: ['question'], id: state.id(node.anchor) }, [
      h('p', { className: ['kicker'] }, link(state.href({ page: node.chapter.id, anchor: node.chapter.id }), {}, text(`Chapter ${node.chapter.number}: ${node.chapter.title}`))),
      h('h1', {}, text(`${node.label}. ${node.title}`)),
      h('p', { className: ['tagline'] }, text(node.tagline)),
      ...(related.length ? [h('p', { className: ['related'] }, h('strong', {}, text('Related: ')), related)] : []),
      state.all(node.parts),
    ]),
  ];
}
