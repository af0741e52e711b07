import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileBook, diagnostic, formatDiagnostic, type CompileResult, type Diagnostic } from '@octavo/core';
import { loadBook, UserError } from './load.js';
import { writeAtomically } from './write.js';
import { FORMATS, RENDERERS, type Format } from './formats.js';
import { runBlock, runnableBlocks } from './run-code.js';
import { compileLatex, formatTexProblem } from '@octavo/latex';

const USAGE = `Usage:
  octavo build [entry] [--format markdown|html|epub|latex|pdf|all] [--out DIR] [--strict] [--pdf]
  octavo check [entry] [--json] [--strict] [--run-code]

  entry       the book's entry module (default: content/index.ts)
  --format    the format to build (default: all)
  --out       output folder (default: out); each format writes DIR/<format>/
  --json      print the check report as JSON
  --strict    treat warnings as errors
  --pdf       with the latex format, also compile it with latexmk (when installed)
  --run-code  also run every runnable code block and compare its output

Exit codes: 0 ok, 1 content errors, 2 usage errors.`;

/** Where the CLI writes: injectable so tests can capture it. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
}

const defaultIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), cwd: process.cwd() };

function summarise(result: CompileResult): string {
  const count = (severity: Diagnostic['severity']) => result.diagnostics.filter((d) => d.severity === severity).length;
  const written = result.questions.filter((q) => q.status === 'complete').length;
  const drafts = result.questions.length - written;
  const n = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  return `${n(result.questions.length, 'question')} (${written} written, ${n(drafts, 'draft')}); ${n(count('error'), 'error')}, ${n(count('warning'), 'warning')}`;
}

const failed = (result: CompileResult, strict: boolean) =>
  result.diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));

async function check(entry: string | undefined, flags: { json: boolean; strict: boolean; runCode: boolean }, io: Io): Promise<number> {
  const result = compileBook(await loadBook(entry, io.cwd));
  const codeFailures: Diagnostic[] = [];
  if (flags.runCode && result.book) {
    for (const run of runnableBlocks(result.book).map(runBlock)) {
      if (!run.ok) {
        codeFailures.push(
          diagnostic(
            'code-output-mismatch',
            run.block.path,
            `the code printed something else\n--- expected\n${run.block.output ?? ''}--- actual\n${run.stdout}${run.stderr ? `--- stderr\n${run.stderr}` : ''}`,
          ),
        );
      }
    }
  }
  const diagnostics = [...result.diagnostics, ...codeFailures];
  if (flags.json) {
    io.out(JSON.stringify({ diagnostics, questions: result.questions }, null, 2) + '\n');
  } else {
    for (const d of diagnostics.filter((d) => d.severity !== 'info')) io.err(formatDiagnostic(d) + '\n');
    io.err(summarise({ ...result, diagnostics }) + '\n');
  }
  return failed({ ...result, diagnostics }, flags.strict) ? 1 : 0;
}

async function build(entry: string | undefined, flags: { format: string; out: string; strict: boolean; pdf: boolean }, io: Io): Promise<number> {
  const requested: Format[] =
    flags.format === 'all' ? [...FORMATS] : FORMATS.includes(flags.format as Format) ? [flags.format as Format] : [];
  if (requested.length === 0) throw new UserError(`unknown format "${flags.format}": use one of ${FORMATS.join(', ')}, all`, 2);

  const started = performance.now();
  const result = compileBook(await loadBook(entry, io.cwd));
  for (const d of result.diagnostics.filter((d) => d.severity !== 'info')) io.err(formatDiagnostic(d) + '\n');
  if (!result.book || failed(result, flags.strict)) {
    io.err(`${summarise(result)}; nothing was written\n`);
    return 1;
  }
  io.err(`resolved the book in ${(performance.now() - started).toFixed(0)} ms: ${summarise(result)}\n`);

  for (const format of requested) {
    const t0 = performance.now();
    const files = await RENDERERS[format](result.book);
    const dir = resolve(io.cwd, flags.out, format);
    await writeAtomically(dir, files);
    const bytes = files.reduce((sum, file) => sum + file.data.byteLength, 0);
    io.err(`${format}: ${files.length} files, ${(bytes / 1024).toFixed(0)} KiB in ${(performance.now() - t0).toFixed(0)} ms → ${join(flags.out, format)}/\n`);
    if (format === 'latex' && flags.pdf && !(await compilePdf(dir, io))) return 1;
  }
  return 0;
}

/** `--pdf`: runs latexmk on the LaTeX project; TeX's errors come back mapped to the book. */
async function compilePdf(dir: string, io: Io): Promise<boolean> {
  const report = await compileLatex(dir);
  if (!report.available) {
    io.err('latex: latexmk is not installed, so no PDF was made (install TeX Live with latexmk and biber)\n');
    return true;
  }
  for (const problem of report.problems) io.err(`latex: ${formatTexProblem(problem)}\n`);
  const summary = report.ok ? `${report.pages ?? '?'} pages → ${report.pdf}` : 'TeX failed; see the errors above and main.log';
  io.err(`latex: latexmk in ${(report.ms / 1000).toFixed(1)} s: ${summary}\n`);
  return report.ok;
}

/** Runs the `octavo` command; returns the exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'all' },
        out: { type: 'string', default: 'out' },
        json: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        'run-code': { type: 'boolean', default: false },
        pdf: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, entry, ...extra] = positionals;
    if (values.help || !command) {
      io.out(USAGE + '\n');
      return command || values.help ? 0 : 2;
    }
    if (extra.length > 0) throw new UserError(`unexpected argument "${extra[0]}"\n\n${USAGE}`, 2);
    if (command === 'build') return await build(entry, { format: values.format, out: values.out, strict: values.strict, pdf: values.pdf }, io);
    if (command === 'check') return await check(entry, { json: values.json, strict: values.strict, runCode: values['run-code'] }, io);
    throw new UserError(`unknown command "${command}"\n\n${USAGE}`, 2);
  } catch (error) {
    if (error instanceof UserError) {
      io.err(`octavo: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.err(`octavo: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.err(`octavo: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 70;
  }
}
