import type { Node } from 'unist';
import type { PhrasingContent } from 'mdast';

/** Where a target lives: the page (question, chapter, section, generated list) and the anchor in it. */
export interface Location {
  /** The page id: a question id, chapter id, section id, or `bibliography`/`glossary`/`index`/`question-index`. */
  page: string;
  /** A book-wide unique anchor id. */
  anchor: string;
  /** The anchor of the enclosing part or section, for formats that cannot link inside a paragraph. */
  section: string;
  /** A human label for back-references, e.g. `Q22 › The Solution`. */
  label: string;
}

/** What a cross-reference resolved to. */
export interface ResolvedTarget extends Location {
  kind: 'question' | 'part' | 'box' | 'equation' | 'chapter' | 'section';
  /** Short label, e.g. `Q13`, `Example 22.3`, `Chapter 1`, `Equation 22.1`. */
  number: string;
  /** The target's title, e.g. `The Flat Loss Trap`. */
  title: string;
  /** Default text of a reference to it, e.g. `Q13 (The Flat Loss Trap)`. */
  text: string;
  /** The target is a draft question, left out of builds: render the text without a link. */
  draft?: boolean;
}

/** A typed cross-reference inside prose. `resolved` is filled by core's resolve step. */
export interface XrefNode extends Node {
  type: 'octavoXref';
  target: string;
  /** Author-supplied text; otherwise renderers use `resolved.text`. */
  text?: string;
  resolved?: ResolvedTarget;
}

/** A citation of a paper. */
export interface CiteNode extends Node {
  type: 'octavoCite';
  paperId: string;
  /** Citation number in order of first citation, filled by resolve. */
  number?: number;
  /** Anchor of this citation (the bibliography links back to it). */
  anchor?: string;
  /** Where the bibliography entry lives. */
  entry?: Location;
}

/** A concept-index term: the text shows, the entry files it in the index. */
export interface IndexTermNode extends Node {
  type: 'octavoIndexTerm';
  text: string;
  entry: string;
  sub?: string;
  anchor?: string;
}

/** A use of a glossary term, linking to its definition. */
export interface GlossaryRefNode extends Node {
  type: 'octavoGlossaryRef';
  termId: string;
  text: string;
  anchor?: string;
  definition?: Location;
}

export type OctavoInline = XrefNode | CiteNode | IndexTermNode | GlossaryRefNode;

declare module 'mdast' {
  interface PhrasingContentMap {
    octavoXref: XrefNode;
    octavoCite: CiteNode;
    octavoIndexTerm: IndexTermNode;
    octavoGlossaryRef: GlossaryRefNode;
  }
  interface RootContentMap {
    octavoXref: XrefNode;
    octavoCite: CiteNode;
    octavoIndexTerm: IndexTermNode;
    octavoGlossaryRef: GlossaryRefNode;
  }
}

export type { PhrasingContent };
