import type { DiagramNode } from '@octavo/core';
import type { LatexState, Tex } from '../state.js';
import { diagramListing } from '../util/code.js';

/** A monospace text diagram, kept on one page, its font fitted to the widest line. */
export function diagram(node: DiagramNode, state: LatexState): Tex {
  return diagramListing(node.text, node.caption, state);
}
