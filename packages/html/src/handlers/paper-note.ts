import type { PaperNoteNode } from '@octavo/core';
import type { Html, HtmlState } from '../state.js';
import { h, link, text } from '../util/hast.js';
import { reference } from './reference.js';

export function paperNote(node: PaperNoteNode, state: HtmlState): Html {
  return [
    h('div', { className: ['paper-note'], id: state.id(node.anchor) }, [
      h('p', { className: ['paper-ref'] }, link(state.href(node.entry), { className: ['cite'] }, text(`[${node.citation}]`)), text(' '), reference(node.paper)),
      h('p', { className: ['paper-label'] }, text('Key contribution')),
      state.prose(node.contribution),
      h('p', { className: ['paper-label'] }, text('Why it matters here')),
      state.prose(node.relevance),
    ]),
  ];
}
