import { describe, expect, it } from 'vitest';
import { compileBook, PART_NAMES } from '@octavo/core';
import { runBlock, runnableBlocks } from '@octavo/cli';
import book from '../content/index.js';
import { octavo } from './helpers.js';

const result = compileBook(book);

describe('the book in content/', () => {
  it('has no errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('registers all six chapters and all 25 questions', () => {
    expect(result.questions.map((q) => q.number).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('has Q22 written in full, passing every quality rule', () => {
    const q22 = result.questions.find((q) => q.id === 'q22')!;
    expect(q22.status).toBe('complete');
    expect(Object.values(q22.parts)).toEqual(PART_NAMES.map(() => true));
    expect(q22.words).toBeGreaterThanOrEqual(2000);
    expect(q22.words).toBeLessThanOrEqual(3500);
    expect(q22.examples).toBeGreaterThanOrEqual(2);
    expect(q22.papers).toBeGreaterThanOrEqual(3);
    expect(q22.followUps).toBeGreaterThanOrEqual(3);
    expect(q22.crossRefs).toBeGreaterThanOrEqual(2);
    expect(result.diagnostics.filter((d) => d.path.startsWith('q22') && d.severity !== 'info')).toEqual([]);
  });

  it('uses every box kind in the exemplar', () => {
    const kinds = new Set(JSON.stringify(result.book!.chapters).match(/"box":"[a-z]+"/g));
    expect(kinds.size).toBe(11);
  });
});

describe('code in the book runs', () => {
  const blocks = runnableBlocks(result.book!);
  it('has runnable blocks', () => expect(blocks.length).toBeGreaterThan(0));
  it.each(blocks.map((block) => [block.path, block] as const))('%s prints its expected output', (_path, block) => {
    const run = runBlock(block);
    expect(run.stderr).toBe('');
    expect(run.stdout.trimEnd()).toBe(block.output!.trimEnd());
  });
});

describe('octavo check --json', () => {
  it('prints diagnostics and one row per question', () => {
    const run = octavo(['check', '--json']);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { diagnostics: unknown[]; questions: Record<string, unknown>[] };
    expect(Object.keys(report)).toEqual(['diagnostics', 'questions']);
    expect(report.questions).toHaveLength(25);
    expect(Object.keys(report.questions[0]!)).toEqual(['id', 'number', 'title', 'status', 'words', 'parts', 'papers', 'examples', 'followUps', 'takeaways', 'crossRefs', 'runnableCode']);
    expect(report.questions.find((q) => q.id === 'q22')).toMatchObject({ status: 'complete', number: 22, title: 'The Softmax Trap' });
  });
});
