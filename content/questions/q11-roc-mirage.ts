import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q11',
  number: 11,
  slug: 'roc-mirage',
  title: 'The ROC Curve Mirage',
});
