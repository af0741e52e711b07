// `npm run bench`: wall time and peak memory per format and book size. A report, not a test.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { RENDERERS } from '@octavo/cli';
import { latexmkAvailable } from '@octavo/latex';

const books = ['real', '25', '100', '400'];
const formats = Object.keys(RENDERERS);
const rows: Record<string, unknown>[] = [];
for (const format of formats) {
  for (const book of books) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'one.ts'), book, format], { encoding: 'utf8' });
    const row = JSON.parse(out) as Record<string, number | string>;
    const perPage = row.pages ? { msPerPage: (Number(row.renderMs) / Number(row.pages)).toFixed(1), rssKiBPerPage: ((Number(row.peakRssMiB) * 1024) / Number(row.pages)).toFixed(0) } : {};
    rows.push({ ...row, msPerQuestion: ((Number(row.resolveMs) + Number(row.renderMs)) / Number(row.questions)).toFixed(1), ...perPage });
  }
}
console.table(rows);

// LaTeX renders in the table above; compiling it is TeX's time, measured apart (bench/tex.ts).
if (formats.includes('latex') && latexmkAvailable()) {
  console.table([JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'tex.ts')], { encoding: 'utf8' }))]);
}
