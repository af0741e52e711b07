import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Book } from '../model/book.js';
import type { Paper } from '../model/paper.js';
import type { Location } from '../prose/nodes.js';
import type { BibliographyEntry, GlossaryEntry, IndexEntry, QuestionNode } from '../tree/types.js';
import type { BuildResult } from './build.js';
import { GENERATED_PAGES } from './names.js';

/** Per-question counts the link pass learns: prose words (per part) and questions referenced. */
export interface LinkStats {
  words: Map<string, number>;
  crossRefs: Map<string, Set<string>>;
}

const WORD = /[\p{L}\p{N}]/u;
const countWords = (text: string) => text.split(/\s+/).filter((word) => WORD.test(word)).length;

/** Prose words of a tree: text and terms count; code, math and references do not. */
export function proseWords(tree: Root): number {
  let words = 0;
  visit(tree, (node) => {
    if (node.type === 'text') words += countWords(node.value);
    else if (node.type === 'octavoIndexTerm') words += countWords(node.text);
    else if (node.type === 'octavoGlossaryRef') words += countWords(node.text || 'term');
    else if (node.type === 'code' || node.type === 'math') return 'skip';
    return undefined;
  });
  return words;
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Resolves every cross-reference, citation, index term and glossary use, in book order, and
 * builds the bibliography (in order of first citation), glossary and concept index.
 */
export function resolveLinks(book: Book, built: BuildResult) {
  const { ctx } = built;
  const papers = new Map(book.papers.map((paper) => [paper.id, paper]));
  const glossaryById = new Map(book.glossary.map((entry) => [entry.id, entry]));
  const bibliography = new Map<string, BibliographyEntry>();
  const glossaryUses = new Map<string, Location[]>();
  type IndexBucket = { locations: Location[]; subs: Map<string, Location[]> };
  const index = new Map<string, IndexBucket>();
  const stats: LinkStats = { words: new Map(), crossRefs: new Map() };
  let citeCount = 0;
  let termCount = 0;
  let glossCount = 0;

  const bibEntry = (paper: Paper): BibliographyEntry => {
    let entry = bibliography.get(paper.id);
    if (!entry) {
      entry = { paper, number: bibliography.size + 1, anchor: `bib-${paper.id}`, citedAt: [] };
      bibliography.set(paper.id, entry);
    }
    return entry;
  };
  const bibLocation = (entry: BibliographyEntry): Location => ({
    page: GENERATED_PAGES.bibliography,
    anchor: entry.anchor,
    section: GENERATED_PAGES.bibliography,
    label: `[${entry.number}]`,
  });
  const unknownPaper = (id: string) =>
    `unknown citation "${id}": add the paper to the book's papers (or fix the key)`;

  for (const job of ctx.jobs) {
    if ('paperNote' in job) {
      const paper = papers.get(job.paperNote.paper.id);
      if (!paper) {
        ctx.report('unknown-citation', job.path, unknownPaper(job.paperNote.paper.id));
        continue;
      }
      const entry = bibEntry(paper);
      entry.citedAt.push(job.where);
      Object.assign(job.paperNote, { paper, citation: entry.number, entry: bibLocation(entry) });
      continue;
    }
    const { tree, where, path, questionId } = job;
    if (questionId) {
      const [, part = ''] = path.split(' › ');
      const key = `${questionId} › ${part.replace(/\[.*$/, '')}`;
      stats.words.set(key, (stats.words.get(key) ?? 0) + proseWords(tree));
    }
    visit(tree, (node) => {
      switch (node.type) {
        case 'octavoXref': {
          const target = ctx.targets.get(node.target);
          if (!target) {
            ctx.report('unknown-reference', path, `unknown reference "${node.target}"`);
            return;
          }
          const referenced = node.target.split('#')[0]!;
          // Inside its own question a part is just "The Solution", not "Q1, The Solution".
          node.resolved = target.kind === 'part' && referenced === questionId ? { ...target, text: target.title } : target;
          if (questionId && /^q\d+$/.test(referenced) && referenced !== questionId) {
            if (!stats.crossRefs.has(questionId)) stats.crossRefs.set(questionId, new Set());
            stats.crossRefs.get(questionId)!.add(referenced);
          }
          return;
        }
        case 'octavoCite': {
          const paper = papers.get(node.paperId);
          if (!paper) {
            ctx.report('unknown-citation', path, unknownPaper(node.paperId));
            return;
          }
          const entry = bibEntry(paper);
          node.anchor = `cite-${++citeCount}`;
          node.number = entry.number;
          node.entry = bibLocation(entry);
          entry.citedAt.push({ ...where, anchor: node.anchor });
          return;
        }
        case 'octavoIndexTerm': {
          node.anchor = `idx-${++termCount}`;
          const entry: IndexBucket = index.get(node.entry) ?? { locations: [], subs: new Map() };
          index.set(node.entry, entry);
          const location = { ...where, anchor: node.anchor };
          if (node.sub) entry.subs.set(node.sub, [...(entry.subs.get(node.sub) ?? []), location]);
          else entry.locations.push(location);
          return;
        }
        case 'octavoGlossaryRef': {
          const entry = glossaryById.get(node.termId);
          if (!entry) {
            ctx.report('unknown-glossary-term', path, `unknown glossary term "${node.termId}"`);
            return;
          }
          node.text ||= entry.term;
          node.anchor = `gl-${++glossCount}`;
          node.definition = { page: GENERATED_PAGES.glossary, anchor: `gloss-${entry.id}`, section: GENERATED_PAGES.glossary, label: entry.term };
          glossaryUses.set(entry.id, [...(glossaryUses.get(entry.id) ?? []), { ...where, anchor: node.anchor }]);
          return;
        }
        default:
          return;
      }
    });
  }

  for (const paper of book.papers) {
    if (!bibliography.has(paper.id)) ctx.report('paper-never-cited', `papers › ${paper.id}`, `"${paper.title}" is in the book's papers but never cited`);
  }

  const glossary: GlossaryEntry[] = book.glossary
    .map((entry) => ({
      id: entry.id,
      term: entry.term,
      anchor: `gloss-${entry.id}`,
      definition: built.definitions.get(entry.id)!,
      usedAt: glossaryUses.get(entry.id) ?? [],
    }))
    .sort((a, b) => byName(a.term, b.term));
  for (const entry of glossary) {
    if (entry.usedAt.length === 0) ctx.report('glossary-term-unused', `glossary › ${entry.id}`, `"${entry.term}" is never referenced with gloss()`);
  }

  const conceptIndex: IndexEntry[] = [...index.entries()]
    .map(([entry, { locations, subs }]) => ({
      entry,
      locations,
      subentries: [...subs.entries()].map(([sub, subLocations]) => ({ sub, locations: subLocations })).sort((a, b) => byName(a.sub, b.sub)),
    }))
    .sort((a, b) => byName(a.entry, b.entry));

  const questions: QuestionNode[] = built.chapters.flatMap((chapter) => chapter.questions);
  for (const question of questions) {
    const source = book.chapters.flatMap((c) => c.questions).find((q) => q.id === question.id)!;
    for (const [i, related] of source.related.entries()) {
      const target = ctx.targets.get(related);
      if (target) question.related.push(target);
      else ctx.report('unknown-related-question', `${question.id} › related[${i}]`, `unknown question "${related}"`);
    }
  }

  return { bibliography: [...bibliography.values()], glossary, conceptIndex, questions, stats };
}

/** The plain text of prose, as a reader sees it (references show their text), for search and alt text. */
export function proseText(tree: Root): string {
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'inlineMath') parts.push(node.value);
    else if (node.type === 'octavoIndexTerm' || node.type === 'octavoGlossaryRef') parts.push(node.text);
    else if (node.type === 'octavoXref') parts.push(node.text ?? node.resolved?.text ?? node.target);
    else if (node.type === 'octavoCite') parts.push(node.number ? `[${node.number}]` : '');
    else if (node.type === 'code' || node.type === 'math') return 'skip';
    else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'listItem' || node.type === 'tableCell') parts.push(' ');
    return undefined;
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}
