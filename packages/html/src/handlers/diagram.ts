import type { DiagramNode } from '@octavo/core';
import type { Html } from '../state.js';
import { h, text } from '../util/hast.js';

export function diagram(node: DiagramNode): Html {
  return [
    h('figure', { className: ['diagram'] }, [
      h('pre', { tabIndex: 0 }, text(node.text)),
      ...(node.caption ? [h('figcaption', {}, text(node.caption))] : []),
    ]),
  ];
}
