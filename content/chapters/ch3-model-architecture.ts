import { defineChapter } from '@octavo/core';
import q02 from '../questions/q02-small-data.js';
import q09 from '../questions/q09-catastrophic-forgetting.js';
import q12 from '../questions/q12-lora-knowledge.js';
import q23 from '../questions/q23-curse-of-multilinguality.js';
import q15 from '../questions/q15-quantization-robustness.js';

export default defineChapter({
  id: 'ch3',
  number: 3,
  slug: 'model-architecture',
  title: 'Model Architecture and Training Challenges',
  focus: 'Model design, fine-tuning, capacity, and learning dynamics',
  questions: [q02, q09, q12, q23, q15],
});
