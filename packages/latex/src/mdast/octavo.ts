import type { CiteNode, GlossaryRefNode, IndexTermNode, XrefNode } from '@octavo/core';
import type { LatexState, Tex } from '../state.js';
import { escapeText } from '../util/escape.js';

/**
 * A cross-reference: core's words, linked to the target's `\label`. A draft question is not in
 * the book, so a reference to it is text only.
 */
function octavoXref(node: XrefNode, state: LatexState): Tex {
  const target = node.resolved;
  const words = escapeText(node.text ?? target?.text ?? node.target);
  if (!target || target.draft || state.context.inLink) return words;
  return `\\octavoref{${target.anchor}}{${words}}`;
}

/** A citation, numbered by biblatex in the order core numbers it. */
function octavoCite(node: CiteNode): Tex {
  return `\\cite{${node.paperId}}`;
}

/** A concept-index term: its text, and an `\index` entry at that place. */
function octavoIndexTerm(node: IndexTermNode, state: LatexState): Tex {
  const key = state.index.key(node.entry, node.sub);
  return `${escapeText(node.text)}${key ? `\\index{${key}}` : ''}`;
}

/** A use of a glossary term: a link to its definition and a mark the glossary's page list finds. */
function octavoGlossaryRef(node: GlossaryRefNode, state: LatexState): Tex {
  const words = escapeText(node.text);
  if (!node.definition || state.context.inLink) return words;
  return `\\octavoref{${node.definition.anchor}}{${words}}${node.anchor ? `\\octavomark{${node.anchor}}` : ''}`;
}

export const octavoHandlers = { octavoXref, octavoCite, octavoIndexTerm, octavoGlossaryRef };
