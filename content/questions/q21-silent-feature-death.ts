import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q21',
  number: 21,
  slug: 'silent-feature-death',
  title: 'The Silent Feature Death',
});
