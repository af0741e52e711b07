import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';

const require = createRequire(import.meta.url);

/**
 * The font files the PDF embeds, all open-licensed and shipped through npm so a build needs no
 * system fonts: Noto Serif (SIL OFL 1.1) for text, DejaVu (Bitstream Vera licence, public-domain
 * changes) for the symbols Noto Serif lacks (→ ≈ ≤ ∈ √ box drawing) and for code.
 */
export const FONT_FILES = {
  serif: '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
  serifItalic: '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
  serifBold: '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
  serifBoldItalic: '@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
  symbol: 'dejavu-fonts-ttf/ttf/DejaVuSerif.ttf',
  symbolItalic: 'dejavu-fonts-ttf/ttf/DejaVuSerif-Italic.ttf',
  symbolBold: 'dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf',
  symbolBoldItalic: 'dejavu-fonts-ttf/ttf/DejaVuSerif-BoldItalic.ttf',
  mono: 'dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf',
  monoBold: 'dejavu-fonts-ttf/ttf/DejaVuSansMono-Bold.ttf',
  monoItalic: 'dejavu-fonts-ttf/ttf/DejaVuSansMono-Oblique.ttf',
  sans: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
} as const;

/** A font the layout may place text in. */
export type FontId = keyof typeof FONT_FILES;

/** What a run of text looks like; the font is chosen from it (with fallback per glyph). */
export interface TextStyle {
  family: 'serif' | 'mono';
  bold: boolean;
  italic: boolean;
  size: number;
  /** sRGB hex. */
  color: string;
}

/** The fonts tried in order for a style: the first that has a glyph for a character is used. */
export function fontChain(style: Pick<TextStyle, 'family' | 'bold' | 'italic'>): readonly FontId[] {
  if (style.family === 'mono') return [style.bold ? 'monoBold' : style.italic ? 'monoItalic' : 'mono', 'sans', 'symbol'];
  if (style.bold && style.italic) return ['serifBoldItalic', 'symbolBoldItalic', 'sans'];
  if (style.bold) return ['serifBold', 'symbolBold', 'sans'];
  if (style.italic) return ['serifItalic', 'symbolItalic', 'sans'];
  return ['serif', 'symbol', 'sans'];
}

/** The absolute path of a font file. */
export const fontPath = (id: FontId): string => require.resolve(FONT_FILES[id]);

const loaded = new Map<FontId, fontkit.Font>();

/** The parsed font (cached for the process). */
export function font(id: FontId): fontkit.Font {
  let parsed = loaded.get(id);
  if (!parsed) {
    parsed = fontkit.openSync(fontPath(id)) as fontkit.Font;
    loaded.set(id, parsed);
  }
  return parsed;
}

const widths = new Map<string, number>();

/**
 * Advance width of `text` in `id` at 1 pt, with the same shaping (kerning, ligatures) pdfkit
 * applies when it draws, so measured and drawn text agree.
 */
export function unitWidth(id: FontId, text: string): number {
  const key = `${id}\u0000${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    const parsed = font(id);
    width = parsed.layout(text).advanceWidth / parsed.unitsPerEm;
    widths.set(key, width);
  }
  return width;
}

/** Width of `text` in points. */
export const textWidth = (id: FontId, text: string, size: number) => unitWidth(id, text) * size;

/** Ascender and descender (positive, below the baseline) of a font at 1 pt. */
export function metrics(id: FontId): { ascent: number; descent: number } {
  const parsed = font(id);
  return { ascent: parsed.ascent / parsed.unitsPerEm, descent: -parsed.descent / parsed.unitsPerEm };
}

/** A run of text in one font. */
export interface FontRun {
  font: FontId;
  text: string;
}

const coverage = new Map<string, FontId | null>();

function fontFor(chain: readonly FontId[], char: string): FontId | null {
  const key = `${chain[0]}\u0000${char}`;
  let found = coverage.get(key);
  if (found === undefined) {
    const code = char.codePointAt(0)!;
    found = chain.find((id) => font(id).hasGlyphForCodePoint(code)) ?? null;
    coverage.set(key, found);
  }
  return found;
}

/** Characters no embedded font can draw; they are replaced and reported, never drawn as boxes. */
export class MissingGlyphs {
  readonly chars = new Set<string>();
}

/**
 * Splits text into runs by the first font of the style's chain that has each glyph. Spaces and
 * combining characters stay in the run they sit in.
 */
const runCache = new Map<string, FontRun[]>();

export function fontRuns(style: Pick<TextStyle, 'family' | 'bold' | 'italic'>, text: string, missing?: MissingGlyphs): FontRun[] {
  const chain = fontChain(style);
  const key = `${chain[0]}\u0000${text}`;
  const cached = runCache.get(key);
  if (cached) return cached;
  const runs: FontRun[] = [];
  let lacking = false;
  for (const char of text) {
    let id = /\s/.test(char) ? (runs.at(-1)?.font ?? chain[0]!) : fontFor(chain, char);
    let drawn = char;
    if (id === null) {
      missing?.chars.add(char);
      lacking = true;
      id = chain[0]!;
      drawn = '?';
    }
    const last = runs.at(-1);
    if (last && last.font === id) last.text += drawn;
    else runs.push({ font: id, text: drawn });
  }
  // Text with a character no font has is not cached, so every occurrence is reported.
  if (!lacking) runCache.set(key, runs);
  return runs;
}
