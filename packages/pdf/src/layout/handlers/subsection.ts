import type { SubsectionNode } from '@octavo/core';
import { heading, headingStyle, plain } from '../blocks.js';
import type { LayoutState } from '../state.js';
import { SPACE, TYPE } from '../style.js';
import type { Galley } from '../types.js';

export function subsection(node: SubsectionNode, state: LayoutState): Galley {
  return [
    ...heading(state, [plain(node.title, headingStyle(TYPE.subsectionHeading.size))], {
      size: TYPE.subsectionHeading.size,
      leading: TYPE.subsectionHeading.leading,
      before: SPACE.beforeSubsection,
      after: SPACE.afterSubsection - 3,
      anchor: node.anchor,
    }),
    ...state.within({ sectionDepth: 4 }, () => state.all(node.children)),
  ];
}
