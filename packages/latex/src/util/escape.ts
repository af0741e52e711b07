import { charSupport, missingChar } from './unicode.js';

/** ASCII characters that mean something to TeX, and what prints them. */
const TEXT_SPECIALS: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '#': '\\#',
  '$': '\\$',
  '%': '\\%',
  '&': '\\&',
  '_': '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // T1 fonts have ligatures for << >> (guillemets) and !` ?` (inverted marks): spell them out.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  // (\\textasciigrave would fall back to a bitmap font: Palatino and Helvetica lack it in TS1.)
  '`': '\\`{}',
  '|': '\\textbar{}',
};

/** In typewriter text, quotes stay straight, as the source has them. */
const CODE_SPECIALS: Readonly<Record<string, string>> = {
  ...TEXT_SPECIALS,
  '`': '\\textasciigrave{}',
  '"': '\\textquotedbl{}',
  "'": '\\textquotesingle{}',
  '-': '-{}',
  ' ': '\\ ',
};

/** Characters after which long inline code may break a line. */
const CODE_BREAKS = new Set(['.', '_', '/', ',', '(', '[', '=', ':', ';', '-']);

/** A quote opens when it follows nothing, a space, or an opening bracket or dash. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/\u201c\u2018]/;

/** Removes what TeX cannot read at all: control characters, and blank lines that would end a paragraph. */
function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[ \t]*\n[\s]*/g, '\n');
}

function nonAscii(char: string): string {
  const support = charSupport(char);
  if (support === 'missing') return missingChar(char);
  if (char === '\u00a0') return '~';
  return char;
}

/**
 * Escapes text from content for LaTeX text mode: TeX's specials, ligatures that would change the
 * text (`--`, `''`, `,,`, `<<`), straight double and opening single quotes made typographic,
 * Unicode passed through when the class can typeset it and replaced by a visible placeholder
 * otherwise. The result never contains a blank line, so it is safe in any argument.
 */
export function escapeText(text: string): string {
  const chars = [...clean(text)];
  let out = '';
  chars.forEach((char, i) => {
    const previous = chars[i - 1];
    const next = chars[i + 1];
    const opening = previous === undefined || OPENS_AFTER.test(previous);
    if (char === '"') out += opening ? '\u201c' : '\u201d';
    else if (char === "'") out += opening ? '\u2018' : next === "'" ? "'{}" : "'";
    else if (char === '-' && next === '-') out += '-{}';
    else if (char === ',' && next === ',') out += ',{}';
    else if (char === '\n') out += '\n';
    else if (Object.hasOwn(TEXT_SPECIALS, char)) out += TEXT_SPECIALS[char];
    else if (char.codePointAt(0)! > 0x7e) out += nonAscii(char);
    else out += char;
  });
  return out;
}

/**
 * Escapes inline code for `\texttt`: quotes stay straight, spaces keep their count, and long
 * identifiers may break after punctuation instead of running into the margin.
 */
export function escapeCode(text: string): string {
  let out = '';
  for (const char of clean(text).replace(/\n/g, ' ')) {
    if (Object.hasOwn(CODE_SPECIALS, char)) out += CODE_SPECIALS[char];
    else if (char.codePointAt(0)! > 0x7e) out += nonAscii(char);
    else out += char;
    if (CODE_BREAKS.has(char)) out += '\\allowbreak{}';
  }
  return out;
}

/**
 * A URL as `\href` and `\url` read it: characters that would unbalance the argument or end the
 * line are percent-encoded; `%` and `#` are escaped for TeX.
 */
export function escapeUrl(url: string): string {
  const bytes = (char: string) => [...new TextEncoder().encode(char)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
  const chars = [...clean(url).trim()];
  const encoded = chars
    .map((char, i) => {
      if (char === '%') return /^[0-9A-Fa-f]{2}$/.test(chars.slice(i + 1, i + 3).join('')) ? '%' : '%25';
      // Letters, digits and the URL punctuation that TeX reads safely once % and # are escaped.
      if (/^[A-Za-z0-9\-._!*'();:@&=+$,/?#[\]]$/.test(char)) return char;
      return bytes(char);
    })
    .join('');
  return encoded.replace(/[%#]/g, (char) => `\\${char}`);
}

/**
 * Text for a TeX comment line (the source markers): one line, no characters that end it early.
 */
export function commentText(text: string): string {
  return clean(text).replace(/\n/g, ' ');
}

/** A URL printed as text: escaped, and free to break after its punctuation. */
export function escapeUrlText(url: string): string {
  return [...clean(url).replace(/\s+/g, '')].map((char) => escapeText(char) + (/[/.\-_?&=#:]/.test(char) ? '\\allowbreak{}' : '')).join('');
}
