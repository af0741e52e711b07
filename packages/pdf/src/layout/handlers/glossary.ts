import { plain, pageList, pagePrefix } from '../blocks.js';
import { glue, keepParagraph, type LayoutState } from '../state.js';
import { body, COLORS, TYPE } from '../style.js';
import type { Inline } from '../text.js';
import type { Galley } from '../types.js';
import type { GlossaryNode } from '@octavo/core';
import { flow } from './prose.js';
import { opening, anchorsOf } from './common.js';

/** The glossary: each term in bold, its definition, and the pages that use it. */
export function glossary(node: GlossaryNode, state: LayoutState): Galley {
  const style = body();
  return [
    ...opening(state, node.title, node.anchor, { left: state.book.meta.title, right: node.title }),
    ...node.entries.flatMap((entry) => {
      const lead: Inline[] = [{ kind: 'anchor', name: entry.anchor }, plain(entry.term, { ...style, bold: true }), plain(' — ', style)];
      const [first, ...rest] = entry.definition.children;
      const used = entry.usedAt.length
        ? state.set([plain(`Used on ${pagePrefix(anchorsOf(entry.usedAt), state)}`, { ...style, size: TYPE.small.size, italic: true, color: COLORS.muted }), ...pageList(anchorsOf(entry.usedAt), { ...style, size: TYPE.small.size, color: COLORS.muted }, state)], {
            align: 'left',
            leading: TYPE.small.leading,
            size: TYPE.small.size,
          })
        : [];
      const definition =
        first?.type === 'paragraph'
          ? [...keepParagraph(state.set([...lead, ...state.inlines(first.children, style)])), ...rest.flatMap((child) => flow(child, state))]
          : [...keepParagraph(state.set(lead)), ...entry.definition.children.flatMap((child) => flow(child, state))];
      return [glue(8), ...definition, ...used];
    }),
  ];
}
