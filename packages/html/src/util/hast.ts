import type { Element, ElementContent, Properties } from 'hast';

/** Children may be nested arrays: handlers return lists, and lists of lists read naturally. */
export type Child = ElementContent | readonly Child[];

/** A hast element. */
export const h = (tagName: string, properties: Properties = {}, ...children: Child[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children: children.flat(Infinity as 1) as ElementContent[],
});

export const text = (value: string): ElementContent => ({ type: 'text', value });

/** A heading at a depth clamped to h1–h6. */
export const heading = (depth: number, properties: Properties, ...children: Child[]) =>
  h(`h${Math.min(6, Math.max(1, depth))}`, properties, ...children);

/** A link; external ones open no window reference back to this page. */
export function link(href: string, properties: Properties, ...children: Child[]): Element {
  const external = /^[a-z][a-z0-9+.-]*:/i.test(href);
  return h('a', { href, ...(external ? { rel: ['noopener', 'noreferrer'] } : {}), ...properties }, ...children);
}
