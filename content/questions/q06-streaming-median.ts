import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q06',
  number: 6,
  slug: 'streaming-median',
  title: 'The Streaming Median Trap',
});
