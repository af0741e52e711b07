import type { LatexState } from '../state.js';
import { escapeText } from './escape.js';
import { CODE_FIT_COLUMNS, DIAGRAM_FIT_COLUMNS, LISTINGS_LANGUAGES, cleanSource, columns, lineCount, listingOptions } from './listing.js';

export interface Listing {
  source: string;
  language: string;
  caption?: string;
  /** Expected standard output of a runnable block, shown below it. */
  output?: string;
}

/**
 * Code in `listings`: highlighted by listings' own language definitions, in a font sized to fit
 * the longest line (up to 80 columns), breaking longer lines with a ↪ mark. No shell escape.
 */
export function codeListing(listing: Listing, state: LatexState): string {
  const source = cleanSource(listing.source, 'octavolisting');
  const language = LISTINGS_LANGUAGES[listing.language] ?? '';
  const parts = [
    state.marker(`code (${listing.language})`).trimEnd(),
    ...(listing.caption ? [`\\octavocodecaption{${escapeText(listing.caption)}}`] : []),
    `\\begin{octavolisting}${listingOptions(source)}{${language}}{${Math.min(CODE_FIT_COLUMNS, columns(source))}}{${lineCount(source)}}\n${source}\n\\end{octavolisting}`,
  ];
  if (listing.output !== undefined) {
    const output = cleanSource(listing.output, 'octavooutput');
    parts.push(
      `\\begin{octavooutput}${listingOptions(output)}{${Math.min(CODE_FIT_COLUMNS, columns(output))}}{${lineCount(output)}}\n${output}\n\\end{octavooutput}`,
    );
  }
  return parts.join('\n');
}

/** A monospace text diagram: never broken, its font shrunk until the widest line fits. */
export function diagramListing(text: string, caption: string | undefined, state: LatexState): string {
  const source = cleanSource(text, 'octavodiagram');
  return [
    state.marker('diagram').trimEnd(),
    '\\par\\noindent\\begin{minipage}{\\linewidth}',
    `\\begin{octavodiagram}${listingOptions(source)}{${Math.min(DIAGRAM_FIT_COLUMNS, columns(source))}}\n${source}\n\\end{octavodiagram}`,
    ...(caption ? [`\\octavodiagramcaption{${escapeText(caption)}}`] : []),
    '\\end{minipage}\\par',
  ].join('\n');
}
