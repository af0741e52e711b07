import type { Heading, Html, Paragraph, PhrasingContent, Text } from 'mdast';

export const text = (value: string): Text => ({ type: 'text', value });
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
export const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });
export const emphasis = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'emphasis', children });
export const link = (url: string, ...children: PhrasingContent[]): PhrasingContent => ({ type: 'link', url, children });

/** An empty inline HTML anchor: GitHub keeps `id`s on `<a>`, so links to it work in rendered Markdown. */
export const inlineAnchor = (id: string): Html => ({ type: 'html', value: `<a id="${id}"></a>` });

/** An anchor on a line of its own (before a code block or an equation). */
export const anchor = (id: string): Paragraph => paragraph(inlineAnchor(id));

/** A heading that carries its stable anchor. */
export function heading(depth: number, id: string, ...children: PhrasingContent[]): [Heading] {
  return [{ type: 'heading', depth: Math.min(6, Math.max(1, depth)) as Heading['depth'], children: [inlineAnchor(id), ...children] }];
}

/** Links to several locations, separated by commas. */
export function locationLinks(locations: { href: string; label: string }[]): PhrasingContent[] {
  return locations.flatMap(({ href, label }, i) => [...(i > 0 ? [text(', ')] : []), link(href, text(label))]);
}
