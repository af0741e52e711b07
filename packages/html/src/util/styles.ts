import { createHash } from 'node:crypto';
import type { Element, Nodes } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Collects inline styles as classes, so pages keep a strict Content Security Policy
 * (`style-src 'self'`): Temml's MathML and the highlighter's colours become `.s-<hash>` rules
 * in the stylesheet. Class names derive from the declarations, so builds stay deterministic.
 */
export class StyleSheet {
  private readonly rules = new Map<string, string>();

  /** A class for these declarations, e.g. `color:#d73a49`. */
  classFor(declarations: string): string {
    const normalised = declarations.trim().replace(/;$/, '');
    const name = `s-${createHash('sha1').update(normalised).digest('hex').slice(0, 8)}`;
    this.rules.set(name, normalised);
    return name;
  }

  /** Replaces every `style` attribute in a hast tree by a class. */
  hoist(tree: Nodes): void {
    visit(tree, 'element', (node: Element) => {
      const style = node.properties.style;
      if (typeof style !== 'string' || style.trim() === '') return;
      delete node.properties.style;
      const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
      node.properties.className = [...classes, this.classFor(style)];
    });
  }

  /** The collected rules, sorted by name. `scope` prefixes every selector (for fragments). */
  css(scope = ''): string {
    return [...this.rules.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, declarations]) => `${scope}.${name}{${declarations}}`)
      .join('\n');
  }

  /** Merges another sheet's rules into this one. */
  merge(other: StyleSheet): void {
    for (const [name, declarations] of other.rules) this.rules.set(name, declarations);
  }
}
