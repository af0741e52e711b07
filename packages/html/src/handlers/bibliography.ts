import type { BibliographyNode } from '@octavo/core';
import type { Html, HtmlState } from '../state.js';
import { h, text } from '../util/hast.js';
import { backLinks } from './back-links.js';
import { reference } from './reference.js';

export function bibliography(node: BibliographyNode, state: HtmlState): Html {
  return [
    h('article', { id: state.id(node.anchor) }, [
      h('h1', {}, text(node.title)),
      h(
        'ol',
        { className: ['bibliography'] },
        node.entries.map((entry) =>
          h('li', { id: state.id(entry.anchor), value: String(entry.number) }, [
            h('p', {}, reference(entry.paper)),
            h('p', { className: ['cited-in'] }, text('Cited in: '), backLinks(entry.citedAt, state)),
          ]),
        ),
      ),
    ]),
  ];
}
