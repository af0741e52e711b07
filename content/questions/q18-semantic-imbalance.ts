import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q18',
  number: 18,
  slug: 'semantic-imbalance',
  title: 'The Semantic Imbalance Trap',
});
