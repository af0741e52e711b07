import { charSupport, missingChar } from './unicode.js';

/** listings' names of the languages Octavo's code blocks may use; `text` has no highlighting. */
export const LISTINGS_LANGUAGES: Readonly<Record<string, string>> = {
  python: 'Python',
  typescript: 'TypeScript',
  javascript: 'JavaScript',
  bash: 'bash',
  sql: 'SQL',
  json: 'JSON',
  yaml: 'YAML',
  text: '',
};

/** Longest line a code block's font is shrunk to fit; longer lines break (marked with ↪). */
export const CODE_FIT_COLUMNS = 80;
/** Diagrams never break, so their font shrinks further. */
export const DIAGRAM_FIT_COLUMNS = 140;

/**
 * Source as listings reads it verbatim: no control characters, tabs expanded, no trailing blank
 * lines, and no line that would end the environment early.
 */
export function cleanSource(source: string, environment: string): string {
  const end = `\\end{${environment}}`;
  return source
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .split('\n')
    .map((line) => expandTabs(line).replace(/\s+$/, ''))
    // listings ends the environment at `\end{name}` anywhere in a line: a zero-width break in the
    // middle (typeset as nothing) keeps the text and the listing intact.
    .map((line) => line.split(end).join(`\\end\u200b{${environment}}`))
    .join('\n')
    .replace(/^\n+|\n+$/g, '');
}

function expandTabs(line: string): string {
  let out = '';
  for (const char of line) out += char === '\t' ? ' '.repeat(4 - ([...out].length % 4)) : char;
  return out;
}

/** The number of lines. */
export const lineCount = (source: string) => source.split('\n').length;

/** The longest line, in characters. */
export const columns = (source: string) => Math.max(1, ...source.split('\n').map((line) => [...line].length));

/**
 * listings' `literate` option for the characters beyond ASCII in `source`: each is typeset as the
 * class typesets it in text (listings cannot read UTF-8 itself), or as the missing-glyph mark.
 */
export function literate(source: string): string {
  const chars = [...new Set([...source].filter((char) => char.codePointAt(0)! > 0x7e))].sort();
  return chars
    .map((char) => {
      const support = charSupport(char);
      const tex = support === 'missing' ? missingChar(char) : char === '\u200b' ? '{}' : `\\octavoUchar{${char}}`;
      return `{${char}}{{${tex}}}${char === '\u200b' ? 0 : 1}`;
    })
    .join(' ');
}

/** The optional argument of a listing environment: its literate mappings, if any. */
export const listingOptions = (source: string) => {
  const mappings = literate(source);
  return mappings ? `[literate={${mappings}}]` : '';
};
