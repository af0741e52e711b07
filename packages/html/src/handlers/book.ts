import type { ResolvedBook } from '@octavo/core';
import type { Html, HtmlState } from '../state.js';
import { h, text } from '../util/hast.js';
import { contents } from './contents.js';

/** The home page: title, author, description and the table of contents. */
export function book(node: ResolvedBook, state: HtmlState): Html {
  const { meta } = node;
  return [
    h('header', { className: ['title-page'] }, [
      h('h1', {}, text(meta.title)),
      ...(meta.subtitle ? [h('p', { className: ['subtitle'] }, text(meta.subtitle))] : []),
      h('p', { className: ['byline'] }, text(`${meta.author} · ${meta.date}`)),
    ]),
    ...(meta.description ? [h('p', { className: ['description'] }, text(meta.description))] : []),
    h('nav', { 'aria-labelledby': state.id('contents-heading'), className: ['home-contents'] }, h('h2', { id: state.id('contents-heading') }, text('Contents')), contents(node, state)),
  ];
}
