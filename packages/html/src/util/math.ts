import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import temml from 'temml';
import type { StyleSheet } from './styles.js';

/**
 * TeX → MathML on the server (Temml), so math reads with no client JavaScript. The TeX source
 * becomes the `alttext` for assistive technology; inline styles are hoisted into the stylesheet.
 */
export function mathToHast(tex: string, display: boolean, styles: StyleSheet, tag?: string): Element {
  const source = tag ? `${tex} \\tag{${tag}}` : tex;
  const markup = temml.renderToString(source, { displayMode: display, xml: true, throwOnError: false, annotate: false });
  const root = fromHtml(markup, { fragment: true });
  const math = root.children.find((child): child is Element => child.type === 'element' && child.tagName === 'math');
  if (!math) return { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: tex }] };
  math.properties.alttext = tex;
  styles.hoist(math);
  return math;
}

export type { ElementContent };
