import type { TableNode } from '@octavo/core';
import type { Html, HtmlState } from '../state.js';
import { h, text } from '../util/hast.js';

export function table(node: TableNode, state: HtmlState): Html {
  const align = (i: number) => (node.align[i] ? { className: [`align-${node.align[i]}`] } : {});
  return [
    h('div', { className: ['table-wrap'] }, [
      h('table', {}, [
        ...(node.caption ? [h('caption', {}, text(node.caption))] : []),
        h('thead', {}, h('tr', {}, node.header.map((cell, i) => h('th', { scope: 'col', ...align(i) }, state.phrasing(cell))))),
        h('tbody', {}, node.rows.map((row) => h('tr', {}, row.map((cell, i) => h('td', align(i), state.phrasing(cell)))))),
      ]),
    ]),
  ];
}
