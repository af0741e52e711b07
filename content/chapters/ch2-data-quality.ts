import { defineChapter } from '@octavo/core';
import q17 from '../questions/q17-data-leakage.js';
import q03 from '../questions/q03-gradient-drowning.js';
import q18 from '../questions/q18-semantic-imbalance.js';
import q21 from '../questions/q21-silent-feature-death.js';
import q24 from '../questions/q24-silent-graveyard.js';
import q16 from '../questions/q16-p-value-mirage.js';

export default defineChapter({
  id: 'ch2',
  number: 2,
  slug: 'data-quality',
  title: 'Data Quality and Distribution Issues',
  focus: 'Data leakage, imbalance, freshness, and distribution problems',
  questions: [q17, q03, q18, q21, q24, q16],
});
