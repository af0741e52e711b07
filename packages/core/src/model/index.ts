export * from './register.js';
export { InlineSlot, Prose, ProseInput, md, ref, cite, term, gloss, type Interpolation } from './prose.js';
export * from './paper.js';
export * from './glossary.js';
export * from './block.js';
export * from './takeaway.js';
export * from './question.js';
export * from './chapter.js';
export * from './book.js';
