import type { GlossaryNode } from '@octavo/core';
import type { Html, HtmlState } from '../state.js';
import { h, text } from '../util/hast.js';
import { backLinks } from './back-links.js';

export function glossary(node: GlossaryNode, state: HtmlState): Html {
  return [
    h('article', { id: state.id(node.anchor) }, [
      h('h1', {}, text(node.title)),
      h(
        'dl',
        { className: ['glossary'] },
        node.entries.flatMap((entry) => [
          h('dt', { id: state.id(entry.anchor) }, text(entry.term)),
          h('dd', {}, [
            state.prose(entry.definition),
            ...(entry.usedAt.length ? [h('p', { className: ['used-in'] }, text('Used in: '), backLinks(entry.usedAt, state))] : []),
          ]),
        ]),
      ),
    ]),
  ];
}
