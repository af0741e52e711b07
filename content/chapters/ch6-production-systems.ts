import { defineChapter } from '@octavo/core';
import q08 from '../questions/q08-ctr-feedback-loop.js';
import q25 from '../questions/q25-greedy-search.js';

export default defineChapter({
  id: 'ch6',
  number: 6,
  slug: 'production-systems',
  title: 'Production Systems and Feedback Loops',
  focus: 'Production challenges, feedback loops, and decoding strategies',
  questions: [q08, q25],
});
