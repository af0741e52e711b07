import {
  referenceParts,
  type BibliographyNode,
  type ConceptIndexNode,
  type GlossaryNode,
  type Location,
  type Paper,
  type PaperNoteNode,
  type QuestionIndexNode,
} from '@octavo/core';
import type { TextStyle } from '../../fonts.js';
import { heading, headingStyle, pageList, pagePrefix, plain } from '../blocks.js';
import { glue, keepParagraph, type LayoutState } from '../state.js';
import { body, COLORS, TYPE } from '../style.js';
import type { Inline } from '../text.js';
import type { Galley } from '../types.js';
import { flow, proseWithLead } from './prose.js';
import { contentsEntry, opening } from './structure.js';

/** "Authors (year). Title. Venue. doi:…", the title linked to the paper. */
export function reference(paper: Paper, style: TextStyle): Inline[] {
  const parts = referenceParts(paper);
  const link = parts.url ? { url: parts.url } : undefined;
  return [
    plain(`${parts.authors} (${parts.year}). `, style),
    plain(parts.title, link ? { ...style, color: COLORS.link } : style, link),
    plain('. ', style),
    plain(parts.venue, { ...style, italic: true }),
    plain(parts.identifier ? `. ${parts.identifier}.` : '.', style),
  ];
}

const anchorsOf = (locations: readonly Location[]) => locations.map((location) => location.anchor);

/** The question index: number, title, chapter and page, one line per written question. */
export function questionIndex(node: QuestionIndexNode, state: LayoutState): Galley {
  const style = body();
  return [
    ...opening(state, node.title, node.anchor, { left: state.book.meta.title, right: node.title }),
    ...node.rows.flatMap((row) => {
      const muted = { ...style, size: TYPE.small.size, italic: true, color: COLORS.muted };
      return [
        glue(5),
        ...contentsEntry(state, [plain(`${row.label}\u2002`, { ...style, bold: true }), plain(row.title, style)], row.target.anchor, { indent: 0 }),
        ...state.within({ x: state.x + 16, width: state.width - 16 }, () =>
          state.set([plain(`Chapter ${row.chapter.number}: ${row.chapter.title}`, muted)], { align: 'left', leading: TYPE.small.leading, size: TYPE.small.size }),
        ),
      ];
    }),
  ];
}

export function paperNote(node: PaperNoteNode, state: LayoutState): Galley {
  const style = body({ size: state.measure.size });
  const strong = { ...style, bold: true };
  const entry = keepParagraph(
    state.set([{ kind: 'anchor', name: node.anchor }, plain(`[${node.citation}]`, { ...strong, color: COLORS.link }, { anchor: node.entry.anchor }), plain(' ', style), ...reference(node.paper, style)]),
  );
  entry.at(-1)!.keepWithNext = true;
  return [
    glue(9),
    ...entry,
    ...proseWithLead(node.contribution, [plain('Key contribution. ', { ...style, italic: true })], state),
    ...proseWithLead(node.relevance, [plain('Why it matters here. ', { ...style, italic: true })], state),
  ];
}

const HANG = 26;

/** The bibliography: numbered entries with a hanging indent, each with the pages citing it. */
export function bibliography(node: BibliographyNode, state: LayoutState): Galley {
  const style = body({ size: TYPE.small.size + 0.5 });
  const muted = { ...style, size: TYPE.small.size, color: COLORS.muted };
  return [
    ...opening(state, node.title, node.anchor, { left: state.book.meta.title, right: node.title }),
    ...node.entries.flatMap((entry) => {
      const cited = entry.citedAt.length ? [plain(` Cited on ${pagePrefix(anchorsOf(entry.citedAt), state)}`, muted), ...pageList(anchorsOf(entry.citedAt), muted, state), plain('.', muted)] : [];
      const lines = state.set([{ kind: 'anchor', name: entry.anchor }, plain(`[${entry.number}]`, { ...style, bold: true }), plain('\u2002', style), ...reference(entry.paper, style), ...cited], {
        align: 'left',
        hang: HANG,
        leading: TYPE.small.leading + 0.6,
        size: style.size,
      });
      return [glue(5), ...keepParagraph(lines)];
    }),
  ];
}

/** The glossary: each term in bold, its definition, and the pages that use it. */
export function glossary(node: GlossaryNode, state: LayoutState): Galley {
  const style = body();
  return [
    ...opening(state, node.title, node.anchor, { left: state.book.meta.title, right: node.title }),
    ...node.entries.flatMap((entry) => {
      const lead: Inline[] = [{ kind: 'anchor', name: entry.anchor }, plain(entry.term, { ...style, bold: true }), plain(' — ', style)];
      const [first, ...rest] = entry.definition.children;
      const used = entry.usedAt.length
        ? state.set([plain(`Used on ${pagePrefix(anchorsOf(entry.usedAt), state)}`, { ...style, size: TYPE.small.size, italic: true, color: COLORS.muted }), ...pageList(anchorsOf(entry.usedAt), { ...style, size: TYPE.small.size, color: COLORS.muted }, state)], {
            align: 'left',
            leading: TYPE.small.leading,
            size: TYPE.small.size,
          })
        : [];
      const definition =
        first?.type === 'paragraph'
          ? [...keepParagraph(state.set([...lead, ...state.inlines(first.children, style)])), ...rest.flatMap((child) => flow(child, state))]
          : [...keepParagraph(state.set(lead)), ...entry.definition.children.flatMap((child) => flow(child, state))];
      return [glue(8), ...definition, ...used];
    }),
  ];
}

/** The concept index: entries grouped by initial letter, sub-entries indented, page numbers linked. */
export function conceptIndex(node: ConceptIndexNode, state: LayoutState): Galley {
  const style = body({ size: TYPE.small.size + 0.5 });
  const out: Galley = [...opening(state, node.title, node.anchor, { left: state.book.meta.title, right: node.title })];
  let letter = '';
  for (const entry of node.entries) {
    const initial = entry.entry.charAt(0).toUpperCase();
    if (initial !== letter) {
      letter = initial;
      out.push(...heading(state, [plain(/[A-Z]/.test(initial) ? initial : 'Symbols', headingStyle(TYPE.subsectionHeading.size, '#1f3a5f'))], { size: TYPE.subsectionHeading.size, leading: TYPE.subsectionHeading.leading, before: 10, after: 2 }));
    }
    const pages = entry.locations.length ? [plain(', ', style), ...pageList(anchorsOf(entry.locations), style, state)] : [];
    out.push(...state.set([plain(entry.entry, style), ...pages], { align: 'left', hang: 14, leading: TYPE.small.leading + 0.4, size: style.size }));
    const lines = entry.subentries.flatMap((sub) =>
      state.within({ x: state.x + 14, width: state.width - 14 }, () =>
        state.set([plain(sub.sub, style), plain(', ', style), ...pageList(anchorsOf(sub.locations), style, state)], { align: 'left', hang: 14, leading: TYPE.small.leading + 0.4, size: style.size }),
      ),
    );
    if (lines.length) (out.at(-1) as { keepWithNext?: boolean }).keepWithNext = true;
    out.push(...lines);
  }
  return out;
}
