import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q09',
  number: 9,
  slug: 'catastrophic-forgetting',
  title: 'The Catastrophic Forgetting Trap',
});
