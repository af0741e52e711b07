import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { octavo, readTree, tempDir } from './helpers.js';

describe('octavo build', () => {
  const first = tempDir();
  const second = tempDir();
  const runs = [octavo(['build', '--format', 'markdown', '--out', first]), octavo(['build', '--out', second])];

  it('writes the book and a file per question', () => {
    expect(runs.map((run) => run.code)).toEqual([0, 0]);
    expect(existsSync(join(first, 'markdown/book.md'))).toBe(true);
    const q22 = [...readTree(join(first, 'markdown')).keys()].find((path) => path.startsWith('questions/q22-'));
    expect(q22).toBe('questions/q22-softmax-trap.md');
  });

  it('reports progress and timing per format on stderr', () => {
    expect(runs[0]!.stderr).toMatch(/markdown: \d+ files, \d+ KiB in \d+ ms/);
  });

  it('builds every format with --format all', () => {
    expect(readdirSync(second).sort()).toEqual(['epub', 'html', 'latex', 'markdown', 'pdf']);
  });

  it('gives byte-identical files on two builds', () => {
    const a = readTree(join(first, 'markdown'));
    const b = readTree(join(second, 'markdown'));
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [path, bytes] of a) expect(bytes.equals(b.get(path)!), path).toBe(true);
  });

  it('links every question file back to the book and to other written questions', () => {
    const q22 = readFileSync(join(first, 'markdown/questions/q22-softmax-trap.md'), 'utf8');
    expect(q22).toContain('](../book.md#bib-');
    expect(q22).toContain('## <a id="q22-trap"></a>The Trap Explained');
  });

  it('exits 2 for an unknown format, naming the known ones', () => {
    const run = octavo(['build', '--format', 'docx', '--out', tempDir()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown format "docx": use one of markdown, html, epub, latex, pdf, all');
  });
});
