import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q25',
  number: 25,
  slug: 'greedy-search',
  title: 'The Greedy Search Trap',
});
