import type { ElementContent, Element } from 'hast';
import type { Heading, Link, Nodes as MdastNodes, PhrasingContent, Root } from 'mdast';
import type { InlineMath, Math as MathNode } from 'mdast-util-math';
import { toHast, defaultHandlers as mdastHandlers, type Handler, type State as ToHastState } from 'mdast-util-to-hast';
import type { OctavoInline } from '@octavo/core';
import type { Html, HtmlState } from './state.js';
import { h, link, text } from './util/hast.js';
import { mathToHast } from './util/math.js';

type InlineHandlers = { [T in OctavoInline['type']]: (node: Extract<OctavoInline, { type: T }>, state: HtmlState) => ElementContent };

/** Octavo's inline prose nodes as HTML. */
export const inlineHandlers: InlineHandlers = {
  octavoXref(node, state) {
    const target = node.resolved!;
    const label = text(node.text ?? target.text);
    return target.draft ? h('span', { className: ['xref', 'xref-draft'], title: 'Not yet written' }, label) : link(state.href(target), { className: ['xref'] }, label);
  },
  octavoCite(node, state) {
    return link(state.href(node.entry!), { className: ['cite'], id: state.id(node.anchor!), 'aria-label': `reference ${node.number}` }, text(`[${node.number}]`));
  },
  octavoIndexTerm(node, state) {
    return h('span', { className: ['index-term'], id: state.id(node.anchor!) }, text(node.text));
  },
  octavoGlossaryRef(node, state) {
    return link(state.href(node.definition!), { className: ['gloss'], id: state.id(node.anchor!) }, text(node.text));
  },
};

/** mdast → hast with Octavo's nodes, server-side MathML, relative headings and safe links. */
function handlersFor(state: HtmlState): Record<string, Handler> {
  const octavo = Object.fromEntries(
    Object.entries(inlineHandlers).map(([type, handle]) => [type, (_: ToHastState, node: OctavoInline) => (handle as (n: OctavoInline, s: HtmlState) => ElementContent)(node, state)]),
  );
  return {
    ...octavo,
    inlineMath: (_: ToHastState, node: InlineMath) => mathToHast(node.value, false, state.styles),
    math: (_: ToHastState, node: MathNode) => h('div', { className: ['math-display'] }, mathToHast(node.value, true, state.styles)),
    heading(toHastState: ToHastState, node: Heading) {
      const element = mdastHandlers.heading(toHastState, node) as Element;
      element.tagName = `h${Math.min(6, state.sectionDepth + node.depth)}`;
      return element;
    },
    link(toHastState: ToHastState, node: Link) {
      return link(node.url, {}, toHastState.all(node) as ElementContent[]);
    },
  };
}

export function proseToHast(tree: Root, state: HtmlState): Html {
  const root = toHast(tree, { handlers: handlersFor(state) });
  return root.type === 'root' ? (root.children as Html) : [root as ElementContent];
}

export function phrasingToHast(nodes: PhrasingContent[], state: HtmlState): Html {
  return proseToHast({ type: 'root', children: [{ type: 'paragraph', children: nodes }] }, state).flatMap((node) =>
    node.type === 'element' && node.tagName === 'p' ? node.children : [node],
  );
}

export type { MdastNodes };
