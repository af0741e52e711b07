import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q03',
  number: 3,
  slug: 'gradient-drowning',
  title: 'The Gradient Drowning Trap',
});
