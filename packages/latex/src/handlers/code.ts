import type { CodeNode } from '@octavo/core';
import type { LatexState, Tex } from '../state.js';
import { codeListing } from '../util/code.js';

/** A code block (with its expected output, when it has one). */
export function code(node: CodeNode, state: LatexState): Tex {
  return codeListing(
    {
      source: node.source,
      language: node.language,
      ...(node.caption !== undefined ? { caption: node.caption } : {}),
      ...(node.output !== undefined ? { output: node.output } : {}),
    },
    state,
  );
}
