import { heading, headingStyle, plain, pageList } from '../blocks.js';
import type { LayoutState } from '../state.js';
import { body, TYPE } from '../style.js';
import type { Galley } from '../types.js';
import type { ConceptIndexNode } from '@octavo/core';
import { opening, anchorsOf } from './common.js';

/** The concept index: entries grouped by initial letter, sub-entries indented, page numbers linked. */
export function conceptIndex(node: ConceptIndexNode, state: LayoutState): Galley {
  const style = body({ size: TYPE.small.size + 0.5 });
  const out: Galley = [...opening(state, node.title, node.anchor, { left: state.book.meta.title, right: node.title })];
  let letter = '';
  for (const entry of node.entries) {
    const initial = entry.entry.charAt(0).toUpperCase();
    if (initial !== letter) {
      letter = initial;
      out.push(...heading(state, [plain(/[A-Z]/.test(initial) ? initial : 'Symbols', headingStyle(TYPE.subsectionHeading.size, '#1f3a5f'))], { size: TYPE.subsectionHeading.size, leading: TYPE.subsectionHeading.leading, before: 10, after: 2 }));
    }
    const pages = entry.locations.length ? [plain(', ', style), ...pageList(anchorsOf(entry.locations), style, state)] : [];
    out.push(...state.set([plain(entry.entry, style), ...pages], { align: 'left', hang: 14, leading: TYPE.small.leading + 0.4, size: style.size }));
    const lines = entry.subentries.flatMap((sub) =>
      state.within({ x: state.x + 14, width: state.width - 14 }, () =>
        state.set([plain(sub.sub, style), plain(', ', style), ...pageList(anchorsOf(sub.locations), style, state)], { align: 'left', hang: 14, leading: TYPE.small.leading + 0.4, size: style.size }),
      ),
    );
    if (lines.length) (out.at(-1) as { keepWithNext?: boolean }).keepWithNext = true;
    out.push(...lines);
  }
  return out;
}
