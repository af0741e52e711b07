import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { FONT_FILES, fontPath, textWidth, type FontId } from '../fonts.js';
import { mathOps } from './svg.js';
import type { Item, LaidOutBook, MathItem, OutlineEntry } from '../layout/types.js';

type Doc = InstanceType<typeof PDFDocument>;

/**
 * The creation date written into the PDF: fixed, derived from the book's date (its first year),
 * so two builds of the same book are byte-identical (pdfkit derives the document id from it).
 */
export function creationDate(date: string): Date {
  const year = /\b(1[89]\d\d|2\d\d\d)\b/.exec(date)?.[1] ?? '2000';
  return new Date(`${year}-01-01T00:00:00Z`);
}

const rgb = (hex: string) => {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255].map((c) => Math.round((c / 255) * 1000) / 1000).join(' ');
};

/** Each distinct formula is written once, as a form XObject, and placed wherever it occurs. */
type Forms = Map<string, { name: string; ref: unknown } | null>;

function formFor(doc: Doc, forms: Forms, item: MathItem) {
  let form = forms.get(item.svg);
  if (form !== undefined) return form;
  const ops = mathOps(item.svg);
  form = null;
  if (ops !== null) {
    const width = item.width / item.size;
    const height = item.height / item.size;
    const ref = doc.ref({ Type: 'XObject', Subtype: 'Form', FormType: 1, BBox: [-1, -1, width + 1, height + 1], Resources: {} });
    (ref as unknown as { end(data: string): void }).end(ops);
    form = { name: `Fm${forms.size + 1}`, ref };
  }
  forms.set(item.svg, form);
  return form;
}

/** Math: its compiled paths (or svg-to-pdfkit), and over them its TeX in invisible text for search and copy. */
function drawMath(doc: Doc, forms: Forms, item: MathItem) {
  const form = formFor(doc, forms, item);
  if (form !== null) {
    (doc.page as unknown as { xobjects: Record<string, unknown> }).xobjects[form.name] = form.ref;
    // The form takes the fill colour of where it is drawn.
    doc.addContent(`q ${rgb(item.color)} rg ${item.size} 0 0 ${item.size} ${item.x} ${item.y} cm /${form.name} Do Q`);
  } else {
    SVGtoPDF(doc as never, item.svg.replaceAll('currentColor', item.color), item.x, item.y, {
      width: item.width,
      height: item.height,
      preserveAspectRatio: 'xMinYMin meet',
      // MathJax draws glyphs its TeX fonts lack (𝟙, arrows in \text) as SVG text: use embedded DejaVu.
      fontCallback: (_family: string, bold: boolean, italic: boolean) => (bold && italic ? 'symbolBoldItalic' : bold ? 'symbolBold' : italic ? 'symbolItalic' : 'symbol'),
    });
  }
  const size = Math.max(4, Math.min(item.height, 10));
  const natural = textWidth('serif', item.tex, size);
  if (natural <= 0) return;
  doc.save();
  // Text render mode 3 (neither fill nor stroke): present for extraction, never seen.
  doc.addContent('3 Tr');
  doc
    .font('serif')
    .fontSize(size)
    .text(item.tex, item.x, item.y + item.height * 0.75, { lineBreak: false, baseline: 'alphabetic', horizontalScaling: (item.width / natural) * 100 } as PDFKit.Mixins.TextOptions);
  doc.restore();
}

function draw(doc: Doc, forms: Forms, item: Item) {
  switch (item.kind) {
    case 'text':
      doc.font(item.font).fontSize(item.size).fillColor(item.color).text(item.text, item.x, item.y, { lineBreak: false, baseline: 'alphabetic', ...(item.wordSpacing ? { wordSpacing: item.wordSpacing } : {}) });
      return;
    case 'rect': {
      const path = item.radius ? doc.roundedRect(item.x, item.y, item.width, item.height, item.radius) : doc.rect(item.x, item.y, item.width, item.height);
      if (item.fill && item.stroke) path.lineWidth(item.lineWidth ?? 0.6).fillAndStroke(item.fill, item.stroke);
      else if (item.fill) path.fill(item.fill);
      else if (item.stroke) path.lineWidth(item.lineWidth ?? 0.6).stroke(item.stroke);
      return;
    }
    case 'rule':
      doc.moveTo(item.x1, item.y1).lineTo(item.x2, item.y2).lineWidth(item.width).stroke(item.color);
      return;
    case 'math':
      drawMath(doc, forms, item);
      return;
    case 'link':
      if ('anchor' in item.to) doc.goTo(item.x, item.y, item.width, item.height, item.to.anchor, {});
      else doc.link(item.x, item.y, item.width, item.height, item.to.url, {});
      return;
    case 'anchor':
      doc.addNamedDestination(item.name, 'XYZ', item.x, Math.max(0, item.y - 6), null);
      return;
  }
}

/** Bookmarks that open named destinations, so they land where links land. */
function addOutline(doc: Doc, entries: readonly OutlineEntry[], parent: { addItem(title: string, options?: object): unknown }) {
  for (const entry of entries) {
    const item = parent.addItem(entry.title, { pageNumber: 0 }) as { outlineData: Record<string, unknown>; addItem(title: string, options?: object): unknown };
    item.outlineData.Dest = new String(entry.anchor);
    addOutline(doc, entry.children, item);
  }
}

/** Draws laid-out pages with pdfkit, embedding (subsets of) the book's fonts. */
export function drawPdf(layout: LaidOutBook): Promise<Uint8Array> {
  const { meta, geometry } = layout;
  const created = creationDate(meta.date);
  const doc = new PDFDocument({
    autoFirstPage: false,
    compress: true,
    pdfVersion: '1.7',
    displayTitle: true,
    lang: meta.language,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subtitle ?? meta.description ?? meta.title,
      Keywords: meta.identifier,
      Creator: 'Octavo',
      Producer: 'Octavo with PDFKit',
      CreationDate: created,
      ModDate: created,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  for (const id of Object.keys(FONT_FILES) as FontId[]) doc.registerFont(id, fontPath(id));
  const forms: Forms = new Map();
  for (const page of layout.pages) {
    doc.addPage({ size: [geometry.width, geometry.height], margin: 0 });
    for (const item of page.items) draw(doc, forms, item);
  }
  addOutline(doc, layout.outline, doc.outline as never);
  // Viewers show the printed numbers: roman for the front matter, arabic from the first chapter.
  const root = (doc as unknown as { _root: { data: Record<string, unknown> } })._root;
  const labels = doc.ref({ Nums: [0, { S: 'r' }, ...(layout.firstArabicPage > 0 ? [layout.firstArabicPage, { S: 'D' }] : [])] });
  (labels as unknown as { end(): void }).end();
  root.data.PageLabels = labels;
  root.data.PageMode = 'UseOutlines';
  doc.end();
  return done;
}
