import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q15',
  number: 15,
  slug: 'quantization-robustness',
  title: 'The Counterintuitive Truth About Quantization and Robustness',
});
