import type { PhrasingContent, TableRow } from 'mdast';
import { type QuestionIndexNode } from '@octavo/core';
import type { Flow, MarkdownState } from '../state.js';
import { heading, link, text } from '../util/mdast.js';

export function questionIndex(node: QuestionIndexNode, state: MarkdownState): Flow {
  const cells = (...values: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: values.map((children) => ({ type: 'tableCell', children })) });
  return [
    ...heading(state.questionDepth - 1, node.anchor, text(node.title)),
    {
      type: 'table',
      align: ['right', 'left', 'left'],
      children: [
        cells([text('Q#')], [text('Title')], [text('Chapter')]),
        ...node.rows.map((row) =>
          cells([text(row.label)], [link(state.href(row.target), text(row.title))], [text(`${row.chapter.number}. ${row.chapter.title}`)]),
        ),
      ],
    },
  ];
}
