import type { List, PhrasingContent, RootContent, Table } from 'mdast';
import type { ProseNode } from '@octavo/core';
import { heading, headingStyle, plain, rule } from '../blocks.js';
import { glue, keepParagraph, paragraphSpace, trimLeadingGlue, type LayoutState } from '../state.js';
import { body, COLORS, SPACE, TYPE } from '../style.js';
import type { Inline } from '../text.js';
import type { Galley } from '../types.js';
import { codeBlock } from './code.js';
import { displayMath } from './math.js';
import { tableBlock } from './table.js';

/** The text style of the current measure. */
export const textStyle = (state: LayoutState) => body({ size: state.measure.size });

/** A justified paragraph, optionally led by a run-in head ("Key contribution."). */
export function paragraph(children: readonly PhrasingContent[], state: LayoutState, lead: readonly Inline[] = []): Galley {
  const lines = keepParagraph(state.set([...lead, ...state.inlines(children, textStyle(state))]));
  return [glue(paragraphSpace(state.measure)), ...lines];
}

const LIST_INDENT = 15;

function list(node: List, state: LayoutState): Galley {
  const style = textStyle(state);
  const start = node.start ?? 1;
  return [
    glue(paragraphSpace(state.measure) * 0.6),
    ...node.children.flatMap((item, i) => {
      const marker = node.ordered ? `${start + i}.` : '•';
      const content = state.within({ x: state.x + LIST_INDENT, width: state.width - LIST_INDENT }, () =>
        trimLeadingGlue(item.children.flatMap((child) => flow(child, state))),
      );
      const first = content.find((element) => element.kind === 'line');
      if (first?.kind === 'line') {
        const baseline = first.items.find((item) => item.kind === 'text')?.y ?? state.measure.leading * 0.7;
        first.items.unshift({ kind: 'text', x: state.x + (node.ordered ? 0 : 4), y: baseline, text: marker, font: 'serif', size: style.size, color: node.ordered ? style.color : COLORS.muted });
      }
      return [...(i > 0 ? [glue(2)] : []), ...content];
    }),
  ];
}

/** A GFM table inside prose: cells are inline prose. */
function proseTable(node: Table, state: LayoutState): Galley {
  const [head, ...rows] = node.children;
  const cells = (row: Table['children'][number]) => row.children.map((cell) => cell.children);
  return tableBlock({ header: head ? cells(head) : [], rows: rows.map(cells), align: node.align ?? [] }, state);
}

/** One block of mdast flow content. */
export function flow(node: RootContent, state: LayoutState): Galley {
  switch (node.type) {
    case 'paragraph':
      return paragraph(node.children, state);
    case 'heading': {
      const size = node.depth <= 1 ? TYPE.proseHeading.size + 0.5 : TYPE.proseHeading.size;
      return heading(state, state.inlines(node.children, headingStyle(size)), { size, leading: TYPE.proseHeading.leading, before: SPACE.beforeSubsection * 0.8, after: 1 });
    }
    case 'list':
      return list(node, state);
    case 'blockquote':
      return [
        glue(paragraphSpace(state.measure)),
        ...state.within({ x: state.x + 12, width: state.width - 12, frame: { x: state.x, width: 12, bar: COLORS.rule } }, () =>
          trimLeadingGlue(node.children.flatMap((child) => flow(child, state))),
        ),
      ];
    case 'code':
      return codeBlock({ source: node.value, language: node.lang ?? 'text' }, state);
    case 'math':
      return displayMath({ tex: node.value }, state);
    case 'table':
      return proseTable(node, state);
    case 'thematicBreak':
      return [rule(state, { space: 8 })];
    case 'html':
      return paragraph([{ type: 'text', value: node.value }], state);
    case 'listItem':
      return node.children.flatMap((child) => flow(child, state));
    default:
      // Definitions, footnotes and front matter never reach a resolved book (validation rejects them).
      return 'children' in node ? (node.children as RootContent[]).flatMap((child) => flow(child, state)) : [];
  }
}

export function prose(node: ProseNode, state: LayoutState): Galley {
  return node.tree.children.flatMap((child) => flow(child, state));
}

/** Prose whose first paragraph starts with a run-in head. */
export function proseWithLead(tree: ProseNode['tree'], lead: readonly Inline[], state: LayoutState): Galley {
  const [first, ...rest] = tree.children;
  if (first?.type !== 'paragraph') return [...paragraph([], state, lead), ...tree.children.flatMap((child) => flow(child, state))];
  return [...paragraph(first.children, state, lead), ...rest.flatMap((child) => flow(child, state))];
}

export { plain };
