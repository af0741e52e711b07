import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q08',
  number: 8,
  slug: 'ctr-feedback-loop',
  title: 'The CTR Feedback Loop Trap',
});
