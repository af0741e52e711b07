import { defineTerm, md } from '@octavo/core';

// Glossary entries introduced by Q13, The Flat Loss Trap.
export const q13Glossary = {
  dyingRelu: defineTerm({
    id: 'dying-relu',
    term: 'dying ReLU',
    definition: md`A ReLU unit whose pre-activation is negative for every input, so it always outputs zero and receives zero gradient. Once dead it cannot recover by gradient descent; a large learning rate or a very negative bias can kill many units at once.`,
  }),
  lrRangeTest: defineTerm({
    id: 'lr-range-test',
    term: 'learning-rate range test',
    definition: md`A single short training run in which the learning rate is raised steadily from a very small to a very large value while accuracy or loss is recorded. The rates at which the curve starts to improve and where it turns ragged or worse bound a usable range (Smith, 2017).`,
  }),
  trainEvalMode: defineTerm({
    id: 'train-eval-mode',
    term: 'train and eval mode',
    definition: md`A switch on a network that changes how some layers behave: in training mode dropout is active and batch normalization uses the statistics of the current batch; in evaluation mode dropout is off and batch normalization uses its running averages. In PyTorch it is set with \`model.train()\` and \`model.eval()\`.`,
  }),
  gradientAccumulation: defineTerm({
    id: 'gradient-accumulation',
    term: 'gradient accumulation',
    definition: md`Adding the gradients of several backward passes into the same buffers before an optimizer step. Frameworks such as PyTorch accumulate by default, which is useful on purpose (to simulate a larger batch) and a bug by accident (when the buffers are never cleared between steps).`,
  }),
};
