/**
 * @octavo/epub — the resolved book as an EPUB 3: the HTML renderer's handlers wrapped in XHTML (as
 * pandoc's EPUB writer wraps its HTML writer), packaged with epub-gen-memory, then finished around
 * it: our own package document, navigation and chapter templates; MathML attributes let through
 * its sanitiser; fixed zip dates so two builds are byte-identical.
 */
import { createRequire } from 'node:module';
import * as epubGen from 'epub-gen-memory';
import type { OutputFile, ResolvedBook } from '@octavo/core';
import { outputFile } from '@octavo/core';
import { renderPageContent, sitePages, StyleSheet, type Page } from '@octavo/html';
import { chapterXhtml, contentOpf, tocXhtml } from './templates.js';
import { epubCss } from './css.js';
import { coverSvg } from './cover.js';

export interface EpubOptions {
  /** Hide the solution and interview answer behind `<details>` (readers without it show all). Default: true. */
  practice?: boolean;
  /** `dcterms:modified`; default: derived from the book's date, so builds are reproducible. */
  modified?: string;
}

// epub-gen-memory is CommonJS: depending on the loader its named exports sit on the namespace or
// one level down, under `default`.
type EPubConstructor = new (options: object, chapters: object[]) => EPubInstance;
const epubModule = epubGen as unknown as { EPub?: EPubConstructor; default?: { EPub?: EPubConstructor } };
const EPub = (epubModule.EPub ?? epubModule.default?.EPub)!;
interface EPubInstance {
  uuid: string;
  zip: { files: Record<string, { date: Date }>; remove(path: string): void; generateAsync(options: object): Promise<Uint8Array> };
  render(): Promise<unknown>;
}

/** Attributes epub-gen-memory's sanitiser drops although EPUB 3 allows them (MathML, tables, lists). */
const EXTRA_ATTRIBUTES = [
  'xmlns', 'alttext', 'display', 'displaystyle', 'mathvariant', 'stretchy', 'fence', 'form', 'separator', 'lspace', 'rspace',
  'movablelimits', 'accent', 'accentunder', 'width', 'height', 'depth', 'voffset', 'columnalign', 'rowalign', 'columnspacing',
  'rowspacing', 'columnlines', 'rowlines', 'frame', 'scriptlevel', 'symmetric', 'largeop', 'minsize', 'maxsize', 'linethickness',
  'mathcolor', 'mathbackground', 'notation', 'encoding', 'value', 'scope', 'start',
];
function allowEpub3Attributes(): void {
  const require = createRequire(import.meta.url);
  const constants = require('epub-gen-memory/dist/lib/util/constants.js') as { allowedAttributes: string[] };
  for (const name of EXTRA_ATTRIBUTES) if (!constants.allowedAttributes.includes(name)) constants.allowedAttributes.push(name);
}

/** `2025` → `2025-01-01T00:00:00Z`: a fixed, valid `dcterms:modified`. */
function modifiedFrom(date: string): string {
  const [year = '2000', month = '01', day = '01'] = date.match(/\d+/g) ?? [];
  return `${year.padStart(4, '0')}-${month.padStart(2, '0')}-${day.padStart(2, '0')}T00:00:00Z`;
}

const EPUB_TYPE: Record<Page['kind'], string> = {
  home: 'frontmatter',
  section: 'frontmatter',
  questionIndex: 'frontmatter',
  chapter: 'bodymatter',
  question: 'bodymatter',
  bibliography: 'backmatter',
  glossary: 'backmatter',
  conceptIndex: 'backmatter',
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The contents: front matter, chapters → questions → parts, back matter. */
function navigation(book: ResolvedBook, file: (page: string) => string): string {
  const item = (href: string, label: string, nested = '') => `<li><a href="${escape(href)}">${escape(label)}</a>${nested}</li>`;
  const list = (items: string[]) => (items.length ? `<ol>${items.join('')}</ol>` : '');
  return list([
    ...book.front.map((node) => item(file(node.anchor), node.title)),
    ...book.chapters.map((chapter) =>
      item(
        file(chapter.id),
        `Chapter ${chapter.number}: ${chapter.title}`,
        list(chapter.questions.map((q) => item(file(q.id), `${q.label}. ${q.title}`, list(q.parts.map((part) => item(`${file(q.id)}#${part.anchor}`, part.title)))))),
      ),
    ),
    ...book.back.map((node) => item(file(node.anchor), node.title)),
  ]);
}

function landmarks(book: ResolvedBook, file: (page: string) => string): string {
  const first = book.chapters[0];
  const mark = (type: string, href: string, label: string) => `<li><a epub:type="${type}" href="${escape(href)}">${escape(label)}</a></li>`;
  const back = (type: string) => book.back.find((node) => node.type === type);
  return `<ol>${[
    mark('cover', 'cover.xhtml', 'Cover'),
    mark('toc', 'toc.xhtml#toc', 'Contents'),
    ...(first ? [mark('bodymatter', file(first.id), 'Start of content')] : []),
    ...[['bibliography', 'bibliography'], ['glossary', 'glossary'], ['index', 'conceptIndex']].flatMap(([type, node]) => {
      const found = back(node!);
      return found ? [mark(type!, file(found.anchor), found.title)] : [];
    }),
  ].join('')}</ol>`;
}

/** XHTML needs MathML in its namespace; the HTML serialiser leaves it implicit. */
const namespaceMath = (html: string) => html.replace(/<math(?![^>]*\bxmlns=)/g, '<math xmlns="http://www.w3.org/1998/Math/MathML"');

/** The EPUB renderer: resolved book → `<book-slug>.epub`. */
export async function renderEpub(book: ResolvedBook, options: EpubOptions = {}): Promise<OutputFile[]> {
  const { meta } = book;
  const pages: Page[] = sitePages(book)
    .filter((page) => page.kind !== 'home')
    .map((page) => ({ ...page, file: page.file.replace(/\.html$/, '.xhtml') }));
  const file = (id: string) => pages.find((page) => page.id === id)?.file ?? 'toc.xhtml';
  const styles = new StyleSheet();
  const cover = `<section class="cover" epub:type="titlepage"><h1>${escape(meta.title)}</h1>${meta.subtitle ? `<p class="subtitle">${escape(meta.subtitle)}</p>` : ''}<p>${escape(meta.author)}</p><p>${escape(meta.date)}</p></section>`;
  const chapters = [
    { title: meta.title, filename: 'cover.xhtml', content: cover, beforeToc: true, excludeFromToc: true, epubType: 'cover' },
    ...pages.map((page) => ({
      title: page.title,
      filename: page.file,
      content: namespaceMath(renderPageContent(book, pages, page.id, styles, { practice: options.practice ?? true })),
      epubType: EPUB_TYPE[page.kind],
    })),
  ].map((chapter, index) => ({ ...chapter, id: `c${String(index).padStart(3, '0')}` }));

  allowEpub3Attributes();
  const epub = new EPub(
    {
      title: meta.title,
      author: meta.author,
      publisher: meta.author,
      description: meta.description ?? '',
      lang: meta.language,
      date: modifiedFrom(meta.date),
      tocTitle: 'Contents',
      prependChapterTitles: false,
      numberChaptersInTOC: false,
      css: epubCss(styles.css()),
      cover: new File([coverSvg(meta)], 'cover.svg', { type: 'image/svg+xml' }),
      contentOPF: contentOpf,
      tocXHTML: tocXhtml,
      chapterXHTML: chapterXhtml,
      octavo: {
        subtitle: meta.subtitle ?? '',
        date: meta.date,
        modified: options.modified ?? modifiedFrom(meta.date),
        accessibilitySummary:
          'Text with structural navigation (contents down to each part of every question), headings, landmarks and an index. Mathematics is MathML with its TeX source as alternative text; code is text with colour as enhancement only. No hazards.',
        toc: navigation(book, file),
        landmarks: landmarks(book, file),
      },
      verbose: false,
    },
    chapters,
  );
  epub.uuid = meta.identifier;
  await epub.render();
  // EPUB 3 readers navigate by toc.xhtml; the EPUB 2 toc.ncx it always writes is not in our manifest.
  epub.zip.remove('OEBPS/toc.ncx');
  // Fixed dates: the only thing that differed between two builds of the same book.
  const fixed = new Date(Date.UTC(2000, 0, 1));
  for (const entry of Object.values(epub.zip.files)) entry.date = fixed;
  const data = await epub.zip.generateAsync({
    type: 'uint8array',
    mimeType: 'application/epub+zip',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
  return [outputFile(`${meta.slug}.epub`, data)];
}
