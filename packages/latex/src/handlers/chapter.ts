import type { ChapterNode } from '@octavo/core';
import type { LatexState, Tex } from '../state.js';
import { escapeText } from '../util/escape.js';
import { inputPath, questionFile } from '../util/files.js';

/** A thematic chapter: its heading, focus and introduction, then its questions by `\input`. */
export function chapter(node: ChapterNode, state: LatexState): Tex {
  return state.at(`Chapter ${node.number}`, () =>
    [
      state.marker().trimEnd(),
      `\\octavochapter{${node.number}}{${escapeText(node.title)}}\\label{${node.anchor}}`,
      `\\octavotagline{${escapeText(node.focus)}}`,
      '',
      state.within(0, node.intro),
      '',
      ...node.questions.map((question) => `\\input{${inputPath(questionFile(question))}}`),
      '',
    ].join('\n'),
  );
}
