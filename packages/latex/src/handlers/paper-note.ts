import { referenceParts, type PaperNoteNode, type Paper } from '@octavo/core';
import type { LatexState, Tex } from '../state.js';
import { escapeText, escapeUrl, escapeUrlText } from '../util/escape.js';

/** "Authors (year). *Title*. Venue. doi:…", in the order every Octavo format prints a reference. */
export function reference(paper: Paper): Tex {
  const parts = referenceParts(paper);
  const identifier = parts.identifier ?? parts.url;
  const link = identifier && parts.url ? ` \\href{${escapeUrl(parts.url)}}{${escapeUrlText(identifier)}}.` : '';
  return `${escapeText(parts.authors)} (${escapeText(parts.year)}). \\emph{${escapeText(parts.title)}}. ${escapeText(parts.venue)}.${link}`;
}

/** One related paper: its citation and reference, what it contributes and why it matters here. */
export function paperNote(node: PaperNoteNode, state: LatexState): Tex {
  const prose = (tree: PaperNoteNode['contribution']) => state.all([{ type: 'prose', tree }]);
  return state.at(`paper ${node.paper.id}`, () =>
    [
      state.marker().trimEnd(),
      `\\octavopaper{\\cite{${node.paper.id}}}{\\octavomark{${node.anchor}}${reference(node.paper)}}`,
      '',
      `\\octavolead{Key contribution.}${prose(node.contribution)}`,
      '',
      `\\octavolead{Why it matters here.}${prose(node.relevance)}`,
    ].join('\n'),
  );
}
