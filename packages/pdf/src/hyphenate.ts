import { createRequire } from 'node:module';
import type { HyphenationFunctionSync } from 'hyphen';

// `hyphen` is CommonJS; its en-us patterns are TeX's (hyph-en-us), as LaTeX would hyphenate.
const { hyphenateSync } = createRequire(import.meta.url)('hyphen/en-us') as { hyphenateSync: HyphenationFunctionSync };

/** TeX's defaults for English: at least two letters before a break and three after it. */
const LEFT_MIN = 2;
const RIGHT_MIN = 3;

const cache = new Map<string, number[]>();

/**
 * Where a word may be hyphenated: offsets into `word` (a break before that character). Only plain
 * lower-case words are hyphenated: names with inner capitals (LogSumExp), numbers and identifiers
 * read worse broken.
 */
export function hyphenationPoints(word: string): number[] {
  let points = cache.get(word);
  if (points) return points;
  points = [];
  if (/^[A-Za-z][a-z]{4,}$/.test(word)) {
    const syllables = hyphenateSync(word, { minWordLength: 5 }).split('\u00AD');
    let offset = 0;
    for (const syllable of syllables.slice(0, -1)) {
      offset += syllable.length;
      if (offset >= LEFT_MIN && word.length - offset >= RIGHT_MIN) points.push(offset);
    }
  }
  cache.set(word, points);
  return points;
}
