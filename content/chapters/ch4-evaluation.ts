import { defineChapter } from '@octavo/core';
import q11 from '../questions/q11-roc-mirage.js';
import q14 from '../questions/q14-gallbladder-illusion.js';
import q10 from '../questions/q10-sota-trap.js';

export default defineChapter({
  id: 'ch4',
  number: 4,
  slug: 'evaluation',
  title: 'Evaluation and Validation Pitfalls',
  focus: 'Metrics, testing, and validation strategies',
  questions: [q11, q14, q10],
});
