import type { CodeNode } from '@octavo/core';
import type { Flow } from '../state.js';
import { anchor, emphasis, paragraph, text } from '../util/mdast.js';

export function code(node: CodeNode): Flow {
  return [
    anchor(node.anchor),
    ...(node.caption ? [paragraph(emphasis(text(node.caption)))] : []),
    { type: 'code', lang: node.language, value: node.source },
    ...(node.output !== undefined
      ? [paragraph(emphasis(text('Output:'))), { type: 'code' as const, lang: 'text', value: node.output.replace(/\n$/, '') }]
      : []),
  ];
}
