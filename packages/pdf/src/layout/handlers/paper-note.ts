import { plain } from '../blocks.js';
import { glue, keepParagraph, type LayoutState } from '../state.js';
import { body, COLORS } from '../style.js';
import type { Galley } from '../types.js';
import type { PaperNoteNode } from '@octavo/core';
import { proseWithLead } from './prose.js';
import { reference } from './common.js';

export function paperNote(node: PaperNoteNode, state: LayoutState): Galley {
  const style = body({ size: state.measure.size });
  const strong = { ...style, bold: true };
  const entry = keepParagraph(
    state.set([{ kind: 'anchor', name: node.anchor }, plain(`[${node.citation}]`, { ...strong, color: COLORS.link }, { anchor: node.entry.anchor }), plain(' ', style), ...reference(node.paper, style)]),
  );
  entry.at(-1)!.keepWithNext = true;
  return [
    glue(9),
    ...entry,
    ...proseWithLead(node.contribution, [plain('Key contribution. ', { ...style, italic: true })], state),
    ...proseWithLead(node.relevance, [plain('Why it matters here. ', { ...style, italic: true })], state),
  ];
}
