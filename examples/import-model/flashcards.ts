// Another tool's view of the book: import the typed model, resolve it with @octavo/core, and export
// one flashcard per written question as CSV (front: the scenario; back: the trap in one line and
// the key points to hit). Usage: npm start [-- out.csv]   (prints to stdout without an argument)
import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { toString } from 'mdast-util-to-string';
import { compileBook, type PartNode, type QuestionNode } from '@octavo/core';
import book from '@octavo/book-ml-interview';

const plain = (part: PartNode | undefined, subsectionTitle?: string): string => {
  const nodes = subsectionTitle
    ? part?.children.flatMap((child) => (child.type === 'subsection' && child.title === subsectionTitle ? child.children : []))
    : part?.children.filter((child) => child.type === 'prose');
  return (nodes ?? [])
    .flatMap((node) => (node.type === 'prose' ? [toString(node.tree, { includeHtml: false })] : []))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
};

function flashcard(question: QuestionNode) {
  const part = (name: PartNode['name']) => question.parts.find((p) => p.name === name);
  return {
    id: question.id,
    chapter: question.chapter.number,
    front: `${question.label}. ${question.title} — ${plain(part('scenario'))}`,
    back: `${question.tagline} Key points: ${plain(part('interview'), 'Key Points to Emphasize')}`,
  };
}

const result = compileBook(book);
if (!result.book) {
  for (const d of result.diagnostics.filter((d) => d.severity === 'error')) console.error(`${d.path}: ${d.message}`);
  process.exit(1);
}
const cards = result.book.chapters.flatMap((chapter) => chapter.questions).map(flashcard);
const csv = stringify(cards, { header: true, columns: ['id', 'chapter', 'front', 'back'] });
const target = process.argv[2];
if (target) writeFileSync(target, csv);
else process.stdout.write(csv);
console.error(`${cards.length} flashcards`);
