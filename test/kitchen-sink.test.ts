import { describe, expect, it } from 'vitest';
import { compileBook, type ResolvedBook } from '@octavo/core';
import kitchenSink from './fixtures/kitchen-sink/index.js';

const compile = () => {
  const result = compileBook(kitchenSink);
  if (!result.book) throw new Error(result.diagnostics.map((d) => `${d.path}: ${d.message}`).join('\n'));
  return result.book;
};

describe('resolve', () => {
  const book: ResolvedBook = compile();
  const question = book.chapters[0]!.questions[0]!;

  it('leaves drafts out and keeps written questions', () => {
    expect(book.chapters[0]!.questions.map((q) => q.id)).toEqual(['q02']);
  });

  it('numbers boxes per question and kind', () => {
    const boxes = JSON.stringify(question).match(/"caption":"[A-Za-z]+ 2\.\d"/g);
    expect(boxes).toEqual(expect.arrayContaining(['"caption":"Trap 2.1"', '"caption":"Example 2.1"', '"caption":"Example 2.2"', '"caption":"Listing 2.1"']));
  });

  it('resolves references to questions, parts, boxes, equations, chapters and sections', () => {
    const xrefs = [...JSON.stringify(book).matchAll(/"type":"octavoXref","target":"([^"]+)"(?:,"text":"[^"]*")?,"resolved":\{[^}]*"text":"([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(xrefs)).toMatchObject({
      q01: 'Q1 (A Draft Question)',
      'q02#shift': 'Equation (2.1)',
      'q02#overflow-trap': 'Trap 2.1',
      ch1: 'Chapter 1 (Numerics)',
      introduction: 'Preface',
      'q02#solution': 'Q2, The Solution',
    });
  });

  it('numbers citations in order of first citation and links back to every use', () => {
    const bibliography = book.back.find((node) => node.type === 'bibliography')!;
    expect(bibliography.entries.map((e) => [e.paper.id, e.number, e.citedAt.length])).toEqual([
      ['lse2021', 1, 3],
      ['online2018', 2, 1],
    ]);
  });

  it('builds the concept index with sub-entries, sorted', () => {
    const index = book.back.find((node) => node.type === 'conceptIndex')!;
    expect(index.entries.map((e) => [e.entry, e.locations.length, e.subentries.map((s) => s.sub)])).toEqual([
      ['LogSumExp', 1, ['shifted']],
      ['overflow', 0, ['in float32']],
    ]);
  });

  it('builds the glossary with back-references and the question index', () => {
    const glossary = book.back.find((node) => node.type === 'glossary')!;
    expect(glossary.entries[0]).toMatchObject({ id: 'overflow', usedAt: [{ page: 'q02', section: 'q02-trap' }] });
    const index = book.front.find((node) => node.type === 'questionIndex')!;
    expect(index.rows).toMatchObject([{ id: 'q02', label: 'Q2', chapter: { number: 1 } }]);
  });
});
