import { describe, expect, it } from 'vitest';
import { BOX_PALETTE, compileBook, type CodeNode, type TableNode } from '@octavo/core';
import kitchenSink from '../../../test/fixtures/kitchen-sink/index.js';
import * as latex from './index.js';
import { renderLatex, escapeText, escapeCode, escapeUrl, tableLayout, parseTexLog, charSupport, supportedCharacters } from './index.js';
import { bibEntry } from './util/bib.js';
import { cleanSource, literate } from './util/listing.js';
import { displayMath, inlineMath } from './util/math.js';
import { keepLines } from './util/keep.js';

const book = compileBook(kitchenSink).book!;
const decoder = new TextDecoder();
const files = renderLatex(book);
const file = (path: string) => decoder.decode(files.find((f) => f.path === path)!.data);

describe('escapeText', () => {
  it('escapes every TeX special character', () => {
    expect(escapeText('# $ % & ~ _ ^ \\ { }')).toBe('\\# \\$ \\% \\& \\textasciitilde{} \\_ \\textasciicircum{} \\textbackslash{} \\{ \\}');
  });

  it('spells out what T1 fonts would turn into ligatures', () => {
    expect(escapeText('a--b---c')).toBe('a-{}-b-{}-{}-c');
    expect(escapeText('<< >> !` ?` ,,')).toBe('\\textless{}\\textless{} \\textgreater{}\\textgreater{} !\\`{} ?\\`{} ,{},');
  });

  it('makes straight quotes typographic, opening after a space or bracket', () => {
    expect(escapeText('say "hi" (\'x\') it\'s')).toBe('say “hi” (‘x\') it\'s');
  });

  it('passes Unicode the class can typeset and marks the rest', () => {
    expect(escapeText('α → ≈ ≤ × é — ─')).toBe('α → ≈ ≤ × é — ─');
    expect(escapeText('😀 中')).toBe('\\octavomissingchar{1F600} \\octavomissingchar{4E2D}');
  });

  it('never leaves a blank line (which would end a paragraph inside an argument)', () => {
    expect(escapeText('a\n\n\n  b\r\n\tc\u0007')).toBe('a\nb\nc');
  });
});

describe('escapeCode and escapeUrl', () => {
  it('keeps code quotes straight, spaces counted, with break points', () => {
    expect(escapeCode(`a_b  "c" 'd'`)).toBe(`a\\_\\allowbreak{}b\\ \\ \\textquotedbl{}c\\textquotedbl{}\\ \\textquotesingle{}d\\textquotesingle{}`);
  });

  it('percent-encodes what TeX cannot read in a URL and escapes % and #', () => {
    expect(escapeUrl('https://x.org/a b{c}\\?q=1%20&r=%zz#frag')).toBe('https://x.org/a\\%20b\\%7Bc\\%7D\\%5C?q=1\\%20&r=\\%25zz\\#frag');
  });
});

describe('characters', () => {
  it('knows what pdfLaTeX can typeset with the class', () => {
    expect(charSupport('é')).toBe('native');
    expect(charSupport('→')).toBe('declared');
    expect(charSupport('┘')).toBe('boxdrawing');
    expect(charSupport('😀')).toBe('missing');
    expect(supportedCharacters().length).toBeGreaterThan(500);
  });

  it('declares every supported character beyond T1 in the class', () => {
    const cls = file('octavo-book.cls');
    expect(cls).toContain('\\DeclareUnicodeCharacter{2192}{\\ensuremath{\\rightarrow}}');
    expect(cls).toContain('\\DeclareUnicodeCharacter{03B1}{\\ensuremath{\\alpha}}');
  });
});

describe('code and math', () => {
  it('maps characters beyond ASCII in listings through the class', () => {
    expect(literate('x → y 😀')).toBe('{→}{{\\octavoUchar{→}}}1 {😀}{{\\octavomissingchar{1F600}}}1');
  });

  it('never lets source end its listing early', () => {
    expect(cleanSource('a\n\\end{octavolisting} b\n\tc\n\n', 'octavolisting')).toBe('a\n\\end\u200b{octavolisting} b\n    c');
  });

  it('keeps a % comment from swallowing the closing delimiter, and KaTeX line breaks inside math', () => {
    expect(inlineMath('a % b')).toBe('\\(a % b\n\\)');
    expect(displayMath('a \\\\ b\n\n c')).toBe('\\[\n\\begin{gathered}\na \\\\ b\n c\n\\end{gathered}\n\\]');
    expect(displayMath('x', { number: '22.1', anchor: 'q22-eq-x' })).toBe('\\begin{equation}\nx\n\\tag{22.1}\\label{q22-eq-x}\n\\end{equation}');
  });
});

describe('tableLayout', () => {
  it('keeps natural widths when the table fits the line', () => {
    expect(tableLayout([['Format', 'z'], ['float16', '11.1']], ['left', 'right'])).toEqual({
      wrap: false,
      columns: [
        { align: 'left', width: 'natural' },
        { align: 'right', width: 'natural' },
      ],
      spec: '@{}lr@{}',
    });
  });

  it('wraps long columns with shares that add up to their number, short ones natural', () => {
    const long = 'x'.repeat(100);
    const layout = tableLayout([['Q', 'Trap', 'Fix'], ['Q1', long, long.slice(0, 25)]], ['left', null, null]);
    expect(layout.wrap).toBe(true);
    expect(layout.columns[0]).toEqual({ align: 'left', width: 'natural' });
    const shares = layout.columns.slice(1).map((c) => c.width as number);
    expect(shares[0]).toBeGreaterThan(shares[1]!);
    expect(shares[0]! + shares[1]!).toBeCloseTo(2, 5);
    expect(layout.spec).toMatch(/^@\{\}l>\{\\hsize=1\.\d\d\\hsize\}L>\{\\hsize=0\.\d\d\\hsize\}L@\{\}$/);
  });
});

describe('keepLines', () => {
  it('asks for room for the unbreakable start of what follows a heading', () => {
    const table = book.chapters[0]!.questions[0]!.parts.find((p) => p.name === 'whyItFails')!.children.find((c) => c.type === 'table') as TableNode;
    const code = { type: 'code', language: 'python', source: 'a\nb\nc\nd\ne', runnable: false, anchor: 'x', path: 'x' } satisfies CodeNode;
    expect(keepLines(undefined)).toBe(3);
    expect(keepLines(code)).toBe(7);
    expect(keepLines(table)).toBeGreaterThanOrEqual(3 + 2 + 3);
  });
});

describe('the generated .bib', () => {
  it('writes biblatex fields, braces each author whole, spells braces out (BibTeX counts even escaped ones)', () => {
    const entry = bibEntry({ kind: 'paper', id: 'k1', type: 'misc', title: 'A & B_1 {x}', authors: ['Ann Lee, Jr.', 'Bo and Co'], year: 2020, venue: 'arXiv', arxiv: '1805.02867', url: 'https://x.org/{a}' });
    expect(entry).toBe(
      '@misc{k1,\n  author = {{Ann Lee, Jr.} and {Bo and Co}},\n  title = {A \\& B\\_1 \\textbraceleft{}x\\textbraceright{}},\n  howpublished = {arXiv},\n  date = {2020},\n  eprint = {1805.02867},\n  eprinttype = {arxiv},\n}\n',
    );
  });
});

describe('parseTexLog', () => {
  const source = ['\\octavoquestion{22}{Q22}{T}\\label{q22}', '% octavo: Q22 › The Trap Explained', 'text', '\\(\\minuso\\)'].join('\n');
  const log = [
    '(./main.tex (./questions/q22-softmax-trap.tex',
    './questions/q22-softmax-trap.tex:4: Undefined control sequence.',
    'l.4 \\(\\minuso',
    '             \\)',
    'Overfull \\hbox (12.5pt too wide) in paragraph at lines 3--3',
    'Missing character: There is no ^^e2 in font ppl!',
    ')',
    'LaTeX Warning: Reference `q99\' on page 3 undefined on input line 12.',
    ')',
  ].join('\n');

  it('maps errors and warnings to the question and part of the nearest marker', () => {
    const problems = parseTexLog(log, (file) => (file === 'questions/q22-softmax-trap.tex' ? source : undefined));
    expect(problems).toEqual([
      { severity: 'error', message: 'Undefined control sequence. (at "\\(\\minuso")', file: 'questions/q22-softmax-trap.tex', line: 4, where: 'Q22 › The Trap Explained' },
      { severity: 'warning', message: 'a line is 12.5pt too wide', file: 'questions/q22-softmax-trap.tex', line: 3, where: 'Q22 › The Trap Explained' },
      { severity: 'warning', message: 'no glyph for "^^e2" in font ppl', file: 'questions/q22-softmax-trap.tex' },
    ]);
  });
});

describe('renderLatex on the kitchen-sink book', () => {
  it('lays the project out as the plan says', () => {
    expect(files.map((f) => f.path).sort()).toEqual([
      'backmatter/appendix.tex',
      'backmatter/bibliography.tex',
      'backmatter/glossary.tex',
      'backmatter/index-terms.tex',
      'chapters/chapter01-numerics.tex',
      'frontmatter/introduction.tex',
      'frontmatter/question-index.tex',
      'frontmatter/titlepage.tex',
      'latexmkrc',
      'main.tex',
      'octavo-book.cls',
      'octavo-index.ist',
      'questions/q02-stable-softmax.tex',
      'references.bib',
    ]);
  });

  it.each(files.filter((f) => f.path !== 'octavo-book.cls').map((f) => [f.path, f] as const))('matches the golden file %s', async (path, f) => {
    await expect(decoder.decode(f.data)).toMatchFileSnapshot(`../../../test/golden/latex/kitchen-sink/${path}`);
  });

  it('is deterministic', () => {
    const again = renderLatex(book);
    expect(again.map((f) => decoder.decode(f.data))).toEqual(files.map((f) => decoder.decode(f.data)));
  });

  it('writes the plan\'s author-facing class API, in core\'s palette', () => {
    const cls = file('octavo-book.cls');
    expect(cls).toContain('\\DeclareOption{math}');
    expect(cls).toContain('\\DeclareOption{code}');
    expect(cls).toContain('\\newcommand\\newamzbox[5]');
    expect(cls).toContain('\\newcommand\\amzindex');
    for (const box of ['dfnbox', 'exbox', 'tecbox', 'thmbox', 'codebox', 'genbox', 'notebox']) expect(cls).toContain(`\\newamzbox{${box}}`);
    expect(cls).toContain(`\\newamzbox{trapbox}{trap}{Trap}{${BOX_PALETTE.trap.accent.slice(1).toUpperCase()}}{${BOX_PALETTE.trap.background.slice(1).toUpperCase()}}`);
    expect(cls).toContain(`\\newamzbox{paperbox}{paper}{Paper}{${BOX_PALETTE.paper.accent.slice(1).toUpperCase()}}`);
    expect(cls).not.toMatch(/amznotes\.cls|\\ProvidesClass\{amznotes\}/);
  });

  it('labels every cross-reference target and numbers citations in core\'s order', () => {
    const q = file('questions/q02-stable-softmax.tex');
    expect(q).toContain('\\octavoquestion{2}{Q2}{The “Stable” Softmax \\& \\textless{}Friends\\textgreater{}}\\label{q02}');
    expect(q).toContain('\\octavoref{q02-eq-shift}{Equation (2.1)}');
    expect(q).toContain('\\tag{2.1}\\label{q02-eq-shift}');
    expect(q).toContain('\\begin{trapbox}[caption={Trap 2.1}, label=q02-trap-overflow-trap]{Exponentials overflow}');
    expect(q).toContain('Exponentiate, then normalise (see Q1 (A Draft Question)).'); // a draft: text, no link
    expect(file('main.tex')).toContain('\\nocite{lse2021,online2018}');
  });

  it('marks every part for error messages', () => {
    const markers = file('questions/q02-stable-softmax.tex').match(/^% octavo: Q2 › [^›\n]+$/gm);
    expect(markers).toHaveLength(9);
  });

  it('has the small public API the docs describe', () => {
    expect(Object.keys(latex).sort()).toEqual([
      'BOX_ENVIRONMENTS',
      'FILES',
      'charSupport',
      'compileLatex',
      'defaultHandlers',
      'escapeCode',
      'escapeText',
      'escapeUrl',
      'formatTexProblem',
      'latexmkAvailable',
      'mdastHandlers',
      'parseTexLog',
      'renderLatex',
      'supportedCharacters',
      'tableLayout',
    ]);
  });
});
