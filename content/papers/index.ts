// Every paper the book cites, gathered from one file per question so that questions can be written
// in parallel. Cite a paper with `cite(papers.key)`: an unknown key is a type error.
import { q01Papers } from './q01.js';
import { q05Papers } from './q05.js';
import { q13Papers } from './q13.js';
import { q20Papers } from './q20.js';
import { q22Papers } from './q22.js';

export const papers = {
  ...q01Papers,
  ...q05Papers,
  ...q13Papers,
  ...q20Papers,
  ...q22Papers,
};
