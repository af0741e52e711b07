import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q07',
  number: 7,
  slug: 'ten-minute-horizon',
  title: 'The 10-Minute Horizon',
});
