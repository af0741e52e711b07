import type { Break, Delete, Emphasis, FootnoteReference, Image, ImageReference, InlineCode, Link, LinkReference, Strong, Text } from 'mdast';
import type { InlineMath } from 'mdast-util-math';
import type { LatexState, Tex } from '../state.js';
import { escapeCode, escapeText, escapeUrl, escapeUrlText } from '../util/escape.js';
import { inlineMath as renderInlineMath } from '../util/math.js';
import { plainText } from '../util/tex.js';

function text(node: Text): Tex {
  return escapeText(node.value);
}

function emphasis(node: Emphasis, state: LatexState): Tex {
  return `\\emph{${state.phrasing(node.children)}}`;
}

function strong(node: Strong, state: LatexState): Tex {
  return `\\textbf{${state.phrasing(node.children)}}`;
}

function deleted(node: Delete, state: LatexState): Tex {
  return `\\octavostrike{${state.phrasing(node.children)}}`;
}

function inlineCode(node: InlineCode): Tex {
  return `\\octavocode{${escapeCode(node.value)}}`;
}

function inlineMath(node: InlineMath): Tex {
  return renderInlineMath(node.value);
}

/** A hard line break; in a table cell it would end the row, so there it is a space. */
function lineBreak(_node: Break, state: LatexState): Tex {
  return state.context.inTable ? ' ' : '\\newline{}\n';
}

/** A link; its text never holds another link (PDF links cannot nest). A bare URL may break anywhere. */
function link(node: Link, state: LatexState): Tex {
  const url = escapeUrl(node.url);
  if (state.context.inLink) return state.phrasing(node.children);
  if (plainText(node.children) === node.url) return `\\href{${url}}{${escapeUrlText(node.url)}}`;
  return `\\href{${url}}{${state.inside({ inLink: true }, () => state.phrasing(node.children))}}`;
}

/** A reference-style link, resolved against the definitions of its prose. */
function linkReference(node: LinkReference, state: LatexState): Tex {
  const definition = state.definitions.get(node.identifier.toLowerCase());
  return definition ? link({ type: 'link', url: definition.url, children: node.children }, state) : state.phrasing(node.children);
}

/** Images are rejected by core's checks (figures are components); their alt text stands in. */
function image(node: Image): Tex {
  return escapeText(node.alt ?? '');
}

function imageReference(node: ImageReference): Tex {
  return escapeText(node.alt ?? '');
}

function footnoteReference(_node: FootnoteReference): Tex {
  return '';
}

export const inlineHandlers = {
  text,
  emphasis,
  strong,
  delete: deleted,
  inlineCode,
  inlineMath,
  break: lineBreak,
  link,
  linkReference,
  image,
  imageReference,
  footnoteReference,
};
