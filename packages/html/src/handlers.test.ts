import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import type { BookNodeType } from '@octavo/core';
import { EXPECTED_TEXT, firstOfType, kitchenBook } from '../../../test/kitchen-nodes.js';
import { defaultHandlers, renderHtml, renderQuestionFragment, sitePages } from './index.js';
import { phrasingToHast, proseToHast } from './prose.js';
import { createState } from './state.js';
import { StyleSheet } from './util/styles.js';

const decoder = new TextDecoder();

describe('html handlers', () => {
  const state = createState({
    book: kitchenBook,
    handlers: defaultHandlers,
    pages: sitePages(kitchenBook),
    page: 'q02',
    styles: new StyleSheet(),
    practice: true,
    prose: proseToHast,
    phrasing: phrasingToHast,
  });
  it.each(Object.keys(defaultHandlers) as BookNodeType[])('%s', (type) => {
    const html = toHtml({ type: 'root', children: state.one(firstOfType(type)) });
    expect(html.replace(/&#x26;/g, '&').replace(/&#x22;/g, '"')).toContain(EXPECTED_TEXT[type]);
  });

  it('puts the solution behind a reveal in practice mode', () => {
    const solution = firstOfType('question').parts.find((part) => part.name === 'solution')!;
    expect(toHtml({ type: 'root', children: state.one(solution) })).toMatch(/<details class="reveal"><summary>Show the solution/);
  });
});

describe('html golden files (kitchen sink)', () => {
  const files = renderHtml(kitchenBook).filter((file) => file.path.endsWith('.html') || file.path === 'assets/style.css' || file.path.startsWith('api/'));
  it.each(files.map((file) => [file.path, file] as const))('%s', async (path, file) => {
    await expect(decoder.decode(file.data)).toMatchFileSnapshot(`../../../test/golden/html/kitchen-sink/${path}`);
  });

  it('scopes every fragment selector and prefixes every id', () => {
    const fragment = renderQuestionFragment(kitchenBook, 'q02');
    const css = fragment.match(/<style>([\s\S]*?)<\/style>/)![1]!;
    const selectors = css.replace(/@media[^{]*\{/g, '').match(/(^|})\s*([^{}@]+)\{/g)!.map((m) => m.replace(/^}?\s*/, '').replace(/\{$/, ''));
    for (const selector of selectors.flatMap((s) => s.split(','))) expect(selector.trim()).toMatch(/^\.octavo-fragment/);
    const ids = [...fragment.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(id).toMatch(/^octavo-q02-/);
  });
});
