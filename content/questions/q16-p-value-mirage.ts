import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q16',
  number: 16,
  slug: 'p-value-mirage',
  title: 'The P-Value Mirage',
});
