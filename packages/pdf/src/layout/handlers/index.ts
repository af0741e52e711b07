import type { Handlers } from '@octavo/core';
import type { LayoutState } from '../state.js';
import type { Galley } from '../types.js';
import { book } from './book.js';
import { section } from './section.js';
import { chapter } from './chapter.js';
import { question } from './question.js';
import { part } from './part.js';
import { subsection } from './subsection.js';
import { questionIndex } from './question-index.js';
import { paperNote } from './paper-note.js';
import { bibliography } from './bibliography.js';
import { glossary } from './glossary.js';
import { conceptIndex } from './concept-index.js';
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
