import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FILES } from './util/files.js';
import { MARKER_PREFIX } from './util/tex.js';

/** A message from TeX, traced back to the book where the source markers allow. */
export interface TexProblem {
  severity: 'error' | 'warning';
  /** What TeX said, on one line (e.g. `Undefined control sequence. \ket`). */
  message: string;
  /** The project file and line TeX was reading, when known (`questions/q22-softmax-trap.tex`). */
  file?: string;
  line?: number;
  /** Where in the book that is, from the nearest `% octavo:` marker above the line (`Q22 › The Solution`). */
  where?: string;
}

export interface CompileOptions {
  /** The latexmk executable (default `latexmk`). */
  latexmk?: string;
  /** Give up after this long (default 5 minutes). */
  timeoutMs?: number;
}

export interface CompileReport {
  /** Whether latexmk is installed; when it is not, nothing ran. */
  available: boolean;
  /** latexmk exited 0 and the log has no errors. */
  ok: boolean;
  /** The PDF, when one was written. */
  pdf?: string;
  pages?: number;
  /** Wall time of latexmk, in milliseconds. */
  ms: number;
  /** Errors first, then the warnings worth a look (undefined references, missing glyphs, overfull lines). */
  problems: TexProblem[];
  /** latexmk's own output, for when the log does not explain a failure. */
  output: string;
}

/** Whether latexmk can be run. */
export function latexmkAvailable(latexmk = 'latexmk'): boolean {
  const probe = spawnSync(latexmk, ['-v'], { encoding: 'utf8' });
  return !probe.error && probe.status === 0;
}

/**
 * Compiles a project written by `renderLatex` with latexmk (pdfLaTeX, biber, makeindex) and reports
 * TeX's errors and notable warnings, each mapped to the question and part it came from.
 */
export async function compileLatex(dir: string, options: CompileOptions = {}): Promise<CompileReport> {
  const latexmk = options.latexmk ?? 'latexmk';
  if (!latexmkAvailable(latexmk)) return { available: false, ok: false, ms: 0, problems: [], output: '' };
  const started = performance.now();
  const { code, output } = await run(latexmk, ['-pdf', '-g', FILES.main], dir, options.timeoutMs ?? 300_000);
  const ms = performance.now() - started;
  const logPath = join(dir, 'main.log');
  const log = existsSync(logPath) ? readFileSync(logPath, 'latin1') : '';
  const problems = parseTexLog(log, (file) => {
    const path = join(dir, normalize(file));
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  });
  // biber and makeindex report to latexmk's output, not to the TeX log.
  for (const line of output.split('\n')) {
    const tool = /^(Biber error|makeindex error|! Package|Latexmk: Could not find)[^:]*:(.*)$/i.exec(line.trim());
    if (tool) problems.unshift({ severity: 'error', message: `${tool[1]}:${tool[2]!.replace(/^.*?ERROR - /, ' ')}`.trim() });
  }
  if (code !== 0 && !problems.some((p) => p.severity === 'error')) {
    problems.unshift({ severity: 'error', message: `latexmk exited with ${code}: ${output.trim().split('\n').slice(-3).join(' / ')}` });
  }
  const pdf = join(dir, 'main.pdf');
  const pages = Number(/Output written on main\.pdf \((\d+) pages?/.exec(log)?.[1]) || undefined;
  const ok = code === 0 && !problems.some((p) => p.severity === 'error');
  return { available: true, ok, ms, problems, output, ...(existsSync(pdf) ? { pdf } : {}), ...(pages ? { pages } : {}) };
}

function run(command: string, args: string[], cwd: string, timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, max_print_line: '10000', error_line: '254', half_error_line: '238' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('latin1')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('latin1')));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/** Files whose messages matter: the project's own `.tex` files. */
const PROJECT_FILE = /^\.\/(?:[\w.-]+\/)*[\w.-]+\.(?:tex|bbl|ind)$/;

/** The nearest source marker above `line` in `source`. */
function markerAbove(source: string | undefined, line: number): string | undefined {
  if (!source) return undefined;
  const lines = source.split('\n').slice(0, line);
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i]!.startsWith(MARKER_PREFIX)) return lines[i]!.slice(MARKER_PREFIX.length).trim();
  }
  return undefined;
}

/**
 * Reads a pdfLaTeX log (written with `-file-line-error` and long lines): errors with their file and
 * line, and the warnings a reader would see in the PDF (undefined references and citations,
 * characters without a glyph, overfull lines), each traced to its `% octavo:` marker.
 */
export function parseTexLog(log: string, readSource: (file: string) => string | undefined = () => undefined): TexProblem[] {
  const problems: TexProblem[] = [];
  const lines = log.split(/\r?\n/);
  const stack: (string | null)[] = [];
  const currentFile = () => [...stack].reverse().find((file): file is string => file !== null && PROJECT_FILE.test(file));
  const locate = (file: string | undefined, line: number | undefined): Pick<TexProblem, 'file' | 'line' | 'where'> => {
    if (!file) return {};
    const clean = file.replace(/^\.\//, '');
    const where = line ? markerAbove(readSource(clean), line) : undefined;
    return { file: clean, ...(line ? { line } : {}), ...(where ? { where } : {}) };
  };
  const add = (problem: TexProblem) => {
    if (!problems.some((p) => p.message === problem.message && p.file === problem.file && p.line === problem.line)) problems.push(problem);
  };

  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;

    const fileError = /^(\.\/[^:]+):(\d+): (.*)$/.exec(text);
    if (fileError) {
      const [, file, line, message] = fileError;
      // TeX names the offending command on the line with `l.NNN`: add its tail for context.
      const context = lines.slice(i + 1, i + 6).find((l) => /^l\.\d+ /.test(l));
      const detail = context ? ` (at "${context.replace(/^l\.\d+ /, '').trim().slice(-60)}")` : '';
      add({ severity: 'error', message: `${message!.trim()}${detail}`, ...locate(file, Number(line)) });
      continue;
    }
    if (/^! /.test(text)) {
      add({ severity: 'error', message: text.slice(2).trim(), ...locate(currentFile(), undefined) });
      continue;
    }

    const undefinedRef = /(Reference|Citation) [`']([^']+)' on page \d+ undefined on input line (\d+)/.exec(text);
    if (undefinedRef) {
      add({ severity: 'warning', message: `${undefinedRef[1]} "${undefinedRef[2]}" is undefined`, ...locate(currentFile(), Number(undefinedRef[3])) });
    }
    const missing = /^Missing character: There is no (.+?) in font (.+?)!/.exec(text);
    if (missing) add({ severity: 'warning', message: `no glyph for "${missing[1]}" in font ${missing[2]}`, ...locate(currentFile(), undefined) });
    const placeholder = /Package octavo-book Warning: (No glyph for U\+[0-9A-F]+)[^]*?on input line (\d+)/.exec(text);
    if (placeholder) add({ severity: 'warning', message: placeholder[1]!, ...locate(currentFile(), Number(placeholder[2])) });
    const overfull = /^Overfull \\hbox \(([\d.]+)pt too wide\) (?:in paragraph|in alignment|detected) at lines? (\d+)/.exec(text);
    if (overfull && Number(overfull[1]) > 1) {
      add({ severity: 'warning', message: `a line is ${overfull[1]}pt too wide`, ...locate(currentFile(), Number(overfull[2])) });
    }

    // Track which file TeX is reading: "(./questions/q22.tex" opens one, ")" closes the latest.
    for (const match of text.matchAll(/\((\.?\/[^\s()]+|[A-Za-z]:?[^\s()]*\.(?:tex|sty|cls|cfg|def|fd|bbl|ind|aux|toc|out|lbx|bbx|cbx|dfu|clo|ldf|ist|code\.tex))|\(|\)/g)) {
      if (match[0] === ')') stack.pop();
      else stack.push(match[1] ?? null);
    }
  }
  // After an error, undefined references are its echo (the run stopped before they were written).
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning' && !(errors.length && / is undefined$/.test(p.message)));
  return [...errors, ...warnings];
}

/** One line per problem: `error: Q22 › The Solution: Undefined control sequence. (questions/q22-softmax-trap.tex:120)`. */
export function formatTexProblem(problem: TexProblem): string {
  const place = problem.file ? ` (${problem.file}${problem.line ? `:${problem.line}` : ''})` : '';
  return `${problem.severity}: ${problem.where ? `${problem.where}: ` : ''}${problem.message}${place}`;
}
