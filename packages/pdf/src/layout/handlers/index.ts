import type { Handlers } from '@octavo/core';
import type { LayoutState } from '../state.js';
import type { Galley } from '../types.js';
import { book, chapter, part, question, section, subsection } from './structure.js';
import { bibliography, conceptIndex, glossary, paperNote, questionIndex } from './generated.js';
import { prose } from './prose.js';
import { box } from './box.js';
import { code } from './code.js';
import { math } from './math.js';
import { table } from './table.js';
import { diagram } from './diagram.js';

/** One layout handler per node type; the type makes the table exhaustive. */
export const defaultHandlers = {
  book,
  section,
  questionIndex,
  chapter,
  question,
  part,
  subsection,
  paperNote,
  prose,
  box,
  code,
  math,
  table,
  diagram,
  bibliography,
  glossary,
  conceptIndex,
} satisfies Handlers<Galley, LayoutState>;
