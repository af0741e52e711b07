import type { PhrasingContent } from 'mdast';
import type { OctavoInline } from '@octavo/core';
import type { MarkdownState } from '../state.js';
import { link, text } from '../util/mdast.js';

type InlineHandlers = { [T in OctavoInline['type']]: (node: Extract<OctavoInline, { type: T }>, state: MarkdownState) => PhrasingContent };

/** Octavo's inline prose nodes as plain Markdown: links and text. */
export const inlineHandlers: InlineHandlers = {
  octavoXref(node, state) {
    const target = node.resolved!;
    const label = text(node.text ?? target.text);
    return target.draft ? label : link(state.href(target), label);
  },
  octavoCite(node, state) {
    return link(state.href(node.entry!), text(`[${node.number}]`));
  },
  octavoIndexTerm(node) {
    return text(node.text);
  },
  octavoGlossaryRef(node, state) {
    return link(state.href(node.definition!), text(node.text));
  },
};

const isOctavoInline = (node: PhrasingContent): node is OctavoInline & PhrasingContent => node.type in inlineHandlers;

/** Replaces Octavo's inline nodes, at any depth, by their Markdown form; copies, never mutates. */
export function convertPhrasing(nodes: PhrasingContent[], state: MarkdownState): PhrasingContent[] {
  return nodes.map((node) => {
    if (isOctavoInline(node)) {
      const handler = inlineHandlers[node.type] as (node: OctavoInline, state: MarkdownState) => PhrasingContent;
      return handler(node, state);
    }
    if ('children' in node) return { ...node, children: convertPhrasing(node.children as PhrasingContent[], state) } as PhrasingContent;
    return node;
  });
}
