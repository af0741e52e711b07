import { defineChapter, md, ref } from '@octavo/core';
import q01 from '../questions/q01-auto-bidder.js';
import q05 from '../questions/q05-multi-objective-loss.js';
import q22 from '../questions/q22-softmax-trap.js';
import q13 from '../questions/q13-flat-loss.js';
import q20 from '../questions/q20-vanishing-update.js';

export default defineChapter({
  id: 'ch1',
  number: 1,
  slug: 'loss-functions',
  title: 'Loss Functions and Optimization Traps',
  focus: 'Mathematical foundations, loss function design, optimization pitfalls',
  intro: [
    md`Every model in this book is trained by an optimizer that sees only one thing: the number your loss function returns and its gradient. The five traps in this chapter share a single mistake, which is to assume that this number means what you intended. It often does not, in five different ways.`,
    md`${ref('q01')} is about the target. A valuation model trained with squared error estimates a mean, but an auction picks out the cases where you overestimate, so a bidder needs a quantile and a loss that prices over- and under-bidding differently. ${ref('q05')} is about who owns the trade-off. Baking business weights into one weighted-sum loss freezes today's priorities into the weights, makes objectives fight through shared gradients, and leaves no knob to turn at serving time.`,
    md`${ref('q22')} is about arithmetic. Softmax cross-entropy is correct on paper and wrong in floating point when it is computed as a softmax followed by a log; the fix is a rearrangement of the same formula, not a new one. ${ref('q13')} is about the loss that will not move. Usually that is a bug in the pipeline rather than a bad learning rate, and there is a fixed order of checks that finds it. ${ref('q20')} is about the size of the update. In LoRA, a scaling factor that looks like bookkeeping quietly shrinks the update as the rank grows, so more capacity learns less.`,
    md`Read together, the questions give one checklist for any training objective. Decide what quantity the decision needs, and use a loss whose minimiser is that quantity. Keep the trade-offs the business will change outside the weights. Compute the loss in a form that survives the precision you train in. When the loss is flat, debug before you tune. And check that each update scales the way you think it does. Interviewers use these questions to see whether you treat the loss as a design decision or as a default.`,
  ],
  questions: [q01, q05, q22, q13, q20],
});
