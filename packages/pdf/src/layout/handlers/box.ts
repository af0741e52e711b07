import { BOX_PALETTE, type BoxNode } from '@octavo/core';
import { strut } from '../blocks.js';
import { richText } from '../inline.js';
import { glue, trimLeadingGlue, type LayoutState } from '../state.js';
import { body, SPACE } from '../style.js';
import type { Galley, Line } from '../types.js';

const PAD = 9;
const BAR = 3;

/** Text inside boxes is set a size smaller than the body. */
export const BOX_MEASURE = { size: 9.5, leading: 13.4 } as const;

/**
 * A box in the palette every format shares: a tinted panel with an accent bar, its numbered title
 * in the accent colour. It breaks across pages between lines; its title is kept with the first
 * lines of its body, so it never stands alone at the foot of a page.
 */
export function box(node: BoxNode, state: LayoutState): Galley {
  const colours = BOX_PALETTE[node.box];
  const inner = { x: state.x + BAR + PAD, width: state.width - BAR - 2 * PAD };
  const content = state.within({ frame: { x: state.x, width: state.width, fill: colours.background, bar: colours.accent, radius: 2.5 } }, () =>
    state.within({ ...inner, measure: BOX_MEASURE, sectionDepth: state.sectionDepth + 1 }, () => {
      const style = body({ size: BOX_MEASURE.size + 0.3, bold: true });
      const title = state.set(
        [
          { kind: 'anchor', name: node.anchor },
          { kind: 'text', text: node.caption, style: { ...style, color: colours.accent } },
          { kind: 'text', text: ' \u2002', style },
          ...state.inlines(richText(node.title), style),
        ],
        { align: 'left', hyphenate: false, leading: BOX_MEASURE.leading + 0.6 },
      );
      for (const line of title) line.keepWithNext = true;
      const children = trimLeadingGlue(state.all(node.children));
      const lines: Galley = [strut(state, PAD - 2, true), ...title, glue(1), ...children];
      const last = [...lines].reverse().find((element): element is Line => element.kind === 'line');
      if (last) last.keepWithNext = true;
      // Trailing glue inside the box would be dropped at a page break but not otherwise: remove it.
      while (lines.at(-1)?.kind === 'glue') lines.pop();
      lines.push(strut(state, PAD - 1));
      return lines;
    }),
  );
  return [glue(SPACE.block), ...content, glue(SPACE.block)];
}

