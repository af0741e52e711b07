import { defineChapter } from '@octavo/core';
import q04 from '../questions/q04-infinite-stream.js';
import q06 from '../questions/q06-streaming-median.js';
import q07 from '../questions/q07-ten-minute-horizon.js';
import q19 from '../questions/q19-database-as-queue.js';

export default defineChapter({
  id: 'ch5',
  number: 5,
  slug: 'system-architecture',
  title: 'System Architecture and Infrastructure',
  focus: 'Real-time systems, streaming, queues, and infrastructure design',
  questions: [q04, q06, q07, q19],
});
