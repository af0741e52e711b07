import type { Definition } from 'mdast';
import type { ProseNode } from '@octavo/core';
import type { LatexState, Tex } from '../state.js';

/** Collects the link definitions of a prose tree (for reference-style links). */
function definitions(node: ProseNode): Map<string, Definition> {
  const found = new Map<string, Definition>();
  const visit = (nodes: readonly unknown[]) => {
    for (const child of nodes as { type: string; children?: unknown[] }[]) {
      if (child.type === 'definition') found.set((child as Definition).identifier.toLowerCase(), child as Definition);
      if (child.children) visit(child.children);
    }
  };
  visit(node.tree.children);
  return found;
}

/** Prose: Markdown blocks with Octavo's inline nodes, rendered by the prose handlers. */
export function prose(node: ProseNode, state: LatexState): Tex {
  const outer = state.definitions;
  state.definitions = definitions(node);
  try {
    return state.flow(node.tree.children);
  } finally {
    state.definitions = outer;
  }
}
