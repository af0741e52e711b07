// The direct PDF of the real book, checked with the tools a reader's machine has: qpdf, pdffonts,
// pdftotext (poppler). Slow-ish (two builds of the whole book), so everything shares them.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PhrasingContent, RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import { compileBook, type QuestionNode } from '@octavo/core';
import { layoutBook } from '@octavo/pdf';
import book from '../content/index.js';
import { octavo, tempDir } from './helpers.js';

const first = tempDir('octavo-pdf-');
const second = tempDir('octavo-pdf-');
const runs = [octavo(['build', '--format', 'pdf', '--out', first]), octavo(['build', '--format', 'pdf', '--out', second])];
const resolved = compileBook(book).book!;
const pdf = join(first, 'pdf', `${resolved.meta.slug}.pdf`);
const questions = resolved.chapters.flatMap((chapter) => chapter.questions);

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
/** Text of physical pages (from 1), the running header and footer cropped away. */
const bodyText = (from?: number, to?: number, layout = false) =>
  run('pdftotext', [...(from ? ['-f', String(from), '-l', String(to ?? from)] : []), ...(layout ? ['-layout'] : []), '-x', '0', '-y', '56', '-W', '504', '-H', '612', pdf, '-']);

/**
 * What a reader can compare: straight quotes, no hyphens (poppler joins a word hyphenated at a line
 * end and drops the hyphen, soft or hard), single spaces.
 */
const normalise = (text: string) =>
  text
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\u00A0/g, ' ')
    .replace(/-/g, '')
    // Lines may also break after dashes, and inline code after = . _ / ( , (as LaTeX's \allowbreak).
    .replace(/([\u2014\u2013/=._(,])\s+/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/** A paragraph's runs of plain text; math and references (whose shown form adds page numbers) split them. */
function segments(nodes: readonly PhrasingContent[]): string[] {
  const out: string[] = [''];
  const walk = (node: PhrasingContent) => {
    if (node.type === 'text' || node.type === 'inlineCode') out[out.length - 1] += node.value;
    else if (node.type === 'octavoIndexTerm' || node.type === 'octavoGlossaryRef') out[out.length - 1] += node.text;
    else if (node.type === 'octavoCite') out[out.length - 1] += `[${node.number}]`;
    else if ('children' in node) (node.children as PhrasingContent[]).forEach(walk);
    else out.push('');
  };
  nodes.forEach(walk);
  return out.map(normalise).filter((segment) => segment.length >= 4);
}

/** Every prose paragraph of a question, in reading order (boxes included, code and tables not). */
function paragraphs(question: QuestionNode): PhrasingContent[][] {
  const found: PhrasingContent[][] = [];
  const flow = (node: RootContent) => {
    if (node.type === 'paragraph') found.push(node.children);
    else if (node.type !== 'code' && node.type !== 'table' && 'children' in node) (node.children as RootContent[]).forEach(flow);
  };
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const value = node as { type?: string; tree?: { children: RootContent[] }; children?: unknown[]; parts?: unknown[] };
    if (value.type === 'prose') value.tree!.children.forEach(flow);
    else if (value.type === 'paperNote') return;
    for (const child of value.parts ?? value.children ?? []) visit(child);
  };
  visit(question);
  return found;
}

const outlines = () =>
  JSON.parse(run('qpdf', ['--json', '--json-key=outlines', '--json-key=pagelabels', pdf])) as {
    outlines: { title: string; destpageposfrom1: number; kids: { title: string; destpageposfrom1: number }[] }[];
    pagelabels: { index: number; label: { '/S': string } }[];
  };

describe('the PDF of the real book', () => {
  it('builds, twice, into byte-identical files', () => {
    expect(runs.map((r) => r.code), runs.map((r) => r.stderr).join('\n')).toEqual([0, 0]);
    expect(runs[0]!.stderr).toMatch(/pdf: 1 files, \d+ KiB in \d+ ms/);
    expect(readFileSync(pdf).equals(readFileSync(join(second, 'pdf', `${resolved.meta.slug}.pdf`)))).toBe(true);
  });

  it('passes qpdf --check', () => {
    expect(run('qpdf', ['--check', pdf])).toMatch(/No syntax or stream encoding errors found/);
  });

  it('embeds every font it uses (pdffonts)', () => {
    const rows = run('pdffonts', [pdf]).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const row of rows) expect(row, row).toMatch(/\byes\s+yes\s+yes\s+\d+\s+\d+\s*$/);
    expect(rows.join('\n')).toMatch(/NotoSerif-Regular/);
    expect(rows.join('\n')).toMatch(/DejaVuSansMono/);
  });

  it("has every written question's title and paragraphs in reading order, words whole", () => {
    const text = normalise(bodyText());
    expect(text).not.toMatch(/\uFFFD/);
    for (const question of questions) {
      let at = text.indexOf(normalise(`${question.label} ${question.title}`));
      expect(at, question.title).toBeGreaterThanOrEqual(0);
      const checked = paragraphs(question).flatMap(segments);
      expect(checked.length, question.id).toBeGreaterThan(40);
      for (const segment of checked) {
        const found = text.indexOf(segment, at);
        expect(found, `${question.id}: "${segment.slice(0, 80)}"`).toBeGreaterThanOrEqual(at);
        at = found;
      }
    }
  });

  it('has a bookmark per question that opens the question', () => {
    const { outlines: entries } = outlines();
    const kids = entries.flatMap((entry) => entry.kids);
    for (const question of questions) {
      const bookmark = kids.find((kid) => kid.title === `${question.label}. ${question.title}`);
      expect(bookmark, question.id).toBeDefined();
      expect(normalise(bodyText(bookmark!.destpageposfrom1))).toContain(normalise(`${question.label} ${question.title}`));
    }
  });

  it('prints in the contents and the indexes the pages the targets are really on', () => {
    const { outlines: entries, pagelabels } = outlines();
    const firstArabic = pagelabels.find((range) => range.label['/S'] === '/D')!.index;
    const physical = (label: string) => firstArabic + Number(label);
    // Contents: each question's printed page holds its title.
    const contents = bodyText(entries.find((entry) => entry.title === 'Contents')!.destpageposfrom1, undefined, true);
    for (const question of questions) {
      const printed = new RegExp(`${question.label}\\s+${question.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ .]*?(\\d+)\\s*$`, 'm').exec(contents)?.[1];
      expect(printed, question.id).toBeDefined();
      expect(normalise(bodyText(physical(printed!))), question.id).toContain(normalise(`${question.label} ${question.title}`));
    }
    // Concept index: the pages listed for each entry are the pages its terms are on, and each
    // of those pages shows the term.
    const layout = layoutBook(resolved);
    const terms = new Map<string, string>();
    JSON.stringify(resolved, (_key, value: { type?: string; anchor?: string; text?: string }) => {
      if (value?.type === 'octavoIndexTerm' && value.anchor) terms.set(value.anchor, value.text!);
      return value;
    });
    const conceptIndex = resolved.back.find((node) => node.type === 'conceptIndex')!;
    const start = entries.find((entry) => entry.title === conceptIndex.title)!.destpageposfrom1;
    const printed = bodyText(start, start + 4, true);
    let checked = 0;
    for (const entry of conceptIndex.entries.filter((e) => e.locations.length > 0)) {
      const line = new RegExp(`^\\s*${entry.entry.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, ([\\d, ]+)$`, 'm').exec(printed);
      if (!line) continue; // wrapped entries are checked through their layout below
      const pages = line[1]!.split(',').map((page) => page.trim()).filter(Boolean);
      const expected = [...new Set(entry.locations.map((location) => layout.anchors[location.anchor]!.label))];
      expect(pages, entry.entry).toEqual(expected);
      for (const location of entry.locations) {
        const page = normalise(bodyText(physical(layout.anchors[location.anchor]!.label))).toLowerCase();
        // The term starts on its page (it may run over to the next).
        const term = normalise(terms.get(location.anchor)!).toLowerCase().split(' ')[0]!;
        expect(page, `${entry.entry} on p. ${layout.anchors[location.anchor]!.label}`).toContain(term);
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });
});
