import type { BoxNode } from '@octavo/core';
import type { LatexState, Tex } from '../state.js';
import { BOX_ENVIRONMENTS } from '../class/octavo-book.js';
import { escapeText } from '../util/escape.js';

/**
 * A box as the class's environment for its kind (`exbox`, `trapbox`…), with core's caption
 * ("Example 22.3") and anchor as its label, so `\ref` and `\nameref` find it.
 */
export function box(node: BoxNode, state: LatexState): Tex {
  const name = BOX_ENVIRONMENTS[node.box];
  const options = [`caption={${escapeText(node.caption)}}`, `label=${node.anchor}`].join(', ');
  return state.at(`${node.caption} (${node.title})`, () =>
    [
      state.marker().trimEnd(),
      `\\begin{${name}}[${options}]{${escapeText(node.title)}}`,
      state.inside({ inBox: true }, () => state.all(node.children)),
      `\\end{${name}}`,
    ].join('\n'),
  );
}
