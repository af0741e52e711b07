import type { ElementContent } from 'hast';
import type { Location } from '@octavo/core';
import type { HtmlState } from '../state.js';
import { link, text } from '../util/hast.js';

/** Links back to where something is used: the first use in each part, at its exact anchor. */
export function backLinks(locations: Location[], state: HtmlState): ElementContent[] {
  const firstPerSection = new Map<string, Location>();
  for (const location of locations) if (!firstPerSection.has(location.section)) firstPerSection.set(location.section, location);
  return [...firstPerSection.values()].flatMap((location, i) => [...(i > 0 ? [text(', ')] : []), link(state.href(location), {}, text(location.label))]);
}
