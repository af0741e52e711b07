import type { Root, PhrasingContent, RootContent, Parent } from 'mdast';
import katex from 'katex';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import { SLOT_PATTERN, type InlineSlot, type Prose } from '../model/prose.js';
import './nodes.js';

/** A problem found while parsing one prose value; the caller adds the path. */
export interface ProseProblem {
  ruleId: 'raw-html' | 'invalid-math' | 'inline-node-in-literal' | 'unsupported-markdown' | 'heading-level-skip';
  message: string;
  /** Appended to the caller's path, e.g. `paragraph 2`. */
  where?: string;
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkMath);

/** Checks TeX the way renderers will see it; returns KaTeX's message when it does not parse. */
export function checkTex(tex: string, displayMode: boolean): string | undefined {
  try {
    katex.renderToString(tex, { throwOnError: true, displayMode, strict: 'ignore', output: 'mathml' });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.replace(/^KaTeX parse error: /, '') : String(error);
  }
}

function slotToNode(slot: InlineSlot): PhrasingContent {
  switch (slot.kind) {
    case 'xref':
      return slot.text === undefined ? { type: 'octavoXref', target: slot.target } : { type: 'octavoXref', target: slot.target, text: slot.text };
    case 'cite':
      return { type: 'octavoCite', paperId: slot.paperId };
    case 'term':
      return slot.sub === undefined
        ? { type: 'octavoIndexTerm', text: slot.text, entry: slot.entry }
        : { type: 'octavoIndexTerm', text: slot.text, entry: slot.entry, sub: slot.sub };
    case 'gloss':
      return { type: 'octavoGlossaryRef', termId: slot.termId, text: slot.text ?? '' };
    case 'text':
      return { type: 'text', value: slot.value };
  }
}

/** Splits a text value at slot placeholders into text and typed inline nodes. */
function expandSlots(value: string, slots: readonly InlineSlot[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let last = 0;
  for (const match of value.matchAll(SLOT_PATTERN)) {
    if (match.index > last) out.push({ type: 'text', value: value.slice(last, match.index) });
    const slot = slots[Number(match[1])];
    if (slot) out.push(slotToNode(slot));
    last = match.index + match[0].length;
  }
  if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
  // Merge adjacent text so interpolated literals read as one run.
  return out.reduce<PhrasingContent[]>((merged, node) => {
    const previous = merged.at(-1);
    if (previous?.type === 'text' && node.type === 'text') previous.value += node.value;
    else merged.push(node);
    return merged;
  }, []);
}

const LITERAL_TYPES = new Set(['inlineCode', 'code', 'inlineMath', 'math', 'html']);

/**
 * Parses prose into mdast with Octavo's inline nodes in place of the placeholders. Problems are
 * collected, never thrown.
 */
export function parseProse(prose: Prose): { tree: Root; problems: ProseProblem[] } {
  const tree = processor.parse(prose.source) as Root;
  const problems: ProseProblem[] = [];
  const hasSlot = (value: string) => new RegExp(SLOT_PATTERN.source).test(value);

  let headingDepth = 0;
  visit(tree, (node, index, parent) => {
    if (node.type === 'heading') {
      // Headings in prose are relative to their section: start at #, then go one level at a time.
      if (node.depth > headingDepth + 1) {
        problems.push({ ruleId: 'heading-level-skip', message: `a heading of level ${node.depth} follows level ${headingDepth || 'none'}; prose headings start at # (one level below their section) and deepen one level at a time` });
      }
      headingDepth = node.depth;
    }
    if (node.type === 'html') {
      problems.push({ ruleId: 'raw-html', message: `raw HTML is not allowed in prose: ${JSON.stringify(node.value.slice(0, 60))}; use Markdown or a component` });
    }
    if (LITERAL_TYPES.has(node.type) && 'value' in node && hasSlot(String(node.value))) {
      problems.push({ ruleId: 'inline-node-in-literal', message: `an interpolated reference, citation or term sits inside ${node.type}, where it cannot be rendered` });
    }
    if (node.type === 'inlineMath' || node.type === 'math') {
      const error = checkTex(node.value, node.type === 'math');
      if (error) problems.push({ ruleId: 'invalid-math', message: `math does not parse: ${error}` });
    }
    if ((node.type === 'link' || node.type === 'image') && hasSlot(node.url)) {
      problems.push({ ruleId: 'inline-node-in-literal', message: 'an interpolated value sits inside a link URL' });
    }
    if (node.type === 'image' || node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
      problems.push({ ruleId: 'unsupported-markdown', message: `${node.type} is not supported in prose: use a component (figures, citations) instead` });
    }
    if (node.type === 'text' && parent && index !== undefined && hasSlot(node.value)) {
      const replacement = expandSlots(node.value, prose.slots);
      (parent as Parent).children.splice(index, 1, ...(replacement as RootContent[]));
      return index + replacement.length;
    }
    return undefined;
  });
  return { tree, problems };
}
