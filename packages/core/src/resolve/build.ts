import type { Root, PhrasingContent, ListItem, BlockContent, DefinitionContent } from 'mdast';
import type { Book, Section } from '../model/book.js';
import type { Block, InnerBlock } from '../model/block.js';
import { CODE_LANGUAGES } from '../model/block.js';
import type { Chapter } from '../model/chapter.js';
import type { CompleteQuestion, Question } from '../model/question.js';
import { dedent, type Prose } from '../model/prose.js';
import { PART_NAMES, type PartName } from '../model/register.js';
import { checkTex, parseProse } from '../prose/parse.js';
import type { Location, ResolvedTarget } from '../prose/nodes.js';
import { diagnostic, joinPath, type Diagnostic } from '../check/diagnostics.js';
import type {
  BlockNode,
  BoxNode,
  ChapterNode,
  InnerNode,
  PartNode,
  QuestionNode,
  SectionNode,
  SubsectionNode,
  PaperNoteNode,
} from '../tree/types.js';
import { BOX_NAMES, GENERATED_PAGES, GENERATED_TITLES, PART_SLUGS, PART_TITLES, SUBSECTION_TITLES, questionLabel } from './names.js';

/** Prose waiting for its links to be resolved, with where it sits. */
export interface LinkJob {
  tree: Root;
  where: Location;
  path: string;
  /** The question it belongs to, for per-question statistics. */
  questionId?: string;
}

/** Statistics gathered while building, consumed by the quality rules. */
export interface QuestionStats {
  examples: number;
  followUps: number;
  takeaways: number;
  papers: number;
  papersWithoutNotes: number;
  runnableCode: number;
  runnableWithoutOutput: string[];
  emptyParts: PartName[];
}

/** Mutable state of one build pass: the current page, path and counters. */
class BuildContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly targets = new Map<string, ResolvedTarget>();
  readonly jobs: (LinkJob | { paperNote: PaperNoteNode; where: Location; path: string })[] = [];
  readonly stats = new Map<string, QuestionStats>();
  page = '';
  section = '';
  sectionLabel = '';
  question?: { id: string; number: number; counters: Map<string, number>; labels: Set<string> };
  private pageCounters = new Map<string, number>();

  report(ruleId: Parameters<typeof diagnostic>[0], path: string, message: string) {
    this.diagnostics.push(diagnostic(ruleId, path, message));
  }

  where(anchor = this.section): Location {
    return { page: this.page, anchor, section: this.section, label: this.sectionLabel };
  }

  /** Next number of a counter scoped to the current question (or page, outside questions). */
  next(kind: string): number {
    const counters = this.question?.counters ?? this.pageCounters;
    const key = this.question ? kind : `${this.page}:${kind}`;
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  }
}

/** Removes the blank first line and the common indentation of a template literal. */
const literal = (text: string) => dedent(text).replace(/\s+$/, '');

function buildProse(prose: Prose, ctx: BuildContext, path: string): Root {
  const { tree, problems } = parseProse(prose);
  for (const problem of problems) ctx.report(problem.ruleId, path, problem.message);
  ctx.jobs.push({ tree, where: ctx.where(), path, ...(ctx.question ? { questionId: ctx.question.id } : {}) });
  return tree;
}

/** Inline cells: the phrasing content of a one-paragraph prose value. */
function buildPhrasing(prose: Prose, ctx: BuildContext, path: string): PhrasingContent[] {
  // A cell is inline by nature: "1. Setup" is text there, not the start of a list.
  const inline = { ...prose, source: prose.source.replace(/^(\d+)([.)]\s)/, '$1\\$2').replace(/^([-+*>#]\s)/, '\\$1') };
  const tree = buildProse(inline, ctx, path);
  const [first, ...rest] = tree.children;
  if (!first) return [];
  if (first.type !== 'paragraph' || rest.length > 0) {
    ctx.report('invalid-field', path, 'a table cell holds inline text only (one paragraph, no lists or blocks)');
    return [];
  }
  return first.children;
}

function registerLabel(ctx: BuildContext, label: string | undefined, path: string, target: Omit<ResolvedTarget, 'page' | 'section' | 'label'> & { anchor: string }) {
  if (!label) return;
  if (!ctx.question) return; // Labels are scoped to questions; elsewhere they are kept only as anchors.
  if ((PART_NAMES as readonly string[]).includes(label) || ctx.question.labels.has(label)) {
    ctx.report('duplicate-label', path, `label "${label}" is used twice in ${ctx.question.id} (labels must be unique in a question and differ from part names)`);
    return;
  }
  ctx.question.labels.add(label);
  const key = `${ctx.question.id}#${label}`;
  ctx.targets.set(key, { ...target, page: ctx.page, section: ctx.section, label: ctx.sectionLabel });
}

function buildInner(block: InnerBlock, ctx: BuildContext, path: string): InnerNode {
  if (block.kind === 'prose') return { type: 'prose', tree: buildProse(block, ctx, path) };
  switch (block.kind) {
    case 'code': {
      if (!(CODE_LANGUAGES as readonly string[]).includes(block.language)) {
        ctx.report('unknown-code-language', path, `unknown code language "${block.language}"; use one of ${CODE_LANGUAGES.join(', ')}`);
      }
      const n = ctx.next('code');
      const node: InnerNode = {
        type: 'code',
        language: block.language,
        source: literal(block.source),
        runnable: block.runnable,
        anchor: `${ctx.question?.id ?? ctx.page}-source-${n}`,
        path,
        ...(block.output !== undefined ? { output: literal(block.output) + '\n' } : {}),
        ...(block.caption !== undefined ? { caption: block.caption } : {}),
      };
      const stats = ctx.question && ctx.stats.get(ctx.question.id);
      if (stats && block.runnable) {
        stats.runnableCode++;
        if (block.output === undefined) stats.runnableWithoutOutput.push(path);
      }
      return node;
    }
    case 'math': {
      const error = checkTex(block.tex, true);
      if (error) ctx.report('invalid-math', path, `math does not parse: ${error}`);
      if (block.label && ctx.question) {
        const number = `${ctx.question.number}.${ctx.next('equation')}`;
        const anchor = `${ctx.question.id}-eq-${block.label}`;
        registerLabel(ctx, block.label, path, { kind: 'equation', number: `Equation ${number}`, title: `Equation ${number}`, text: `Equation (${number})`, anchor });
        return { type: 'math', tex: block.tex, number, anchor };
      }
      return { type: 'math', tex: block.tex };
    }
    case 'table':
      return {
        type: 'table',
        ...(block.caption !== undefined ? { caption: block.caption } : {}),
        align: block.header.map((_, i) => block.align?.[i] ?? null),
        header: block.header.map((cell, i) => buildPhrasing(cell, ctx, joinPath(path, `header[${i}]`))),
        rows: block.rows.map((row, r) =>
          row.map((cell, i) => buildPhrasing(cell, ctx, joinPath(path, `rows[${r}][${i}]`))),
        ),
      };
    case 'diagram':
      return { type: 'diagram', text: literal(block.text), ...(block.caption !== undefined ? { caption: block.caption } : {}) };
  }
}

function buildBlock(block: Block, ctx: BuildContext, path: string): BlockNode {
  if (block.kind !== 'box') return buildInner(block, ctx, path);
  const kindName = BOX_NAMES[block.box];
  const number = ctx.next(`box:${block.box}`);
  const scope = ctx.question?.id ?? ctx.page;
  const anchor = `${scope}-${block.box}-${block.label ?? number}`;
  const numbered = ctx.question ? `${kindName} ${ctx.question.number}.${number}` : kindName;
  registerLabel(ctx, block.label, path, { kind: 'box', number: numbered, title: block.title, text: numbered, anchor });
  if (block.box === 'ex' && ctx.question) ctx.stats.get(ctx.question.id)!.examples++;
  const node: BoxNode = {
    type: 'box',
    box: block.box,
    title: block.title,
    caption: numbered,
    kindName,
    anchor,
    children: block.body.map((inner, i) => buildInner(inner, ctx, joinPath(path, `body[${i}]`))),
    ...(ctx.question ? { number } : {}),
  };
  return node;
}

const buildBlocks = (blocks: Block[], ctx: BuildContext, path: string) =>
  blocks.map((block, i) => buildBlock(block, ctx, blocks.length === 1 ? path : `${path}[${i}]`));

function subsection(ctx: BuildContext, title: string, anchor: string, build: () => BlockNode[]): SubsectionNode {
  return { type: 'subsection', title, anchor, children: build() };
}

/** A list whose items are whole prose roots (key points, takeaways). */
function proseList(items: Root[]): Root {
  const children: ListItem[] = items.map((root) => ({
    type: 'listItem',
    spread: false,
    children: root.children as (BlockContent | DefinitionContent)[],
  }));
  return { type: 'root', children: [{ type: 'list', ordered: false, spread: false, children }] };
}

function buildQuestionParts(question: CompleteQuestion, ctx: BuildContext): PartNode[] {
  const id = question.id;
  const stats = ctx.stats.get(id)!;
  const part = (name: PartName, build: (path: string) => PartNode['children']): PartNode => {
    const anchor = `${id}-${PART_SLUGS[name]}`;
    ctx.section = anchor;
    ctx.sectionLabel = `${questionLabel(question.number)} › ${PART_TITLES[name]}`;
    const children = build(joinPath(id, name));
    return { type: 'part', name, title: PART_TITLES[name], anchor, children };
  };

  return [
    part('scenario', (path) => [
      ...buildBlocks(question.scenario.setup, ctx, joinPath(path, 'setup')),
      subsection(ctx, SUBSECTION_TITLES.wrongAnswer, `${id}-wrong-answer`, () =>
        buildBlocks(question.scenario.wrongAnswer, ctx, joinPath(path, 'wrongAnswer')),
      ),
    ]),
    part('trap', (path) => buildBlocks(question.trap, ctx, path)),
    part('deepDive', (path) => buildBlocks(question.deepDive, ctx, path)),
    part('whyItFails', (path) => buildBlocks(question.whyItFails, ctx, path)),
    part('solution', (path) => [
      ...buildBlocks(question.solution.approach, ctx, joinPath(path, 'approach')),
      ...question.solution.steps.map((step, i) =>
        subsection(ctx, `Step ${i + 1}: ${step.title}`, `${id}-step-${i + 1}`, () =>
          buildBlocks(step.body, ctx, joinPath(path, `steps[${i}]`)),
        ),
      ),
      subsection(ctx, SUBSECTION_TITLES.tradeoffs, `${id}-tradeoffs`, () =>
        buildBlocks(question.solution.tradeoffs, ctx, joinPath(path, 'tradeoffs')),
      ),
    ]),
    part('whyItWorks', (path) => buildBlocks(question.whyItWorks, ctx, path)),
    part('papers', (path) =>
      question.papers.map((related, i) => {
        const itemPath = joinPath(path, `papers[${i}]`);
        if (!related.contribution.source.trim() || !related.relevance.source.trim()) stats.papersWithoutNotes++;
        const note: PaperNoteNode = {
          type: 'paperNote',
          // Filled by the link pass, which knows the bibliography.
          paper: { kind: 'paper', id: related.paper, title: '', authors: [], year: 0, venue: '', type: 'article' },
          citation: 0,
          anchor: `${id}-paper-${related.paper}`,
          entry: ctx.where(),
          contribution: buildProse(related.contribution, ctx, joinPath(itemPath, 'contribution')),
          relevance: buildProse(related.relevance, ctx, joinPath(itemPath, 'relevance')),
        };
        ctx.jobs.push({ paperNote: note, where: ctx.where(note.anchor), path: joinPath(itemPath, 'paper') });
        return note;
      }),
    ),
    part('interview', (path) => [
      subsection(ctx, SUBSECTION_TITLES.answer, `${id}-answer`, () => buildBlocks(question.interview.answer, ctx, joinPath(path, 'answer'))),
      subsection(ctx, SUBSECTION_TITLES.keyPoints, `${id}-key-points`, () => [
        {
          type: 'prose',
          tree: proseList(question.interview.keyPoints.map((point, i) => buildProse(point, ctx, joinPath(path, `keyPoints[${i}]`)))),
        },
      ]),
      subsection(ctx, SUBSECTION_TITLES.followUps, `${id}-follow-ups`, () => [
        {
          type: 'prose',
          tree: followUpList(
            question.interview.followUps.map((followUp, i) => ({
              question: buildProse(followUp.question, ctx, joinPath(path, `followUps[${i}]`, 'question')),
              answer: buildProse(followUp.answer, ctx, joinPath(path, `followUps[${i}]`, 'answer')),
            })),
          ),
        },
      ]),
    ]),
    part('takeaways', (path) => [
      { type: 'prose', tree: proseList(question.takeaways.map((takeaway, i) => buildProse(takeaway, ctx, `${path}[${i}]`))) },
      ...(question.explore
        ? [
            subsection(ctx, SUBSECTION_TITLES.explore, `${id}-explore`, () => [
              { type: 'prose' as const, tree: buildProse(question.explore!, ctx, joinPath(id, 'explore')) },
            ]),
          ]
        : []),
    ]),
  ];
}

/** Follow-ups as a list: the question in bold, then its answer. */
function followUpList(items: { question: Root; answer: Root }[]): Root {
  const children: ListItem[] = items.map(({ question, answer }) => {
    const [first, ...rest] = question.children;
    const lead: BlockContent[] =
      first?.type === 'paragraph' ? [{ type: 'paragraph', children: [{ type: 'strong', children: first.children }] }] : [];
    return {
      type: 'listItem',
      spread: true,
      children: [...lead, ...(rest as BlockContent[]), ...(answer.children as BlockContent[])],
    };
  });
  return { type: 'root', children: [{ type: 'list', ordered: true, start: 1, spread: true, children }] };
}

function buildQuestion(question: CompleteQuestion, chapter: Chapter, ctx: BuildContext): QuestionNode {
  ctx.page = question.id;
  ctx.section = question.id;
  ctx.sectionLabel = questionLabel(question.number);
  ctx.question = { id: question.id, number: question.number, counters: new Map(), labels: new Set() };
  ctx.stats.set(question.id, {
    examples: 0,
    followUps: question.interview.followUps.length,
    takeaways: question.takeaways.length,
    papers: question.papers.length,
    papersWithoutNotes: 0,
    runnableCode: 0,
    runnableWithoutOutput: [],
    emptyParts: [],
  });
  const parts = buildQuestionParts(question, ctx);
  ctx.question = undefined;
  return {
    type: 'question',
    id: question.id,
    number: question.number,
    slug: question.slug,
    title: question.title,
    tagline: question.tagline,
    label: questionLabel(question.number),
    anchor: question.id,
    chapter: { id: chapter.id, number: chapter.number, title: chapter.title },
    related: [], // filled by the link pass once every target is known
    parts,
  };
}

function buildSection(section: Section, matter: 'front' | 'back', ctx: BuildContext): SectionNode {
  ctx.page = section.id;
  ctx.section = section.id;
  ctx.sectionLabel = section.title;
  return { type: 'section', id: section.id, title: section.title, anchor: section.id, matter, children: buildBlocks(section.body, ctx, section.id) };
}

function buildChapter(chapter: Chapter, ctx: BuildContext): ChapterNode {
  ctx.page = chapter.id;
  ctx.section = chapter.id;
  ctx.sectionLabel = `Chapter ${chapter.number}`;
  const intro = chapter.intro ? buildBlocks(chapter.intro, ctx, joinPath(chapter.id, 'intro')) : [];
  const written = chapter.questions.filter((q): q is CompleteQuestion => q.status === 'complete');
  return {
    type: 'chapter',
    id: chapter.id,
    number: chapter.number,
    slug: chapter.slug,
    title: chapter.title,
    focus: chapter.focus,
    anchor: chapter.id,
    intro,
    questions: written.map((question) => buildQuestion(question, chapter, ctx)),
  };
}

/** Registers every question, part, chapter and section as a reference target. */
function registerTargets(book: Book, ctx: BuildContext) {
  for (const chapter of book.chapters) {
    ctx.targets.set(chapter.id, {
      kind: 'chapter',
      number: `Chapter ${chapter.number}`,
      title: chapter.title,
      text: `Chapter ${chapter.number} (${chapter.title})`,
      page: chapter.id,
      anchor: chapter.id,
      section: chapter.id,
      label: `Chapter ${chapter.number}`,
    });
    for (const question of chapter.questions) {
      const label = questionLabel(question.number);
      const draft = question.status === 'draft' ? { draft: true } : {};
      ctx.targets.set(question.id, {
        kind: 'question',
        number: label,
        title: question.title,
        text: `${label} (${question.title})`,
        page: question.id,
        anchor: question.id,
        section: question.id,
        label,
        ...draft,
      });
      for (const name of PART_NAMES) {
        const anchor = question.status === 'draft' ? question.id : `${question.id}-${PART_SLUGS[name]}`;
        ctx.targets.set(`${question.id}#${name}`, {
          kind: 'part',
          number: label,
          title: PART_TITLES[name],
          text: `${label}, ${PART_TITLES[name]}`,
          page: question.id,
          anchor,
          section: anchor,
          label: `${label} › ${PART_TITLES[name]}`,
          ...draft,
        });
      }
    }
  }
  for (const section of [...book.front, ...book.back]) {
    ctx.targets.set(section.id, {
      kind: 'section',
      number: section.title,
      title: section.title,
      text: section.title,
      page: section.id,
      anchor: section.id,
      section: section.id,
      label: section.title,
    });
  }
}

/** Ids, slugs and numbers must be unique; question ids must match their numbers. */
function checkIdentity(book: Book, ctx: BuildContext) {
  const seen = new Map<string, string>();
  const unique = (rule: 'duplicate-id' | 'duplicate-slug' | 'duplicate-number', key: string, path: string, what: string) => {
    const first = seen.get(`${rule}:${key}`);
    if (first) ctx.report(rule, path, `${what} is used more than once (first at ${first})`);
    else seen.set(`${rule}:${key}`, path);
  };
  const questions: Question[] = book.chapters.flatMap((chapter) => chapter.questions);
  for (const chapter of book.chapters) {
    unique('duplicate-id', chapter.id, chapter.id, `id "${chapter.id}"`);
    unique('duplicate-slug', `chapter:${chapter.slug}`, chapter.id, `chapter slug "${chapter.slug}"`);
    unique('duplicate-number', `chapter:${chapter.number}`, chapter.id, `chapter number ${chapter.number}`);
  }
  for (const question of questions) {
    unique('duplicate-id', question.id, question.id, `id "${question.id}"`);
    unique('duplicate-slug', `question:${question.slug}`, question.id, `question slug "${question.slug}"`);
    unique('duplicate-number', `question:${question.number}`, question.id, `question number ${question.number}`);
    if (Number(question.id.slice(1)) !== question.number) {
      ctx.report('id-number-mismatch', question.id, `id "${question.id}" does not match number ${question.number}`);
    }
  }
  for (const section of [...book.front, ...book.back]) unique('duplicate-id', section.id, section.id, `id "${section.id}"`);
  book.papers.forEach((paper, i) => unique('duplicate-id', `paper:${paper.id}`, `papers[${i}] (${paper.id})`, `paper id "${paper.id}"`));
  book.glossary.forEach((entry, i) => unique('duplicate-id', `glossary:${entry.id}`, `glossary[${i}] (${entry.id})`, `glossary id "${entry.id}"`));
}

/** Builds the book tree: numbering, anchors, parsed prose; links are resolved afterwards. */
export function buildTree(book: Book) {
  const ctx = new BuildContext();
  checkIdentity(book, ctx);
  registerTargets(book, ctx);
  const front = book.front.map((section) => buildSection(section, 'front', ctx));
  const chapters = book.chapters.map((chapter) => buildChapter(chapter, ctx));
  const back = book.back.map((section) => buildSection(section, 'back', ctx));
  ctx.page = GENERATED_PAGES.glossary;
  ctx.section = GENERATED_PAGES.glossary;
  ctx.sectionLabel = GENERATED_TITLES.glossary;
  const definitions = new Map(
    book.glossary.map((entry) => [entry.id, buildProse(entry.definition, ctx, joinPath('glossary', entry.id))] as const),
  );
  for (const chapter of book.chapters) {
    for (const question of chapter.questions) {
      if (question.status === 'draft') ctx.report('draft-question', question.id, `"${question.title}" is a draft and is left out of builds`);
    }
  }
  return { front, chapters, back, definitions, ctx };
}

export type BuildResult = ReturnType<typeof buildTree>;
