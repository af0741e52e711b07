import { describe, expect, it } from 'vitest';
import type { BookNodeType } from '@octavo/core';
import { toMarkdown } from 'mdast-util-to-markdown';
import { EXPECTED_TEXT, firstOfType, kitchenBook } from '../../../test/kitchen-nodes.js';
import { convertPhrasing } from './handlers/inline.js';
import { defaultHandlers, toMarkdownOptions } from './index.js';
import { createState } from './state.js';

describe('markdown handlers', () => {
  const state = createState(kitchenBook, defaultHandlers, 'book', convertPhrasing);
  it.each(Object.keys(defaultHandlers) as BookNodeType[])('%s', (type) => {
    const flow = state.one(firstOfType(type));
    const text = toMarkdown({ type: 'root', children: flow }, toMarkdownOptions);
    expect(text).toContain(EXPECTED_TEXT[type]);
  });

  it('links a cross-reference to a draft as plain text', () => {
    const text = toMarkdown({ type: 'root', children: state.one(firstOfType('question')) }, toMarkdownOptions);
    expect(text).toContain('see Q1 (A Draft Question)');
    expect(text).not.toContain('[Q1 (A Draft Question)]');
  });
});
