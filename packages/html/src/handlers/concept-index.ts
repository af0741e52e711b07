import type { ConceptIndexNode } from '@octavo/core';
import type { Html, HtmlState } from '../state.js';
import { h, text } from '../util/hast.js';
import { backLinks } from './back-links.js';

export function conceptIndex(node: ConceptIndexNode, state: HtmlState): Html {
  return [
    h('article', { id: state.id(node.anchor) }, [
      h('h1', {}, text(node.title)),
      h(
        'ul',
        { className: ['concept-index'] },
        node.entries.map((entry) =>
          h('li', {}, [
            h('span', { className: ['entry'] }, text(entry.entry)),
            ...(entry.locations.length ? [text(': '), ...backLinks(entry.locations, state)] : []),
            ...(entry.subentries.length
              ? [h('ul', {}, entry.subentries.map((sub) => h('li', {}, [text(`${sub.sub}: `), ...backLinks(sub.locations, state)])))]
              : []),
          ]),
        ),
      ),
    ]),
  ];
}
