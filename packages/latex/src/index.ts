/**
 * @octavo/latex — the resolved book as a LaTeX print project laid out as the book plan's §9:
 * `main.tex`, `frontmatter/`, `chapters/`, `questions/`, `backmatter/`, a `.bib` from the papers,
 * a `latexmkrc` and Octavo's own document class, `octavo-book.cls`. `compileLatex` runs latexmk
 * on it and maps TeX's errors back to the question and part they came from.
 */
import { outputFile, type Handlers, type OutputFile, type ResolvedBook } from '@octavo/core';
import { createState, type LatexState, type Tex } from './state.js';
import { defaultHandlers } from './handlers/index.js';
import { emptyGenerated, titlePage } from './handlers/book.js';
import { documentClass, BOX_ENVIRONMENTS } from './class/octavo-book.js';
import { mdastHandlers, proseRenderers, type MdastHandlers } from './mdast/index.js';
import { bibFile } from './util/bib.js';
import { FILES, chapterFile, frontFile, questionFile } from './util/files.js';
import { indexStyle, latexmkrc } from './util/project.js';
import { indexKeys } from './util/index-keys.js';

export interface LatexOptions {
  /** Override any book node's handler: `{ handlers: { box: myBox } }`. */
  handlers?: Partial<Handlers<Tex, LatexState>>;
  /** Override any prose (mdast) node's handler. */
  proseHandlers?: Partial<MdastHandlers>;
}

/** The LaTeX renderer: resolved book → the files of a print project. Pure: no I/O. */
export function renderLatex(book: ResolvedBook, options: LatexOptions = {}): OutputFile[] {
  const handlers = { ...defaultHandlers, ...options.handlers };
  const prose = proseRenderers({ ...mdastHandlers, ...options.proseHandlers } as MdastHandlers);
  const index = indexKeys(book);
  const render = (node: Parameters<LatexState['one']>[0]) => createState(book, handlers, prose, index).one(node);
  const text = (body: string) => body.replace(/\s*$/, '\n');
  const skip = emptyGenerated(book);

  const files: [string, string][] = [
    [FILES.main, render(book)],
    [FILES.documentClass, documentClass()],
    [FILES.latexmkrc, latexmkrc()],
    [FILES.indexStyle, indexStyle()],
    [FILES.titlePage, titlePage(book.meta)],
  ];
  const appendix: string[] = [];
  for (const node of book.front) {
    files.push([node.type === 'questionIndex' ? FILES.questionIndex : frontFile(node), render(node)]);
  }
  for (const chapter of book.chapters) {
    files.push([chapterFile(chapter), render(chapter)]);
    for (const question of chapter.questions) files.push([questionFile(question), render(question)]);
  }
  for (const node of book.back) {
    if (node.type === 'section') appendix.push(render(node));
    // The .bib is written even when empty: main.tex always names it.
    else if (node.type === 'bibliography') files.push([FILES.bibliographyChapter, render(node)], [FILES.bibliography, bibFile(node.entries)]);
    else if (node.type === 'glossary') files.push([FILES.glossary, render(node)]);
    else files.push([FILES.indexTerms, render(node)]);
  }
  if (appendix.length) files.push([FILES.appendix, appendix.join('\n\n')]);
  return files.filter(([path]) => !skip.has(path)).map(([path, body]) => outputFile(path, text(body)));
}

export { defaultHandlers, mdastHandlers, BOX_ENVIRONMENTS, FILES };
export { escapeText, escapeCode, escapeUrl } from './util/escape.js';
export { tableLayout, type TableLayout, type ColumnLayout } from './util/table-layout.js';
export { charSupport, supportedCharacters } from './util/unicode.js';
export { compileLatex, latexmkAvailable, parseTexLog, formatTexProblem, type CompileOptions, type CompileReport, type TexProblem } from './compile.js';
export type { LatexState, Tex, MdastHandlers };
