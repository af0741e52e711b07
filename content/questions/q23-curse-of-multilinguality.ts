import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q23',
  number: 23,
  slug: 'curse-of-multilinguality',
  title: 'The Curse of Multilinguality',
});
