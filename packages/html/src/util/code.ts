import type { Element, ElementContent } from 'hast';
import { highlightTokens } from './highlight.js';
import type { StyleSheet } from './styles.js';

/**
 * Highlighted code as `pre > code` with one class per colour pair: the light colour by default,
 * the dark one under `[data-theme=dark]` / `prefers-color-scheme: dark` (see the stylesheet).
 */
export function codeToHast(source: string, language: string, styles: StyleSheet): Element {
  const lines = highlightTokens(source, language);
  const children: ElementContent[] = lines.flatMap((line, i) => {
    const spans: ElementContent[] = line.map((token) => ({
      type: 'element',
      tagName: 'span',
      properties: {
        className: [
          styles.classFor(`color:${token.light.toLowerCase()};--dark:${token.dark.toLowerCase()}${token.fontStyle === 'normal' ? '' : `;font-${token.fontStyle === 'bold' ? 'weight' : 'style'}:${token.fontStyle}`}`),
        ],
      },
      children: [{ type: 'text', value: token.content }],
    }));
    return i < lines.length - 1 ? [...spans, { type: 'text', value: '\n' }] : spans;
  });
  return {
    type: 'element',
    tagName: 'pre',
    properties: { className: ['code', `language-${language}`], tabIndex: 0 },
    children: [{ type: 'element', tagName: 'code', properties: {}, children }],
  };
}
