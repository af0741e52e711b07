// The TeX half of the LaTeX format, timed apart from rendering: latexmk (pdfLaTeX, biber, makeindex)
// on the real book's project. Prints one JSON row; run by bench/run.ts when latexmk is installed.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileBook } from '@octavo/core';
import { compileLatex, renderLatex } from '@octavo/latex';
import book from '../content/index.js';

const dir = mkdtempSync(join(tmpdir(), 'octavo-bench-tex-'));
const resolved = compileBook(book).book!;
const t0 = performance.now();
const files = renderLatex(resolved);
const renderMs = performance.now() - t0;
for (const file of files) {
  mkdirSync(dirname(join(dir, file.path)), { recursive: true });
  writeFileSync(join(dir, file.path), file.data);
}
const report = await compileLatex(dir);
if (!report.ok) throw new Error(`latexmk failed: ${report.problems.map((p) => p.message).join('; ')}`);
process.stdout.write(
  JSON.stringify({
    book: 'real',
    step: 'latexmk (pdfLaTeX ×4, biber, makeindex)',
    renderMs: Math.round(renderMs),
    texMs: Math.round(report.ms),
    pages: report.pages,
    pdfKiB: Math.round(statSync(report.pdf!).size / 1024),
  }) + '\n',
);
rmSync(dir, { recursive: true, force: true });
