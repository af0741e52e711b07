import type { PartNode } from '@octavo/core';
import { heading, headingStyle, plain } from '../blocks.js';
import type { LayoutState } from '../state.js';
import { SPACE, TYPE } from '../style.js';
import type { Galley } from '../types.js';
import { ACCENT } from './common.js';

export function part(node: PartNode, state: LayoutState): Galley {
  return [
    ...heading(state, [plain(node.title, headingStyle(TYPE.partHeading.size, ACCENT))], {
      size: TYPE.partHeading.size,
      leading: TYPE.partHeading.leading,
      before: SPACE.beforePart,
      after: SPACE.afterPart - 4,
      anchor: node.anchor,
    }),
    ...state.within({ sectionDepth: 3 }, () => state.all(node.children)),
  ];
}
