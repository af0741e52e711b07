import type { ListItem, PhrasingContent, TableRow } from 'mdast';
import {
  referenceParts,
  type BibliographyNode,
  type ConceptIndexNode,
  type GlossaryNode,
  type Location,
  type PaperNoteNode,
  type Paper,
  type QuestionIndexNode,
} from '@octavo/core';
import type { Flow, MarkdownState } from '../state.js';
import { emphasis, heading, inlineAnchor, link, locationLinks, paragraph, strong, text } from '../util/mdast.js';

/** Back-links to the parts a thing appears in, once per part. */
function backLinks(locations: Location[], state: MarkdownState): PhrasingContent[] {
  const seen = new Map<string, { href: string; label: string }>();
  for (const location of locations) {
    if (!seen.has(location.section)) seen.set(location.section, { href: state.href({ page: location.page, anchor: location.section }), label: location.label });
  }
  return locationLinks([...seen.values()]);
}

/** "Authors (year). Title. Venue. doi:…" with the title linked. */
function reference(paper: Paper): PhrasingContent[] {
  const parts = referenceParts(paper);
  const title = parts.url ? link(parts.url, text(parts.title)) : text(parts.title);
  return [text(`${parts.authors} (${parts.year}). `), title, text('. '), emphasis(text(parts.venue)), text('.')];
}

export function questionIndex(node: QuestionIndexNode, state: MarkdownState): Flow {
  const cells = (...values: PhrasingContent[][]): TableRow => ({ type: 'tableRow', children: values.map((children) => ({ type: 'tableCell', children })) });
  return [
    ...heading(state.questionDepth - 1, node.anchor, text(node.title)),
    {
      type: 'table',
      align: ['right', 'left', 'left'],
      children: [
        cells([text('Q#')], [text('Title')], [text('Chapter')]),
        ...node.rows.map((row) =>
          cells([text(row.label)], [link(state.href(row.target), text(row.title))], [text(`${row.chapter.number}. ${row.chapter.title}`)]),
        ),
      ],
    },
  ];
}

export function paperNote(node: PaperNoteNode, state: MarkdownState): Flow {
  const prose = (tree: PaperNoteNode['contribution']) => state.all([{ type: 'prose', tree }]);
  return [
    paragraph(inlineAnchor(node.anchor), link(state.href(node.entry), text(`[${node.citation}]`)), text(' '), ...reference(node.paper)),
    paragraph(strong(text('Key contribution.'))),
    ...prose(node.contribution),
    paragraph(strong(text('Why it matters here.'))),
    ...prose(node.relevance),
  ];
}

export function bibliography(node: BibliographyNode, state: MarkdownState): Flow {
  const items: ListItem[] = node.entries.map((entry) => ({
    type: 'listItem',
    spread: false,
    children: [
      paragraph(inlineAnchor(entry.anchor), text(`[${entry.number}] `), ...reference(entry.paper)),
      paragraph(emphasis(text('Cited in:')), text(' '), ...backLinks(entry.citedAt, state)),
    ],
  }));
  return [...heading(state.questionDepth - 1, node.anchor, text(node.title)), { type: 'list', ordered: false, spread: false, children: items }];
}

export function glossary(node: GlossaryNode, state: MarkdownState): Flow {
  return [
    ...heading(state.questionDepth - 1, node.anchor, text(node.title)),
    ...node.entries.flatMap((entry) => {
      const [first, ...rest] = state.all([{ type: 'prose', tree: entry.definition }]);
      const lead = first?.type === 'paragraph' ? first.children : [];
      return [
        paragraph(inlineAnchor(entry.anchor), strong(text(entry.term)), text(' — '), ...lead),
        ...rest,
        ...(entry.usedAt.length ? [paragraph(emphasis(text('Used in:')), text(' '), ...backLinks(entry.usedAt, state))] : []),
      ];
    }),
  ];
}

export function conceptIndex(node: ConceptIndexNode, state: MarkdownState): Flow {
  const items: ListItem[] = node.entries.map((entry) => ({
    type: 'listItem',
    spread: false,
    children: [
      paragraph(text(entry.entry), ...(entry.locations.length ? [text(': '), ...backLinks(entry.locations, state)] : [])),
      ...(entry.subentries.length
        ? [
            {
              type: 'list' as const,
              ordered: false,
              spread: false,
              children: entry.subentries.map((sub): ListItem => ({
                type: 'listItem',
                spread: false,
                children: [paragraph(text(sub.sub), text(': '), ...backLinks(sub.locations, state))],
              })),
            },
          ]
        : []),
    ],
  }));
  return [...heading(state.questionDepth - 1, node.anchor, text(node.title)), { type: 'list', ordered: false, spread: false, children: items }];
}
