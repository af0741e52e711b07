import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type {} from 'mdast-util-math';
import type { LatexState, ProseRenderers, Tex } from '../state.js';
import { blockHandlers } from './block.js';
import { inlineHandlers } from './inline.js';
import { octavoHandlers } from './octavo.js';
import { blocks } from '../util/tex.js';

/** A handler for one mdast node type. */
export type MdastHandler<N> = (node: N, state: LatexState) => Tex;

/** One handler per mdast node type (Octavo's inline nodes included): exhaustive by type. */
export type MdastHandlers = { [T in Nodes['type']]: MdastHandler<Extract<Nodes, { type: T }>> };

/** The prose handlers: Markdown blocks, inline content and Octavo's inline nodes. */
export const mdastHandlers = {
  ...blockHandlers,
  ...inlineHandlers,
  ...octavoHandlers,
} satisfies MdastHandlers;

const render = (node: Nodes, state: LatexState, handlers: MdastHandlers): Tex =>
  (handlers[node.type] as MdastHandler<Nodes>)(node, state);

/** Renders prose with a handler table (the defaults, or the defaults with overrides). */
export function proseRenderers(handlers: MdastHandlers = mdastHandlers): ProseRenderers {
  return {
    flow(nodes: readonly RootContent[], state: LatexState) {
      // The block after the last one is whatever follows this prose in the book.
      const after = state.next;
      try {
        return blocks(
          nodes.map((node, i) => {
            state.next = nodes[i + 1] ?? after;
            return render(node, state, handlers);
          }),
        );
      } finally {
        state.next = after;
      }
    },
    phrasing: (nodes: readonly PhrasingContent[], state: LatexState) => nodes.map((node) => render(node, state, handlers)).join(''),
  };
}
