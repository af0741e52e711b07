import type { BoxKind } from '../model/block.js';

/** Colours of one box kind: a strong accent (rule, title) and a light background. sRGB hex. */
export interface BoxColours {
  accent: string;
  background: string;
}

/**
 * The print and screen palette of the boxes, shared by every renderer (HTML, EPUB, LaTeX, PDF) so
 * a trap looks like a trap everywhere: traps red-orange, solutions and takeaways green, papers
 * blue, the rest in distinct calm hues. Accents meet WCAG AA contrast for text on white.
 */
export const BOX_PALETTE: Record<BoxKind, BoxColours> = {
  dfn: { accent: '#1f5f8b', background: '#eef5fa' },
  ex: { accent: '#6b4c9a', background: '#f4f0fa' },
  tec: { accent: '#0f6e6e', background: '#ebf6f6' },
  thm: { accent: '#8a5a00', background: '#fbf5e8' },
  code: { accent: '#4a5568', background: '#f4f5f7' },
  gen: { accent: '#2e6b30', background: '#eef7ee' },
  note: { accent: '#9a6700', background: '#fff8e6' },
  trap: { accent: '#b93815', background: '#fdf0eb' },
  paper: { accent: '#1d4ed8', background: '#eef3fe' },
  interview: { accent: '#7a3e8f', background: '#f7eefa' },
  takeaway: { accent: '#1e7b4a', background: '#ecf8f1' },
};

/** Body text, muted text, links and rules, shared by every renderer. */
export const TEXT_PALETTE = {
  text: '#1a1a1a',
  muted: '#5a5a5a',
  link: '#1a56b0',
  rule: '#d0d4da',
  // White keeps every highlighter colour above WCAG AA contrast (e.g. github-light's red, 4.3:1 on grey).
  codeBackground: '#ffffff',
} as const;
