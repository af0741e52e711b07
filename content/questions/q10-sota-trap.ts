import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q10',
  number: 10,
  slug: 'sota-trap',
  title: 'The SOTA Trap',
});
