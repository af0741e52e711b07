import { proseText, type BookNode } from '@octavo/core';

/** The readable text of a node and everything in it (code left out), for search. */
export function nodeText(node: BookNode): string {
  switch (node.type) {
    case 'prose':
      return proseText(node.tree);
    case 'box':
      return [node.caption, node.title, ...node.children.map(nodeText)].join(' ');
    case 'part':
    case 'subsection':
    case 'section':
      return [node.title, ...node.children.map(nodeText)].join(' ');
    case 'paperNote':
      return [node.paper.title, proseText(node.contribution), proseText(node.relevance)].join(' ');
    case 'table':
      return [node.caption ?? '', ...[node.header, ...node.rows].flat().map((cell) => proseText({ type: 'root', children: [{ type: 'paragraph', children: cell }] }))].join(' ');
    case 'diagram':
      return node.caption ?? '';
    case 'chapter':
      return [node.title, node.focus, ...node.intro.map(nodeText)].join(' ');
    case 'question':
      return [node.title, node.tagline].join(' ');
    case 'glossary':
      return node.entries.map((entry) => `${entry.term} ${proseText(entry.definition)}`).join(' ');
    case 'bibliography':
      return node.entries.map((entry) => `${entry.paper.title} ${entry.paper.authors.join(' ')}`).join(' ');
    case 'conceptIndex':
      return node.entries.map((entry) => entry.entry).join(' ');
    case 'questionIndex':
      return node.rows.map((row) => row.title).join(' ');
    case 'code':
    case 'math':
    case 'book':
      return '';
  }
}
