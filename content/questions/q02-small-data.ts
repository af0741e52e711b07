import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q02',
  number: 2,
  slug: 'small-data',
  title: 'When Data Is Small, Representation Is King',
});
