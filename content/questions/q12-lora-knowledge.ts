import { draftQuestion } from '@octavo/core';

export default draftQuestion({
  id: 'q12',
  number: 12,
  slug: 'lora-knowledge',
  title: 'The LoRA Knowledge Trap',
});
