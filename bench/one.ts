// One benchmark measurement in its own process, so peak memory belongs to this run alone.
// Usage: one.ts <book: real|N> <format>
import { performance } from 'node:perf_hooks';
import { compileBook } from '@octavo/core';
import { RENDERERS, type Format } from '@octavo/cli';
import book from '../content/index.js';
import { syntheticBook } from './synthetic.js';

const [which = 'real', format = 'markdown'] = process.argv.slice(2);
const input = which === 'real' ? book : syntheticBook(Number(which));
const t0 = performance.now();
const result = compileBook(input);
const t1 = performance.now();
if (!result.book) throw new Error(`${which}: ${result.diagnostics.find((d) => d.severity === 'error')?.message}`);
const files = await RENDERERS[format as Format]!(result.book);
const t2 = performance.now();
const questions = result.book.chapters.reduce((n, chapter) => n + chapter.questions.length, 0);
// Paged formats are also measured per page: count the page objects of the PDFs produced.
const pages = files
  .filter((file) => file.path.endsWith('.pdf'))
  .reduce((n, file) => n + (Buffer.from(file.data).toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0), 0);
process.stdout.write(
  JSON.stringify({
    book: which,
    format,
    questions,
    resolveMs: Math.round(t1 - t0),
    renderMs: Math.round(t2 - t1),
    files: files.length,
    outputKiB: Math.round(files.reduce((n, f) => n + f.data.byteLength, 0) / 1024),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    ...(pages ? { pages } : {}),
  }) + '\n',
);
