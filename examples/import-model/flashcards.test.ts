import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { ROOT } from '../../test/helpers.js';

describe('examples/import-model', () => {
  it('exports a flashcard per written question as CSV', () => {
    const run = spawnSync(process.execPath, ['--conditions', 'source', '--import', 'tsx', join(ROOT, 'examples/import-model/flashcards.ts')], {
      cwd: join(ROOT, 'examples/import-model'),
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as { id: string; front: string; back: string }[];
    const q22 = rows.find((row) => row.id === 'q22')!;
    expect(q22.front).toMatch(/^Q22\. The Softmax Trap — \S/);
    expect(q22.back).toContain('Key points:');
    expect(run.stderr).toContain(`${rows.length} flashcards`);
  });
});
