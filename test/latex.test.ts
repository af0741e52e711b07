// The LaTeX print project through the real tools: latexmk (pdfLaTeX, biber, makeindex) on the real
// book, a book whose math LaTeX rejects (errors traced to the question and part), and a property
// test that puts hostile text in every field of a small book and compiles it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { box, code, compileBook, defineBook, defineChapter, definePaper, defineQuestion, defineSection, defineTerm, diagram, gloss, cite, math, md, ref, table, term, tex } from '@octavo/core';
import { compileLatex, renderLatex } from '@octavo/latex';
import book from '../content/index.js';
import { octavo, tempDir } from './helpers.js';

const pdfText = (pdf: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
const outline = (pdf: string) =>
  (JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', pdf], { encoding: 'utf8' })) as { outlines: Outline[] }).outlines;
interface Outline {
  title: string;
  kids: Outline[];
}
const titles = (items: Outline[]): string[] => items.flatMap((item) => [item.title, ...titles(item.kids)]);

/** What the log must not say about a finished book. */
function expectCleanLog(log: string) {
  expect(log).not.toMatch(/There were undefined (references|citations)/);
  expect(log.match(/(Reference|Citation) `[^']*' on page \d+ undefined/g) ?? []).toEqual([]);
  expect(log.match(/Missing character: .*/g) ?? []).toEqual([]);
  expect(log).not.toContain('No glyph for U+');
  // Every font is Type 1: a bitmap (.pk) font would mean a character fell back to Computer Modern.
  expect(log).not.toMatch(/\.\d+pk>/);
}

describe('the real book compiles with latexmk', () => {
  const out = tempDir('octavo-latex-');
  const run = octavo(['build', '--format', 'latex', '--pdf', '--out', out]);
  const dir = join(out, 'latex');
  const log = readFileSync(join(dir, 'main.log'), 'latin1');
  const text = pdfText(join(dir, 'main.pdf'));
  const compiled = compileBook(book).book!;

  it('exits 0 and reports the pages', () => {
    expect(run.stderr).toMatch(/latex: latexmk in [\d.]+ s: \d+ pages → /);
    expect(run.code).toBe(0);
  });

  it('has no undefined references or citations, no missing characters, no bitmap fonts', () => {
    expectCleanLog(log);
    expect(run.stderr).not.toMatch(/^latex: (error|warning):/m);
  });

  it('has the chapters, every written question, the bibliography, glossary and index', () => {
    const flat = text.replace(/\s+/g, ' ');
    for (const chapter of compiled.chapters) {
      expect(flat).toContain(chapter.title);
      for (const question of chapter.questions) expect(flat).toContain(`${question.label} ${question.title}`);
    }
    for (const heading of ['Contents', 'Question Index', 'Bibliography', 'Glossary', 'Index']) expect(flat).toContain(heading);
    // A bibliography entry with its back-reference, a glossary entry, index letter groups.
    expect(flat).toMatch(/Accurately computing the log-sum-exp and softmax functions.*cited on pages? \d+/);
    expect(flat).toContain('winner’s curse');
    expect(text).toMatch(/^S\s*$/m);
  });

  it('has PDF bookmarks for chapters, questions and their parts', () => {
    const all = titles(outline(join(dir, 'main.pdf')));
    expect(all).toContain('Q22 The Softmax Trap');
    expect(all).toContain('The Trap Explained');
    expect(all).toContain('Bibliography');
    expect(all).toContain('Index');
  });

  it('fills the question index with the page numbers the contents give', () => {
    const layout = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', join(dir, 'main.pdf'), '-'], { encoding: 'utf8' });
    for (const question of compiled.chapters.flatMap((chapter) => chapter.questions)) {
      const title = question.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const indexed = new RegExp(`^${question.label}\\s+${title}\\s+1\\. Loss Functions and\\s+(\\d+)$`, 'm').exec(layout);
      const contents = new RegExp(`${question.label}\\s+${title}[ .]+(\\d+)$`, 'm').exec(layout);
      expect(indexed?.[1], question.label).toBeDefined();
      expect(indexed?.[1]).toBe(contents?.[1]);
    }
  });
});

describe('TeX errors are reported against the book', () => {
  it('names the question and part whose math LaTeX cannot read', () => {
    const out = tempDir('octavo-latex-error-');
    const run = octavo(['build', 'test/fixtures/latex-error/index.ts', '--format', 'latex', '--pdf', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^latex: error: Q1 › The Trap Explained: Undefined control sequence\. \(at "The operator \\\(a \\minuso"\) \(questions\/q01-broken\.tex:\d+\)$/m);
    expect(run.stderr).toContain('latex: latexmk in ');
  });
});

// ---------------------------------------------------------------------------------------------
// Property: hostile text in every text field of a small book compiles.

/** Every LaTeX special character, quotes, dashes, and a sample of the Unicode the class supports. */
const ALPHABET = [
  ...'#$%&~_^\\{}',
  ...`"'\`-<>|[]*!?,.:;@=+/()`,
  ' ', ' ', 'a', 'Z', '7', '--', '---', '``', "''", ',,', '<<', '!`', '\\end{octavolisting}', '\\par', '%',
  ...'→≈≤≥×÷αβγλμσΣΔ—–“”‘’é üñçßæøÅ€£§°±µ½·…′∈∑√∞−∂∇ℝ✓─│└├┘▶◀▼■□→←↑↓₂⁴™\u00a0',
];
const hostile = fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 1, maxLength: 24 });

/** A small book with `text(i)` in every text field; each field is tagged `Fnn` so the PDF can be searched for it. */
function hostileBook(strings: string[]) {
  let n = 0;
  const printed: string[] = [];
  const text = (shown = true) => {
    const tag = `F${String(n).padStart(2, '0')}x`;
    const value = `${tag} ${strings[n++ % strings.length]}`;
    if (shown) printed.push(tag);
    return value;
  };
  const prose = () => md`${text()} and more.`;
  const paper = definePaper({ id: 'p1', title: text(), authors: [text(), text()], year: 2020, venue: text(), pages: text(), doi: `10.1/${text(false)}`, type: 'article' });
  const online = definePaper({ id: 'p2', title: text(), authors: [text()], year: 2021, venue: text(), type: 'online', url: 'https://example.org/a_b%20c?x=1&y=2#frag' });
  const glossaryTerm = defineTerm({ id: 'g1', term: text(), definition: md`${text()} with ${cite(paper)}.` });
  const question = defineQuestion({
    id: 'q01',
    number: 1,
    slug: 'hostile',
    title: text(),
    tagline: text(),
    related: [],
    scenario: {
      setup: [prose(), md`${term(text(), text(), text())} and ${term(text(), text())} and ${gloss(glossaryTerm, text())}.`],
      // Inline code is Markdown source (an interpolation would be a slot, not code).
      wrongAnswer: [md`${text()} ${ref('q01#trap', text())}.`, `Code: \`${text().replace(/`/g, "'")}\` here.`],
    },
    trap: [prose(), box.trap({ title: text(), label: 'trap-box', body: [prose(), math(tex`a_{1} + \frac{b}{c}`, 'eq')] })],
    deepDive: [box.dfn({ title: text(), body: prose() }), box.ex({ title: text(), body: [prose(), table({ caption: text(), header: [md`${text()}`, md`${text()}`], rows: [[md`${text()}`, md`${text()}`]] })] })],
    whyItFails: [
      prose(),
      table({ caption: text(), header: [md`${text()}`, md`${text()}`, md`${text()}`], rows: Array.from({ length: 14 }, () => [md`${text()}`, md`${text()}`, md`${text()} ${text()} ${text()}`]) }),
    ],
    solution: {
      approach: md`${text()} ${cite(online)}.`,
      steps: [
        { title: text(), body: [code({ language: 'python', source: `print(${JSON.stringify(text())})\n# ${text()}`, caption: text(), runnable: false, output: text() })] },
        { title: text(), body: [diagram(`${text()}\n──┬── ${text()}\n  └──▶ ${text()}`, text())] },
      ],
      tradeoffs: [box.note({ title: text(), body: prose() }), box.gen({ title: text(), body: prose() })],
    },
    whyItWorks: [box.tec({ title: text(), body: [prose(), code({ language: 'text', source: text(), runnable: false })] }), box.thm({ title: text(), body: prose() })],
    papers: [{ paper, contribution: prose(), relevance: prose() }],
    interview: {
      answer: [prose(), box.interview({ title: text(), body: prose() })],
      keyPoints: [prose(), prose()],
      followUps: [{ question: prose(), answer: prose() }],
    },
    takeaways: [prose(), md`${text()} 😀 (no glyph: a placeholder).`],
    explore: md`${ref('ch1', text())} and ${ref('introduction', text())}.`,
  });
  const result = defineBook({
    slug: 'hostile',
    title: text(),
    subtitle: text(),
    author: text(),
    date: text(),
    description: text(false),
    identifier: 'urn:uuid:00000000-0000-4000-8000-000000000003',
    front: [defineSection({ id: 'introduction', title: text(), body: [prose(), box.paper({ title: text(), body: prose() })] })],
    chapters: [defineChapter({ id: 'ch1', number: 1, slug: 'one', title: text(), focus: text(), intro: prose(), questions: [question] })],
    back: [defineSection({ id: 'quick-reference', title: text(), body: [prose(), box.takeaway({ title: text(), body: prose() })] })],
    papers: [paper, online],
    glossary: [glossaryTerm],
  });
  return { book: result, printed };
}

describe('hostile text in every field compiles', () => {
  it('compiles, with every field in the PDF and nothing undefined or missing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostile, { minLength: 30, maxLength: 30 }), async (strings) => {
        const { book: input, printed } = hostileBook(strings);
        const result = compileBook(input);
        expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const dir = tempDir('octavo-latex-hostile-');
        for (const file of renderLatex(result.book!)) {
          mkdirSync(dirname(join(dir, file.path)), { recursive: true });
          writeFileSync(join(dir, file.path), file.data);
        }
        const report = await compileLatex(dir);
        expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(report.ok).toBe(true);
        // The one character without a glyph is reported against its place, as a placeholder.
        expect(report.problems.filter((p) => p.message.startsWith('No glyph'))).toEqual([
          expect.objectContaining({ message: 'No glyph for U+1F600', where: 'Q1 › Key Takeaways' }),
        ]);
        const log = readFileSync(join(dir, 'main.log'), 'latin1').replace(/^.*No glyph for U\+1F600.*$/gm, '');
        expectCleanLog(log);
        const text = pdfText(join(dir, 'main.pdf'));
        expect(printed.filter((tag) => !text.includes(tag))).toEqual([]);
      }),
      { numRuns: 2, endOnFailure: true },
    );
  });
});
