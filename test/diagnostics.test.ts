import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileBook } from '@octavo/core';
import broken from './fixtures/broken/index.js';
import { octavo, tempDir } from './helpers.js';

describe('a book with five mistakes', () => {
  const result = compileBook(broken);
  const errors = result.diagnostics.filter((d) => d.severity === 'error');

  it('yields exactly one located error per mistake', () => {
    expect(errors.map(({ ruleId, path }) => ({ ruleId, path })).sort((a, b) => a.ruleId.localeCompare(b.ruleId))).toEqual([
      { ruleId: 'duplicate-id', path: 'introduction' },
      { ruleId: 'invalid-math', path: 'q02 › deepDive' },
      { ruleId: 'missing-part', path: 'q03 › whyItWorks' },
      { ruleId: 'unknown-citation', path: 'q02 › trap' },
      { ruleId: 'unknown-reference', path: 'q02 › solution › steps[2]' },
    ]);
  });

  it('quotes the offending value in each message', () => {
    const message = (ruleId: string) => errors.find((d) => d.ruleId === ruleId)?.message;
    expect(message('unknown-reference')).toBe('unknown reference "q99"');
    expect(message('unknown-citation')).toContain('"nobody2099"');
    expect(message('missing-part')).toContain('"whyItWorks"');
    expect(message('invalid-math')).toContain('\\frac{1}{2');
  });

  it('gives no resolved book', () => {
    expect(result.book).toBeUndefined();
  });

  it('makes the CLI exit 1 with readable messages, no stack trace, and leaves the output folder untouched', () => {
    const out = tempDir();
    const marker = join(out, 'markdown', 'book.md');
    mkdirSync(join(out, 'markdown'), { recursive: true });
    writeFileSync(marker, 'previous build');
    const run = octavo(['build', 'test/fixtures/broken/index.ts', '--format', 'markdown', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error q02 › solution › steps[2]: unknown reference "q99" [unknown-reference]');
    expect(run.stderr).toContain('nothing was written');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(marker, 'utf8')).toBe('previous build');
  });
});

describe('bad input that is not a book', () => {
  it('reports zod problems with readable paths', () => {
    const result = compileBook({ kind: 'book', title: 'x', chapters: [] });
    expect(result.diagnostics.map((d) => `${d.ruleId} ${d.path}`)).toEqual(
      expect.arrayContaining(['missing-field slug', 'missing-field author', 'invalid-field chapters']),
    );
  });

  it('reports a module that does not load as a content error, without a stack trace', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'book.ts'), 'export default {{ not typescript');
    const run = octavo(['check', join(dir, 'book.ts')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('could not load the book');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a runnable block whose output differs, with both outputs, under --run-code', () => {
    const run = octavo(['check', 'test/fixtures/wrong-output/index.ts', '--run-code']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error q02 › solution › steps[0] › body[0]: the code printed something else');
    expect(run.stderr).toMatch(/--- expected\n999\.0\n--- actual\n1000\.0/);
  });

  it('exits 2 on usage errors', () => {
    expect(octavo(['build', '--format', 'docx']).code).toBe(2);
    expect(octavo(['frobnicate']).code).toBe(2);
    expect(octavo(['check', 'no/such/book.ts']).code).toBe(2);
    expect(existsSync('no')).toBe(false);
  });
});
