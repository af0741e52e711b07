import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q04',
  number: 4,
  slug: 'infinite-stream',
  title: 'The Infinite Stream Trap',
});
