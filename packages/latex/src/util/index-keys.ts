import type { ConceptIndexNode, ResolvedBook } from '@octavo/core';

/**
 * The concept index in makeindex's terms. Core has already sorted the entries; makeindex must keep
 * that order and must never see the entries' text (its `! @ | "` would be syntax). So each entry
 * gets a sort key (`c0012`: its initial, for the letter groups, then its position) and its text is
 * printed through `\octavoterm{12}`, defined in `backmatter/index-terms.tex`.
 */
export interface IndexKeys {
  /** The argument of `\index` for a term, e.g. `c0012@\octavoterm{12}!0002@\octavoterm{12.2}`. */
  key(entry: string, sub?: string): string;
  /** The terms in index order with their ids, for the definitions file. */
  terms: { id: string; text: string }[];
}

const initial = (text: string) => {
  const letter = text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toLowerCase();
  return /[a-z]/.test(letter) ? letter : '';
};
const pad = (n: number) => String(n).padStart(4, '0');

export function indexKeys(book: ResolvedBook): IndexKeys {
  const node = book.back.find((n): n is ConceptIndexNode => n.type === 'conceptIndex');
  const entries = new Map<string, { id: number; subs: Map<string, number> }>();
  const terms: { id: string; text: string }[] = [];
  node?.entries.forEach((entry, i) => {
    const subs = new Map<string, number>();
    entry.subentries.forEach((sub, j) => {
      subs.set(sub.sub, j + 1);
    });
    entries.set(entry.entry, { id: i + 1, subs });
    terms.push({ id: String(i + 1), text: entry.entry });
    entry.subentries.forEach((sub, j) => terms.push({ id: `${i + 1}.${j + 1}`, text: sub.sub }));
  });
  return {
    terms,
    key(entry, sub) {
      const found = entries.get(entry);
      if (!found) return '';
      const main = `${initial(entry)}${pad(found.id)}@\\octavoterm{${found.id}}`;
      const subId = sub === undefined ? undefined : found.subs.get(sub);
      return subId === undefined ? main : `${main}!${pad(subId)}@\\octavoterm{${found.id}.${subId}}`;
    },
  };
}
