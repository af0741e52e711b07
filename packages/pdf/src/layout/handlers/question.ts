import type { QuestionNode } from '@octavo/core';
import { heading, headingStyle, plain, rule } from '../blocks.js';
import { pageSuffix, richText } from '../inline.js';
import { glue, keepParagraph, type LayoutState } from '../state.js';
import { body, COLORS, TYPE } from '../style.js';
import type { Inline } from '../text.js';
import type { Galley } from '../types.js';
import { ACCENT, pageBreak, opening } from './common.js';

export function question(node: QuestionNode, state: LayoutState): Galley {
  const related: Inline[] = node.related.flatMap((target, i): Inline[] => {
    const style = body({ size: TYPE.small.size });
    const separator = i > 0 ? [plain('; ', style)] : [];
    if (target.draft) return [...separator, plain(target.text, { ...style, color: COLORS.muted })];
    return [...separator, plain(target.text + pageSuffix(target.anchor, state), { ...style, color: COLORS.link }, { anchor: target.anchor })];
  });
  const titleStyle = headingStyle(TYPE.questionTitle.size);
  return [
    pageBreak('opening'),
    { kind: 'mark', left: `Chapter ${node.chapter.number} · ${node.chapter.title}`, right: `${node.label} · ${node.title}` },
    glue(12),
    ...heading(state, [plain(`${node.label}\u2003`, { ...titleStyle, color: ACCENT }), plain(node.title, titleStyle)], {
      size: TYPE.questionTitle.size,
      leading: TYPE.questionTitle.leading,
      before: 0,
      after: 6,
      anchor: node.anchor,
    }),
    ...keepParagraph(state.set(state.inlines(richText(node.tagline), body({ size: 11.5, italic: true, color: COLORS.muted })), { align: 'left', leading: 16, size: 11.5 })).map((line) => ({ ...line, keepWithNext: true })),
    ...(related.length ? [glue(4), ...state.set([plain('Related: ', body({ size: TYPE.small.size, bold: true })), ...related], { align: 'left', leading: TYPE.small.leading, size: TYPE.small.size })] : []),
    rule(state, { color: ACCENT, width: 0.8, space: 8 }),
    ...state.all(node.parts),
  ];
}
