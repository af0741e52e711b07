import type { BoxKind, BoxNode } from '@octavo/core';
import type { Flow, MarkdownState } from '../state.js';
import { inlineAnchor, paragraph, strong, text } from '../util/mdast.js';

/** GitHub alert types: the closest in meaning to each box kind. */
const ALERT: Record<BoxKind, 'NOTE' | 'TIP' | 'IMPORTANT' | 'WARNING' | 'CAUTION'> = {
  dfn: 'NOTE',
  ex: 'NOTE',
  tec: 'NOTE',
  thm: 'NOTE',
  code: 'NOTE',
  gen: 'TIP',
  note: 'WARNING',
  trap: 'CAUTION',
  paper: 'NOTE',
  interview: 'IMPORTANT',
  takeaway: 'TIP',
};

/**
 * A box as a GitHub alert (`> [!NOTE]`) whose first line is the numbered title; other renderers of
 * Markdown show an ordinary quote with a bold title.
 */
export function box(node: BoxNode, state: MarkdownState): Flow {
  const marker = { type: 'octavoAlertMarker', value: `[!${ALERT[node.box]}]` } as unknown as ReturnType<typeof text>;
  return [
    {
      type: 'blockquote',
      children: [
        paragraph(marker, text('\n'), inlineAnchor(node.anchor), strong(text(`${node.caption}: ${node.title}`))),
        ...(state.all(node.children) as never[]),
      ],
    },
  ];
}
