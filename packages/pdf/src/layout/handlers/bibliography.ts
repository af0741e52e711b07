import { plain, pageList, pagePrefix } from '../blocks.js';
import { glue, keepParagraph, type LayoutState } from '../state.js';
import { body, COLORS, TYPE } from '../style.js';
import type { Galley } from '../types.js';
import type { BibliographyNode } from '@octavo/core';
import { opening, reference, anchorsOf, HANG } from './common.js';

/** The bibliography: numbered entries with a hanging indent, each with the pages citing it. */
export function bibliography(node: BibliographyNode, state: LayoutState): Galley {
  const style = body({ size: TYPE.small.size + 0.5 });
  const muted = { ...style, size: TYPE.small.size, color: COLORS.muted };
  return [
    ...opening(state, node.title, node.anchor, { left: state.book.meta.title, right: node.title }),
    ...node.entries.flatMap((entry) => {
      const cited = entry.citedAt.length ? [plain(` Cited on ${pagePrefix(anchorsOf(entry.citedAt), state)}`, muted), ...pageList(anchorsOf(entry.citedAt), muted, state), plain('.', muted)] : [];
      const lines = state.set([{ kind: 'anchor', name: entry.anchor }, plain(`[${entry.number}]`, { ...style, bold: true }), plain('\u2002', style), ...reference(entry.paper, style), ...cited], {
        align: 'left',
        hang: HANG,
        leading: TYPE.small.leading + 0.6,
        size: style.size,
      });
      return [glue(5), ...keepParagraph(lines)];
    }),
  ];
}
