import type { Root, PhrasingContent } from 'mdast';
import type { BoxKind } from '../model/block.js';
import type { PartName } from '../model/register.js';
import type { Paper } from '../model/paper.js';
import type { Location, ResolvedTarget } from '../prose/nodes.js';

/**
 * The resolved book: what every renderer consumes. Numbering, anchors, titles, citation numbers,
 * index and glossary are all decided here, once.
 */

/** Parsed prose: an mdast root whose Octavo inline nodes are resolved. */
export interface ProseNode {
  type: 'prose';
  tree: Root;
}

export interface BoxNode {
  type: 'box';
  box: BoxKind;
  title: string;
  /** Number within its question and kind (Example 22.3 → 3); absent outside questions. */
  number?: number;
  /** The caption prefix, e.g. `Example 22.3` or `Example`. */
  caption: string;
  /** The kind's name, e.g. `Example`. */
  kindName: string;
  anchor: string;
  children: InnerNode[];
}

export interface CodeNode {
  type: 'code';
  language: string;
  source: string;
  output?: string;
  runnable: boolean;
  caption?: string;
  anchor: string;
  /** Where it is, for messages from the code runner. */
  path: string;
}

export interface MathNode {
  type: 'math';
  tex: string;
  /** Equation number text, e.g. `22.1`, for labelled equations. */
  number?: string;
  anchor?: string;
}

export interface TableNode {
  type: 'table';
  caption?: string;
  align: ('left' | 'right' | 'center' | null)[];
  /** One phrasing run per cell. */
  header: PhrasingContent[][];
  rows: PhrasingContent[][][];
}

export interface DiagramNode {
  type: 'diagram';
  text: string;
  caption?: string;
}

/** Blocks that may sit inside a box. */
export type InnerNode = ProseNode | CodeNode | MathNode | TableNode | DiagramNode;
/** Blocks a section holds. */
export type BlockNode = InnerNode | BoxNode;

/** A titled subdivision of a part: the common wrong answer, a solution step, key points… */
export interface SubsectionNode {
  type: 'subsection';
  title: string;
  anchor: string;
  children: BlockNode[];
}

/** One related paper in a question's "Related Research Papers" part. */
export interface PaperNoteNode {
  type: 'paperNote';
  paper: Paper;
  /** Its number in the bibliography. */
  citation: number;
  anchor: string;
  /** The bibliography entry. */
  entry: Location;
  contribution: Root;
  relevance: Root;
}

/** One of the nine parts of a question. */
export interface PartNode {
  type: 'part';
  name: PartName;
  /** The plan's heading, e.g. `The Trap Explained`. */
  title: string;
  anchor: string;
  children: (BlockNode | SubsectionNode | PaperNoteNode)[];
}

export interface QuestionNode {
  type: 'question';
  id: string;
  number: number;
  slug: string;
  title: string;
  tagline: string;
  /** `Q22` */
  label: string;
  anchor: string;
  /** The chapter it belongs to. */
  chapter: { id: string; number: number; title: string };
  related: ResolvedTarget[];
  parts: PartNode[];
}

export interface ChapterNode {
  type: 'chapter';
  id: string;
  number: number;
  slug: string;
  title: string;
  focus: string;
  anchor: string;
  intro: BlockNode[];
  /** Only written questions: drafts are left out of builds. */
  questions: QuestionNode[];
}

/** A front- or back-matter section. */
export interface SectionNode {
  type: 'section';
  id: string;
  title: string;
  anchor: string;
  /** `front` or `back`: where the section stands in the book. */
  matter: 'front' | 'back';
  children: BlockNode[];
}

export interface QuestionIndexNode {
  type: 'questionIndex';
  title: string;
  anchor: string;
  rows: { id: string; number: number; label: string; title: string; chapter: { id: string; number: number; title: string }; target: Location }[];
}

export interface BibliographyEntry {
  paper: Paper;
  number: number;
  anchor: string;
  /** Every place the paper is cited, in book order. */
  citedAt: Location[];
}

export interface BibliographyNode {
  type: 'bibliography';
  title: string;
  anchor: string;
  entries: BibliographyEntry[];
}

export interface GlossaryEntry {
  id: string;
  term: string;
  anchor: string;
  definition: Root;
  usedAt: Location[];
}

export interface GlossaryNode {
  type: 'glossary';
  title: string;
  anchor: string;
  entries: GlossaryEntry[];
}

export interface IndexEntry {
  entry: string;
  /** Every place the term appears, in book order. */
  locations: Location[];
  subentries: { sub: string; locations: Location[] }[];
}

export interface ConceptIndexNode {
  type: 'conceptIndex';
  title: string;
  anchor: string;
  /** Sorted case-insensitively. */
  entries: IndexEntry[];
}

export type FrontNode = SectionNode | QuestionIndexNode;
export type BackNode = SectionNode | BibliographyNode | GlossaryNode | ConceptIndexNode;

export interface BookMeta {
  slug: string;
  title: string;
  subtitle?: string;
  author: string;
  date: string;
  language: string;
  identifier: string;
  description?: string;
}

export interface ResolvedBook {
  type: 'book';
  meta: BookMeta;
  front: FrontNode[];
  chapters: ChapterNode[];
  back: BackNode[];
}

/** Every node type a renderer handles (Octavo's inline prose nodes are handled inside prose). */
export type BookNode =
  | ResolvedBook
  | FrontNode
  | BackNode
  | ChapterNode
  | QuestionNode
  | PartNode
  | SubsectionNode
  | PaperNoteNode
  | BlockNode;

export type BookNodeType = BookNode['type'];
export type NodeOfType<T extends BookNodeType> = Extract<BookNode, { type: T }>;
