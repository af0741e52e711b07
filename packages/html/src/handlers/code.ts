import type { CodeNode } from '@octavo/core';
import type { Html, HtmlState } from '../state.js';
import { h, text } from '../util/hast.js';
import { codeToHast } from '../util/code.js';

export function code(node: CodeNode, state: HtmlState): Html {
  return [
    h('figure', { className: ['code-block'], id: state.id(node.anchor) }, [
      ...(node.caption ? [h('figcaption', {}, text(node.caption))] : []),
      codeToHast(node.source, node.language, state.styles),
      ...(node.output !== undefined
        ? [h('p', { className: ['output-label'] }, text('Output')), h('pre', { className: ['code', 'output'], tabIndex: 0 }, h('code', {}, text(node.output.replace(/\n$/, ''))))]
        : []),
    ]),
  ];
}
