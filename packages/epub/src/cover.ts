import { BOX_PALETTE, type BookMeta } from '@octavo/core';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Breaks a title into lines of at most `width` characters, at spaces. */
function lines(text: string, width: number): string[] {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = out.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) out[out.length - 1] = `${last} ${word}`;
    else out.push(word);
  }
  return out;
}

/** A generated cover (SVG): title, subtitle and author on the book's palette. */
export function coverSvg(meta: BookMeta): string {
  const title = lines(meta.title, 22);
  const subtitle = meta.subtitle ? lines(meta.subtitle, 38) : [];
  const text = (items: string[], y: number, size: number, weight: string, fill: string) =>
    items.map((line, i) => `<text x="800" y="${y + i * size * 1.25}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="middle">${escape(line)}</text>`).join('\n  ');
  const titleTop = 700;
  const subtitleTop = titleTop + title.length * 120 + 80;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="2400" viewBox="0 0 1600 2400" font-family="Georgia, 'DejaVu Serif', serif">
  <title>${escape(meta.title)}</title>
  <rect width="1600" height="2400" fill="#fbfaf7"/>
  <rect x="0" y="0" width="1600" height="360" fill="${BOX_PALETTE.trap.accent}"/>
  <rect x="0" y="360" width="1600" height="40" fill="${BOX_PALETTE.paper.accent}"/>
  <rect x="0" y="400" width="1600" height="40" fill="${BOX_PALETTE.takeaway.accent}"/>
  ${text(title, titleTop, 96, 'bold', '#1a1a1a')}
  ${text(subtitle, subtitleTop, 52, 'normal', '#4a4a4a')}
  <rect x="600" y="2040" width="400" height="4" fill="${BOX_PALETTE.trap.accent}"/>
  ${text([meta.author], 2160, 64, 'normal', '#1a1a1a')}
  ${text([meta.date], 2250, 44, 'normal', '#5a5a5a')}
</svg>
`;
}
