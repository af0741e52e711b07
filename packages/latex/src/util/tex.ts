import type { Nodes, PhrasingContent } from 'mdast';
import { commentText } from './escape.js';

/** The prefix of the source markers that map TeX errors back to the book: `% octavo: Q22 › The Solution`. */
export const MARKER_PREFIX = '% octavo: ';

/** A source marker line. */
export const marker = (where: string) => `${MARKER_PREFIX}${commentText(where)}\n`;

/** `\name{a}{b}` */
export const command = (name: string, ...args: string[]) => `\\${name}${args.map((arg) => `{${arg}}`).join('')}`;

/** An environment on lines of its own. */
export const environment = (name: string, body: string, args = '') => `\\begin{${name}}${args}\n${body.replace(/\n*$/, '\n')}\\end{${name}}\n`;

/** Display math that continues the paragraph before it rather than opening one of its own. */
const DISPLAY = /^\\(?:\[|begin\{equation\})/;

/**
 * Joins blocks of TeX with a blank line between them (a paragraph break), except before display
 * math: a blank line there would leave an empty line above the equation.
 */
export const blocks = (parts: readonly string[]) =>
  parts
    .map((part) => part.replace(/^\n+|\s+$/g, ''))
    .filter((part) => part !== '')
    .reduce((joined, part) => (joined === '' ? part : `${joined}${DISPLAY.test(part) ? '\n' : '\n\n'}${part}`), '');

/** The text a reader sees in phrasing content, for layout estimates (table widths). */
export function plainText(nodes: readonly Nodes[]): string {
  return nodes
    .map((node): string => {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          return node.value;
        case 'inlineMath':
          // Commands print as about one glyph; braces and scripts print nothing.
          return node.value.replace(/\\[a-zA-Z]+/g, 'x').replace(/[{}^_\s]/g, '');
        case 'octavoXref':
          return node.text ?? node.resolved?.text ?? node.target;
        case 'octavoCite':
          return `[${node.number ?? ''}]`;
        case 'octavoIndexTerm':
        case 'octavoGlossaryRef':
          return node.text;
        case 'break':
          return ' ';
        default:
          return 'children' in node ? plainText(node.children as PhrasingContent[]) : '';
      }
    })
    .join('');
}

/** Room a heading asks for below it (`\\Needspace`); nothing when a paragraph's worth is enough. */
export const needspace = (lines: number) => (lines > 3 ? `\\Needspace{${lines}\\baselineskip}\n` : '');
