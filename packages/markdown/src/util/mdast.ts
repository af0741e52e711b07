import type { Heading, Html, Paragraph, PhrasingContent, Text } from 'mdast';

export const text = (value: string): Text => ({ type: 'text', value });
export const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
export const strong = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'strong', children });
export const emphasis = (...children: PhrasingContent[]): PhrasingContent => ({ type: 'emphasis', children });
export const link = (url: string, ...children: PhrasingContent[]): PhrasingContent => ({ type: 'link', url, children });

/** An empty HTML anchor: GitHub keeps `id`s on `<a>` so links to it work in rendered Markdown. */
export const anchor = (id: string): Html => ({ type: 'html', value: `<a id="${id}"></a>` });

/** A heading preceded by its stable anchor. */
export function heading(depth: number, id: string, ...children: PhrasingContent[]): [Html, Heading] {
  return [anchor(id), { type: 'heading', depth: Math.min(6, Math.max(1, depth)) as Heading['depth'], children }];
}

/** Links to several locations, separated by commas. */
export function locationLinks(locations: { href: string; label: string }[]): PhrasingContent[] {
  return locations.flatMap(({ href, label }, i) => [...(i > 0 ? [text(', ')] : []), link(href, text(label))]);
}
