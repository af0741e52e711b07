import './register.js';
import { defineBook } from '@octavo/core';
import { papers } from './papers/index.js';
import { glossary } from './glossary/index.js';
import introduction from './front/introduction.js';
import quickReference from './back/quick-reference.js';
import interviewTips from './back/interview-tips.js';
import ch1 from './chapters/ch1-loss-functions.js';
import ch2 from './chapters/ch2-data-quality.js';
import ch3 from './chapters/ch3-model-architecture.js';
import ch4 from './chapters/ch4-evaluation.js';
import ch5 from './chapters/ch5-system-architecture.js';
import ch6 from './chapters/ch6-production-systems.js';

/** Machine Learning System Design Interview Questions: 25 Traps and Solutions. */
export default defineBook({
  slug: 'ml-system-design-interview-traps',
  title: 'Machine Learning System Design Interview Questions: 25 Traps and Solutions',
  subtitle: 'A Comprehensive Guide to Avoiding Common Pitfalls in ML System Design',
  author: 'Hao Hoang',
  date: '2025',
  language: 'en',
  identifier: 'urn:uuid:6f1c0d3e-5b7a-4c2e-9d4f-8a21b3c5e7f9',
  description:
    'Twenty-five machine learning system design interview questions, each built around the trap most candidates fall into: why it is a trap, the numbers behind it, and the answer a staff engineer would accept.',
  front: [introduction],
  chapters: [ch1, ch2, ch3, ch4, ch5, ch6],
  back: [quickReference, interviewTips],
  papers: Object.values(papers),
  glossary: Object.values(glossary),
});
