import type { BoxKind } from '../model/block.js';
import type { PartName } from '../model/register.js';

/** Headings of the nine parts, as the plan names them. Every renderer uses these. */
export const PART_TITLES: Record<PartName, string> = {
  scenario: 'The Interview Scenario',
  trap: 'The Trap Explained',
  deepDive: 'Technical Deep Dive',
  whyItFails: 'Why It Fails',
  solution: 'The Solution',
  whyItWorks: 'Why the Solution Works',
  papers: 'Related Research Papers',
  interview: 'Interview Answer Template',
  takeaways: 'Key Takeaways',
};

/** Anchor suffixes of the parts: `q22-deep-dive`. */
export const PART_SLUGS: Record<PartName, string> = {
  scenario: 'scenario',
  trap: 'trap',
  deepDive: 'deep-dive',
  whyItFails: 'why-it-fails',
  solution: 'solution',
  whyItWorks: 'why-it-works',
  papers: 'papers',
  interview: 'interview',
  takeaways: 'takeaways',
};

/** What each box kind is called in captions ("Example 22.3"). */
export const BOX_NAMES: Record<BoxKind, string> = {
  dfn: 'Definition',
  ex: 'Example',
  tec: 'Technique',
  thm: 'Theorem',
  code: 'Listing',
  gen: 'Insight',
  note: 'Note',
  trap: 'Trap',
  paper: 'Paper',
  interview: 'Interview',
  takeaway: 'Takeaway',
};

/** Subsection titles the resolver generates. */
export const SUBSECTION_TITLES = {
  wrongAnswer: 'The Common Wrong Answer',
  steps: 'Step-by-Step',
  tradeoffs: 'Trade-offs and Considerations',
  answer: 'The Answer That Gets You Hired',
  keyPoints: 'Key Points to Emphasize',
  followUps: 'Common Follow-up Questions',
  explore: 'Related Concepts to Explore',
} as const;

/** Titles of the generated front and back matter. */
export const GENERATED_TITLES = {
  questionIndex: 'Question Index',
  bibliography: 'Bibliography',
  glossary: 'Glossary',
  conceptIndex: 'Index',
} as const;

/** Page ids of the generated lists. */
export const GENERATED_PAGES = {
  questionIndex: 'question-index',
  bibliography: 'bibliography',
  glossary: 'glossary',
  conceptIndex: 'index',
} as const;

/** `Q22` */
export const questionLabel = (number: number) => `Q${number}`;
