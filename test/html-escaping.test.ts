import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { compileBook } from '@octavo/core';
import { renderHtml, renderQuestionFragment } from '@octavo/html';
import { hostileBook, NASTY } from './fixtures/hostile.js';

/** Element names and attribute names, in document order; code tokens are left out (they vary). */
function skeleton(node: Nodes): string[] {
  if (node.type !== 'element' && node.type !== 'root') return [];
  const here = node.type === 'element' ? [`${node.tagName}(${Object.keys(node.properties).sort().join(',')})`] : [];
  if (node.type === 'element' && (node.tagName === 'pre' || node.tagName === 'title')) return here;
  return [...here, ...node.children.flatMap((child) => skeleton(child as Nodes))];
}

const decoder = new TextDecoder();
function pages(s: string) {
  const result = compileBook(hostileBook(s));
  if (!result.book) return undefined;
  const files = renderHtml(result.book).filter((file) => file.path.endsWith('.html'));
  return [...files.map((file) => [file.path, decoder.decode(file.data)] as const), ['fragment', renderQuestionFragment(result.book, 'q01')] as const];
}

const baseline = new Map(pages('plain')!.map(([path, html]) => [path, skeleton(fromHtml(html))]));

function assertSameStructure(s: string) {
  const rendered = pages(s);
  if (!rendered) return; // a value the schema refuses (e.g. blank) never reaches a renderer
  for (const [path, html] of rendered) {
    const tree = fromHtml(html);
    expect(skeleton(tree), `${path} with ${JSON.stringify(s)}`).toEqual(baseline.get(path));
    // Only the site's own three scripts (theme, MiniSearch, site); never one from content.
    expect(html.match(/<script\b/g)?.length ?? 0).toBe(path === 'fragment' ? 0 : 3);
  }
}

describe('HTML escaping', () => {
  it.each(NASTY)('keeps the page structure with %j in every text field', (s) => assertSameStructure(s));

  it('keeps the page structure for arbitrary strings (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '' && !/[\uE000\uE001]/.test(s)),
        (s) => assertSameStructure(s),
      ),
      { numRuns: 40 },
    );
  });
});
