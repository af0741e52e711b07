import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import type { ProseNode } from '@octavo/core';
import type { Flow, MarkdownState } from '../state.js';

/** Walks a prose tree, converting the phrasing inside every block. */
function convert(node: Nodes, state: MarkdownState): Nodes {
  if (node.type === 'heading') {
    // Prose headings are relative: `#` is one level below the enclosing section's heading.
    const depth = Math.min(6, state.sectionDepth + node.depth) as typeof node.depth;
    return { ...node, depth, children: state.phrasing(node.children) };
  }
  if (node.type === 'paragraph' || node.type === 'tableCell') {
    return { ...node, children: state.phrasing(node.children as PhrasingContent[]) } as Nodes;
  }
  if ('children' in node) return { ...node, children: node.children.map((child) => convert(child as Nodes, state)) } as Nodes;
  return node;
}

export function prose(node: ProseNode, state: MarkdownState): Flow {
  return node.tree.children.map((child) => convert(child, state) as RootContent);
}
