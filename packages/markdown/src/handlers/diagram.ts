import type { DiagramNode } from '@octavo/core';
import type { Flow } from '../state.js';
import { emphasis, paragraph, text } from '../util/mdast.js';

export function diagram(node: DiagramNode): Flow {
  return [{ type: 'code', lang: 'text', value: node.text }, ...(node.caption ? [paragraph(emphasis(text(node.caption)))] : [])];
}
