import type { ChapterNode } from '@octavo/core';
import type { Html, HtmlState } from '../state.js';
import { h, link, text } from '../util/hast.js';

/** A chapter page: its opening, then its questions with their taglines. */
export function chapter(node: ChapterNode, state: HtmlState): Html {
  return [
    h('article', { className: ['chapter'], id: state.id(node.anchor) }, [
      h('p', { className: ['kicker'] }, text(`Chapter ${node.number}`)),
      h('h1', {}, text(node.title)),
      h('p', { className: ['focus'] }, text(node.focus)),
      state.within(1, node.intro),
      h('h2', {}, text('Questions in this chapter')),
      h(
        'ul',
        { className: ['question-list'] },
        node.questions.map((question) =>
          h('li', {}, [link(state.href({ page: question.id, anchor: question.id }), {}, text(`${question.label}. ${question.title}`)), h('p', {}, text(question.tagline))]),
        ),
      ),
    ]),
  ];
}
