import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q20',
  number: 20,
  slug: 'vanishing-update',
  title: 'The Vanishing Update Paradox',
});
