import { compileBook, type BookNode, type BookNodeType, type NodeOfType, type ResolvedBook } from '@octavo/core';
import kitchenSink from './fixtures/kitchen-sink/index.js';

export const kitchenBook: ResolvedBook = compileBook(kitchenSink).book!;

/** The first node of each type in the kitchen-sink book, in reading order. */
export function firstOfType<T extends BookNodeType>(type: T): NodeOfType<T> {
  const queue: BookNode[] = [kitchenBook];
  while (queue.length) {
    const node = queue.shift()!;
    if (node.type === type) return node as NodeOfType<T>;
    if (node.type === 'book') queue.push(...node.front, ...node.chapters, ...node.back);
    else if (node.type === 'chapter') queue.push(...node.intro, ...node.questions);
    else if (node.type === 'question') queue.push(...node.parts);
    else if ('children' in node && Array.isArray(node.children)) queue.push(...(node.children as BookNode[]));
  }
  throw new Error(`no ${type} in the kitchen sink`);
}

/** What each handler's output must contain, by node type: one assertion per handler. */
export const EXPECTED_TEXT: Record<BookNodeType, string> = {
  book: 'The Kitchen Sink',
  section: 'Preface',
  questionIndex: 'Q2',
  chapter: 'Numerics',
  question: 'Q2. The "Stable" Softmax',
  part: 'The Interview Scenario',
  subsection: 'The Common Wrong Answer',
  paperNote: 'Accurately computing the log-sum-exp',
  prose: 'Read',
  box: 'A paper in brief',
  code: 'math.log',
  math: '2.1',
  table: 'float16',
  diagram: 'max',
  bibliography: 'Blanchard',
  glossary: 'overflow',
  conceptIndex: 'LogSumExp',
};
