import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q19',
  number: 19,
  slug: 'database-as-queue',
  title: 'The Database-as-Queue Trap',
});
