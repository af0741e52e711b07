import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q14',
  number: 14,
  slug: 'gallbladder-illusion',
  title: 'The Gallbladder Illusion',
});
