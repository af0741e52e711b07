import type { Blockquote, Code, Definition, FootnoteDefinition, Heading, Html, List, ListItem, Paragraph, Root, Table, TableCell, TableRow, ThematicBreak, Yaml } from 'mdast';
import type { Math } from 'mdast-util-math';
import type { LatexState, Tex } from '../state.js';
import { escapeText } from '../util/escape.js';
import { codeListing } from '../util/code.js';
import { displayMath } from '../util/math.js';
import { renderTable } from '../util/table.js';
import { needspace, plainText } from '../util/tex.js';
import { keepLines } from '../util/keep.js';

/** Sectioning commands by level; prose headings are unnumbered and stay out of the contents. */
const HEADINGS = ['chapter', 'section', 'subsection', 'subsubsection', 'paragraph', 'subparagraph'] as const;

function root(node: Root, state: LatexState): Tex {
  return state.flow(node.children);
}

function paragraph(node: Paragraph, state: LatexState): Tex {
  return state.phrasing(node.children);
}

/** Prose headings are relative: `#` is one level below the enclosing section's heading. */
function heading(node: Heading, state: LatexState): Tex {
  const level = Math.min(HEADINGS.length - 1, state.level + node.depth);
  return `${needspace(keepLines(state.next))}\\${HEADINGS[level]}*{${state.phrasing(node.children)}}`;
}

function thematicBreak(_node: ThematicBreak): Tex {
  return '\\octavobreak';
}

function blockquote(node: Blockquote, state: LatexState): Tex {
  return `\\begin{quote}\n${state.inside({ inList: true }, () => state.flow(node.children))}\n\\end{quote}`;
}

function list(node: List, state: LatexState): Tex {
  const name = node.ordered ? 'enumerate' : 'itemize';
  const options = [...(node.ordered && node.start != null && node.start !== 1 ? [`start=${node.start}`] : []), ...(node.spread ? [] : ['itemsep=1pt'])];
  const items = state.inside({ inList: true }, () => node.children.map((item) => listItem(item, state)).join('\n'));
  return `\\begin{${name}}${options.length ? `[${options.join(',')}]` : ''}\n${items}\n\\end{${name}}`;
}

function listItem(node: ListItem, state: LatexState): Tex {
  const label = node.checked === true ? '[\\ding{51}]' : node.checked === false ? '[\\ensuremath{\\square}]' : '{}';
  return `\\item${label} ${state.inside({ inList: true }, () => state.flow(node.children))}`;
}

function code(node: Code, state: LatexState): Tex {
  return codeListing({ source: node.value, language: node.lang ?? 'text' }, state);
}

function math(node: Math): Tex {
  return displayMath(node.value);
}

function table(node: Table, state: LatexState): Tex {
  const [head, ...body] = node.children;
  const cells = (row: TableRow | undefined) => row?.children ?? [];
  return renderTable(
    {
      align: node.align ?? [],
      header: state.inside({ inTable: true }, () => cells(head).map((cell) => state.phrasing(cell.children))),
      rows: state.inside({ inTable: true }, () => body.map((row) => cells(row).map((cell) => state.phrasing(cell.children)))),
      plain: node.children.map((row) => row.children.map((cell) => plainText(cell.children))),
    },
    state.context,
  );
}

/** Rows and cells are rendered by their table; met alone (never, in a valid tree), they print their text. */
function tableRow(node: TableRow, state: LatexState): Tex {
  return node.children.map((cell) => tableCell(cell, state)).join(' ');
}

function tableCell(node: TableCell, state: LatexState): Tex {
  return state.phrasing(node.children);
}

/** Raw HTML is rejected by core's checks; should it get through, it prints as text. */
function html(node: Html): Tex {
  return escapeText(node.value);
}

/** Definitions are read by the prose handler (for reference links) and print nothing. */
function definition(_node: Definition): Tex {
  return '';
}

/** Footnotes are rejected by core's checks (citations and components replace them). */
function footnoteDefinition(_node: FootnoteDefinition): Tex {
  return '';
}

function yaml(_node: Yaml): Tex {
  return '';
}

export const blockHandlers = {
  root,
  paragraph,
  heading,
  thematicBreak,
  blockquote,
  list,
  listItem,
  code,
  math,
  table,
  tableRow,
  tableCell,
  html,
  definition,
  footnoteDefinition,
  yaml,
};
