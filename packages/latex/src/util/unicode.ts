/**
 * Which Unicode characters the print project can typeset with pdfLaTeX, and how.
 *
 * pdfLaTeX reads UTF-8 through `inputenc`, which knows only the characters its font encodings
 * declare. Octavo's class uses T1 and TS1 (Palatino, Latin Modern typewriter); the characters
 * those cover natively are listed in {@link NATIVE_RANGES} (measured by typesetting every code
 * point of the candidate blocks in roman and typewriter and keeping those with neither an error
 * nor a "Missing character" in the log, nor a textcomp fallback to another family, which would pull in
 * a bitmap font). The class declares the rest it supports in
 * {@link DECLARED} (one `\DeclareUnicodeCharacter` each), and the box-drawing blocks come from
 * `pmboxdraw`. Everything else becomes `\octavomissingchar{HEX}`, a visible placeholder with a
 * warning, so an unexpected emoji never stops the build.
 */

/** Code point ranges (inclusive) that T1/TS1 with `inputenc` typeset without help. */
export const NATIVE_RANGES: readonly (readonly [number, number])[] = [
  [0x00a0, 0x00a7], [0x00a9, 0x00ae], [0x00b0, 0x00b3], [0x00b5, 0x0125], [0x0128, 0x0131],
  [0x0134, 0x0137], [0x0139, 0x013e], [0x0141, 0x0148], [0x014a, 0x0165], [0x0168, 0x017e],
  [0x2010, 0x2016], [0x2018, 0x201a], [0x201c, 0x201e], [0x2020, 0x2022], [0x2026, 0x2026],
  [0x2030, 0x2030], [0x2039, 0x203a], [0x203d, 0x203d], [0x2044, 0x2044], [0x204e, 0x204e],
  [0x20ac, 0x20ac], [0x2103, 0x2103], [0x2126, 0x2126],
];

/** Box drawing and block elements, drawn by the `pmboxdraw` package. */
export const BOX_DRAWING_RANGE = [0x2500, 0x259f] as const;

const math = (command: string) => `\\ensuremath{${command}}`;
const sup = (text: string) => `\\textsuperscript{${text}}`;
const sub = (text: string) => `\\textsubscript{${text}}`;

/**
 * Characters the class declares, with the TeX that draws them (valid in text and in math).
 * Greek letters and mathematical symbols come from the math fonts; arrows and shapes from
 * `amssymb`; ticks from `pifont`; odd spaces become TeX spacing.
 */
export const DECLARED: Readonly<Record<string, string>> = {
  // Greek, lower case (ε and φ as the Unicode glyphs look: the "var" forms)
  'α': math('\\alpha'), 'β': math('\\beta'), 'γ': math('\\gamma'), 'δ': math('\\delta'), 'ε': math('\\varepsilon'),
  'ζ': math('\\zeta'), 'η': math('\\eta'), 'θ': math('\\theta'), 'ι': math('\\iota'), 'κ': math('\\kappa'),
  'λ': math('\\lambda'), 'μ': math('\\mu'), 'ν': math('\\nu'), 'ξ': math('\\xi'), 'ο': math('o'), 'π': math('\\pi'),
  'ρ': math('\\rho'), 'ς': math('\\varsigma'), 'σ': math('\\sigma'), 'τ': math('\\tau'), 'υ': math('\\upsilon'),
  'φ': math('\\varphi'), 'χ': math('\\chi'), 'ψ': math('\\psi'), 'ω': math('\\omega'),
  'ϑ': math('\\vartheta'), 'ϕ': math('\\phi'), 'ϵ': math('\\epsilon'), 'ϱ': math('\\varrho'), 'ϖ': math('\\varpi'),
  // Greek, upper case (those shaped like Latin letters are Latin letters)
  'Α': 'A', 'Β': 'B', 'Γ': math('\\Gamma'), 'Δ': math('\\Delta'), 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Θ': math('\\Theta'),
  'Ι': 'I', 'Κ': 'K', 'Λ': math('\\Lambda'), 'Μ': 'M', 'Ν': 'N', 'Ξ': math('\\Xi'), 'Ο': 'O', 'Π': math('\\Pi'),
  'Ρ': 'P', 'Σ': math('\\Sigma'), 'Τ': 'T', 'Υ': math('\\Upsilon'), 'Φ': math('\\Phi'), 'Χ': 'X', 'Ψ': math('\\Psi'),
  'Ω': math('\\Omega'),
  // Mathematical operators and relations
  '−': math('-'), '∓': math('\\mp'), '≈': math('\\approx'), '≤': math('\\leq'), '≥': math('\\geq'), '≠': math('\\neq'),
  '≡': math('\\equiv'), '∼': math('\\sim'), '≃': math('\\simeq'), '≅': math('\\cong'), '∝': math('\\propto'),
  '≪': math('\\ll'), '≫': math('\\gg'), '∞': math('\\infty'), '∈': math('\\in'), '∉': math('\\notin'), '∋': math('\\ni'),
  '⊂': math('\\subset'), '⊆': math('\\subseteq'), '⊃': math('\\supset'), '⊇': math('\\supseteq'), '∩': math('\\cap'),
  '∪': math('\\cup'), '∅': math('\\emptyset'), '∀': math('\\forall'), '∃': math('\\exists'), '∄': math('\\nexists'),
  '∧': math('\\wedge'), '∨': math('\\vee'), '⊕': math('\\oplus'), '⊗': math('\\otimes'), '⊙': math('\\odot'),
  '∘': math('\\circ'), '∙': math('\\bullet'), '⋅': math('\\cdot'), '∗': math('\\ast'), '√': math('\\surd'),
  '∑': math('\\sum'), '∏': math('\\prod'), '∫': math('\\int'), '∂': math('\\partial'), '∇': math('\\nabla'),
  '∆': math('\\Delta'), '⊥': math('\\perp'), '⊤': math('\\top'), '∥': math('\\parallel'), '∣': math('\\mid'),
  '⋯': math('\\cdots'), '⋮': math('\\vdots'), '⋱': math('\\ddots'), '⟨': math('\\langle'), '⟩': math('\\rangle'),
  '⌈': math('\\lceil'), '⌉': math('\\rceil'), '⌊': math('\\lfloor'), '⌋': math('\\rfloor'), '′': math('^{\\prime}'),
  '″': math('^{\\prime\\prime}'), '∠': math('\\angle'), 'ℓ': math('\\ell'), 'ℏ': math('\\hbar'), '∴': math('\\therefore'),
  '∵': math('\\because'), '⊢': math('\\vdash'), '∎': math('\\blacksquare'),
  'ℝ': math('\\mathbb{R}'), 'ℕ': math('\\mathbb{N}'), 'ℤ': math('\\mathbb{Z}'), 'ℚ': math('\\mathbb{Q}'), 'ℂ': math('\\mathbb{C}'),
  // Arrows (Palatino has no TS1 arrows: they come from the math fonts)
  '←': math('\\leftarrow'), '↑': math('\\uparrow'), '→': math('\\rightarrow'), '↓': math('\\downarrow'),
  '↔': math('\\leftrightarrow'), '⇒': math('\\Rightarrow'), '⇐': math('\\Leftarrow'), '⇔': math('\\Leftrightarrow'),
  '↦': math('\\mapsto'), '⟶': math('\\longrightarrow'), '⟵': math('\\longleftarrow'), '⟹': math('\\Longrightarrow'),
  '↗': math('\\nearrow'), '↘': math('\\searrow'), '↖': math('\\nwarrow'), '↙': math('\\swarrow'),
  '↺': math('\\circlearrowleft'), '↻': math('\\circlearrowright'), '⇄': math('\\rightleftarrows'), '↪': math('\\hookrightarrow'),
  // Geometric shapes and marks
  '▶': math('\\blacktriangleright'), '►': math('\\blacktriangleright'), '▸': math('\\blacktriangleright'),
  '◀': math('\\blacktriangleleft'), '◄': math('\\blacktriangleleft'), '◂': math('\\blacktriangleleft'),
  '▼': math('\\blacktriangledown'), '▾': math('\\blacktriangledown'), '▲': math('\\blacktriangle'), '▴': math('\\blacktriangle'),
  '△': math('\\vartriangle'), '▽': math('\\triangledown'), '■': math('\\blacksquare'), '□': math('\\square'),
  '◆': math('\\blacklozenge'), '◇': math('\\lozenge'), '★': math('\\bigstar'), '○': math('\\bigcirc'), '●': '\\textbullet{}',
  '✓': '\\ding{51}', '✔': '\\ding{52}', '✗': '\\ding{55}', '✘': '\\ding{56}', '‣': math('\\blacktriangleright'),
  // Super- and subscripts (¹ ² ³ are native)
  '⁰': sup('0'), '⁴': sup('4'), '⁵': sup('5'), '⁶': sup('6'), '⁷': sup('7'), '⁸': sup('8'), '⁹': sup('9'),
  '⁺': sup('+'), '⁻': sup(math('-')), 'ⁱ': sup('i'), 'ⁿ': sup('n'),
  '₀': sub('0'), '₁': sub('1'), '₂': sub('2'), '₃': sub('3'), '₄': sub('4'), '₅': sub('5'), '₆': sub('6'),
  '₇': sub('7'), '₈': sub('8'), '₉': sub('9'), '₊': sub('+'), '₋': sub(math('-')),
  // Letterlike and spacing accents
  '™': sup('TM'), '№': 'No.', '¨': '\\"{}', '¯': '\\={}', '´': "\\'{}",
  // Spaces and invisible characters
  '\u2000': '\\enspace{}', '\u2001': '\\quad{}', '\u2002': '\\enspace{}', '\u2003': '\\quad{}', '\u2004': '\\,',
  '\u2005': '\\,', '\u2006': '\\,', '\u2007': '\\enspace{}', '\u2008': '\\,', '\u2009': '\\,', '\u200a': '\\,',
  '\u202f': '\\,', '\u205f': '\\:', '\u200b': '\\hspace{0pt}', '\u200c': '{}', '\u200d': '{}', '\u2060': '{}',
  '\ufeff': '{}', '\u2028': ' ', '\u2029': ' ',
};

const inRanges = (code: number, ranges: readonly (readonly [number, number])[]) => ranges.some(([from, to]) => code >= from && code <= to);

/** How a non-ASCII character reaches TeX. */
export type CharSupport = 'native' | 'declared' | 'boxdrawing' | 'missing';

/** Whether pdfLaTeX with Octavo's class can typeset `char` (one code point, not ASCII). */
export function charSupport(char: string): CharSupport {
  const code = char.codePointAt(0)!;
  if (Object.hasOwn(DECLARED, char)) return 'declared';
  if (inRanges(code, NATIVE_RANGES)) return 'native';
  if (code >= BOX_DRAWING_RANGE[0] && code <= BOX_DRAWING_RANGE[1]) return 'boxdrawing';
  return 'missing';
}

/** Upper-case hex of a code point, at least four digits: `1F600`. */
export const hex = (char: string) => char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');

/** The placeholder for a character no font of the class has. */
export const missingChar = (char: string) => `\\octavomissingchar{${hex(char)}}`;

/** Every character the class can typeset beyond ASCII (for tests and documentation). */
export function supportedCharacters(): string[] {
  const chars: string[] = [];
  for (const [from, to] of NATIVE_RANGES) for (let c = from; c <= to; c++) chars.push(String.fromCodePoint(c));
  for (let c = BOX_DRAWING_RANGE[0]; c <= BOX_DRAWING_RANGE[1]; c++) chars.push(String.fromCodePoint(c));
  return [...chars, ...Object.keys(DECLARED)];
}
