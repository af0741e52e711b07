import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q17',
  number: 17,
  slug: 'data-leakage',
  title: 'The Data Leakage Trap',
});
