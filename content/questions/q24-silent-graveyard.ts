import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q24',
  number: 24,
  slug: 'silent-graveyard',
  title: 'The Silent Graveyard Effect',
});
