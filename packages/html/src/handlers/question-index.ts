import type { QuestionIndexNode } from '@octavo/core';
import type { Html, HtmlState } from '../state.js';
import { h, link, text } from '../util/hast.js';

export function questionIndex(node: QuestionIndexNode, state: HtmlState): Html {
  return [
    h('article', { id: state.id(node.anchor) }, [
      h('h1', {}, text(node.title)),
      h('table', { className: ['question-index'] }, [
        h('thead', {}, h('tr', {}, [h('th', { scope: 'col' }, text('Q#')), h('th', { scope: 'col' }, text('Title')), h('th', { scope: 'col' }, text('Chapter'))])),
        h(
          'tbody',
          {},
          node.rows.map((row) =>
            h('tr', {}, [
              h('td', { className: ['num'] }, text(row.label)),
              h('td', {}, link(state.href(row.target), {}, text(row.title))),
              h('td', {}, link(state.href({ page: row.chapter.id, anchor: row.chapter.id }), {}, text(`${row.chapter.number}. ${row.chapter.title}`))),
            ]),
          ),
        ),
      ]),
    ]),
  ];
}
