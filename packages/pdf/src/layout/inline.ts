import type { PhrasingContent } from 'mdast';
// Registers `inlineMath` and `math` in mdast's node maps.
import type {} from 'mdast-util-math';
import type { OctavoInline } from '@octavo/core';
import type { TextStyle } from '../fonts.js';
import type { LayoutState } from './state.js';
import { COLORS } from './style.js';
import type { Inline } from './text.js';
import type { LinkTarget } from './types.js';

type Convert<N> = (node: N, style: TextStyle, state: LayoutState, link?: LinkTarget) => Inline[];
type InlineHandlers = { [T in OctavoInline['type']]: Convert<Extract<OctavoInline, { type: T }>> };

const linked = (style: TextStyle): TextStyle => ({ ...style, color: COLORS.link });

/** Inline code: the mono face, a shade darker, a little smaller so it sits with the serif. */
export const codeStyle = (style: TextStyle): TextStyle => ({ ...style, family: 'mono', bold: false, italic: false, size: style.size * 0.88, color: style.color === COLORS.link ? COLORS.link : '#2b3440' });

/** "p. 47" for an anchor laid out in the previous pass; nothing on the first pass. */
export function pageSuffix(anchor: string, state: LayoutState): string {
  const page = state.pageOf(anchor);
  return page ? `, p.\u00A0${page}` : '';
}

/** Octavo's inline nodes: references show number and page, citations link the bibliography. */
export const inlineHandlers: InlineHandlers = {
  octavoXref(node, style, state) {
    const target = node.resolved!;
    const label = node.text ?? target.text;
    if (target.draft) return [{ kind: 'text', text: label, style }];
    const to = { anchor: target.anchor };
    return [{ kind: 'text', text: label + pageSuffix(target.anchor, state), style: linked(style), link: to }];
  },
  octavoCite(node, style) {
    const anchors: Inline[] = node.anchor ? [{ kind: 'anchor', name: node.anchor }] : [];
    return [...anchors, { kind: 'text', text: `[${node.number}]`, style: linked(style), link: { anchor: node.entry!.anchor } }];
  },
  octavoIndexTerm(node, style) {
    const anchors: Inline[] = node.anchor ? [{ kind: 'anchor', name: node.anchor }] : [];
    return [...anchors, { kind: 'text', text: node.text, style }];
  },
  octavoGlossaryRef(node, style) {
    const anchors: Inline[] = node.anchor ? [{ kind: 'anchor', name: node.anchor }] : [];
    return [...anchors, { kind: 'text', text: node.text, style: linked(style), link: { anchor: node.definition!.anchor } }];
  },
};

const isOctavoInline = (node: PhrasingContent): node is OctavoInline & PhrasingContent => node.type in inlineHandlers;

/** Resolved prose phrasing as inline content for the line breaker. */
export function toInlines(nodes: readonly PhrasingContent[], style: TextStyle, state: LayoutState, link?: LinkTarget): Inline[] {
  return nodes.flatMap((node): Inline[] => {
    if (isOctavoInline(node)) {
      const handler = inlineHandlers[node.type] as Convert<OctavoInline>;
      return handler(node, style, state, link);
    }
    const withLink = link ? { link } : {};
    switch (node.type) {
      case 'text':
        return [{ kind: 'text', text: node.value, style, ...withLink }];
      case 'emphasis':
        return toInlines(node.children, { ...style, italic: !style.italic }, state, link);
      case 'strong':
        return toInlines(node.children, { ...style, bold: true }, state, link);
      case 'delete':
        return toInlines(node.children, { ...style, color: COLORS.muted }, state, link);
      case 'inlineCode':
        return [{ kind: 'text', text: node.value, style: codeStyle(style), code: true, ...withLink }];
      case 'inlineMath':
        return [{ kind: 'math', tex: node.value, style, ...withLink }];
      case 'link':
        return toInlines(node.children, linked(style), state, { url: node.url });
      case 'break':
        return [{ kind: 'break' }];
      case 'image':
        return [{ kind: 'text', text: node.alt ?? '', style, ...withLink }];
      case 'html':
        return [{ kind: 'text', text: node.value, style, ...withLink }];
      default:
        // Footnote and link references are rejected by validation; their text still shows.
        return 'children' in node ? toInlines(node.children as PhrasingContent[], style, state, link) : [];
    }
  });
}

/**
 * A plain-text field (tagline, box title, caption) as phrasing. These fields are plain text in
 * every format — never parsed as Markdown or math — so all renderers print the same characters.
 */
export function richText(text: string): PhrasingContent[] {
  return [{ type: 'text', value: text }];
}

/**
 * Typographic quotes for straight ones in text (never in code): an opening quote after a space or
 * an opening bracket, a closing one (or an apostrophe) elsewhere. Context carries across runs.
 */
export function smartQuotes(inlines: Inline[]): Inline[] {
  let previous = ' ';
  return inlines.map((inline) => {
    if (inline.kind === 'math') previous = 'x';
    if (inline.kind !== 'text') return inline;
    if (inline.code) {
      previous = inline.text.at(-1) ?? previous;
      return inline;
    }
    let text = '';
    for (const char of inline.text) {
      const opening = /[\s([{\u2014\u2013/-]/.test(previous);
      if (char === '"') text += opening ? '\u201C' : '\u201D';
      else if (char === "'") text += opening ? '\u2018' : '\u2019';
      else text += char;
      previous = char;
    }
    return text === inline.text ? inline : { ...inline, text };
  });
}
