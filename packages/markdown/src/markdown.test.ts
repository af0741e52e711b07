import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mathFromMarkdown } from 'mdast-util-math';
import { gfm } from 'micromark-extension-gfm';
import { math } from 'micromark-extension-math';
import { toMarkdown } from 'mdast-util-to-markdown';
import { compileBook } from '@octavo/core';
import kitchenSink from '../../../test/fixtures/kitchen-sink/index.js';
import { renderMarkdown, renderMarkdownTrees, toMarkdownOptions } from './index.js';

const book = compileBook(kitchenSink).book!;
const decoder = new TextDecoder();
const parse = (text: string) => fromMarkdown(text, { extensions: [gfm(), math()], mdastExtensions: [gfmFromMarkdown(), mathFromMarkdown()] });

/** A tree as a reader sees it: no positions, no layout flags, adjacent text merged. */
function normalise(node: Nodes): unknown {
  if (node.type === ('octavoAlertMarker' as string)) return { type: 'text', value: (node as unknown as { value: string }).value };
  const { position: _p, spread: _s, data: _d, ...fields } = node as Nodes & { spread?: unknown };
  const rest = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null && value !== undefined)) as typeof fields;
  if (!('children' in rest)) return rest;
  const children: unknown[] = [];
  for (const child of rest.children as Nodes[]) {
    const next = normalise(child) as { type: string; value?: string };
    const previous = children.at(-1) as { type: string; value?: string } | undefined;
    // Text runs and inline HTML tags are split differently by the parser; their content is what counts.
    if ((next.type === 'text' || next.type === 'html') && previous?.type === next.type) previous.value += next.value!;
    else children.push(next);
  }
  return { ...rest, children };
}

describe('markdown renderer on the kitchen-sink book', () => {
  const files = renderMarkdown(book);

  it('writes the whole book and one file per written question', () => {
    expect(files.map((file) => file.path)).toEqual(['book.md', 'questions/q02-stable-softmax.md']);
  });

  it.each(files.map((file) => [file.path, file] as const))('matches the golden file %s', async (path, file) => {
    await expect(decoder.decode(file.data)).toMatchFileSnapshot(`../../../test/golden/markdown/kitchen-sink/${path}`);
  });

  it.each(renderMarkdownTrees(book).map((file) => [file.path, file.tree] as const))('re-parses %s to an equivalent tree', (_path, tree) => {
    const text = toMarkdown(tree, toMarkdownOptions);
    expect(normalise(parse(text))).toEqual(normalise(tree));
  });
});
