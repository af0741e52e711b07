import type { GlossaryNode, Location } from '@octavo/core';
import type { LatexState, Tex } from '../state.js';
import { escapeText } from '../util/escape.js';

/** Where a term is used: each part once, linked to the first use there, with its page. */
function usedIn(locations: Location[]): Tex {
  const first = new Map<string, Location>();
  for (const location of locations) if (!first.has(location.section)) first.set(location.section, location);
  return [...first.values()]
    .map((location) => `\\octavoref{${location.anchor}}{${escapeText(location.label)}, p.~\\pageref*{${location.anchor}}}`)
    .join('; ');
}

/** The glossary: terms in core's order, each with its definition and where it is used. */
export function glossary(node: GlossaryNode, state: LatexState): Tex {
  const entries = node.entries.map((entry) =>
    state.at(entry.term, () =>
      [
        `\\octavoglossaryterm{${escapeText(entry.term)}}\\octavomark{${entry.anchor}}`,
        state.inside({ inList: true }, () => state.all([{ type: 'prose', tree: entry.definition }])),
        ...(entry.usedAt.length ? [`\\octavousedin{${usedIn(entry.usedAt)}}`] : []),
      ].join('\n'),
    ),
  );
  return state.at(node.title, () =>
    [
      state.marker().trimEnd(),
      `\\chapter{${escapeText(node.title)}}\\label{${node.anchor}}`,
      '',
      '\\begin{octavoglossary}',
      entries.join('\n\n'),
      '\\end{octavoglossary}',
      '',
    ].join('\n'),
  );
}
