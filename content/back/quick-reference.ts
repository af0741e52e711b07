import { defineSection, diagram, md, ref, table } from '@octavo/core';

const header = ['Question', 'Trap', 'Fix'];

/** Drops the newlines that open and close a template literal. */
const tree = (text: string) => text.replace(/^\n|\n$/g, '');

export default defineSection({
  id: 'quick-reference',
  title: 'Appendix A: Quick Reference Guide',
  body: [
    md`
      This appendix condenses the book for review. The checklist gives each of the twenty-five
      traps in one line with its fix; the solution patterns group the fixes by the idea they
      share; the decision trees route a few common interview scenarios to the questions that
      answer them. For a recall drill, cover the Fix column and say each fix aloud with the
      reason it works.

      # Common traps checklist
    `,
    table({
      caption: `Chapter 1 — Loss functions and optimization`,
      header,
      rows: [
        [
          md`${ref('q01')}`,
          'Bidding the point estimate of an MSE-trained valuation model, perhaps minus a fixed haircut. An auction hands you the homes you over-valued (the winner’s curse), and overpaying costs more than losing a bid.',
          'Optimize for the decision: low-quantile (pinball) regression or a predictive distribution with bid shading, calibrated (e.g. conformalized quantile regression), and judged by simulated auction profit, not RMSE.',
        ],
        [
          md`${ref('q05')}`,
          'One model trained on a weighted sum of click and commission losses. Business priorities are baked into the weights, every change of priority means retraining, the gradients conflict, and there is no knob at serving time.',
          'Separate calibrated predictions per objective (multi-task heads such as MMoE or PLE), combined by a tunable value function at serving time; map the Pareto frontier offline, tune the weights online.',
        ],
        [
          md`${ref('q22')}`,
          md`Computing softmax, then taking its log. $\exp$ overflows (float32 above about 88.7, float16 above about 11.1) or underflows to 0, and $\log 0$ yields inf or NaN.`,
          md`A fused log-softmax: $z_i - m - \log\sum_j \exp(z_j - m)$ with $m = \max_j z_j$ (the LogSumExp trick); the gradient with respect to the logits is softmax minus one-hot.`,
        ],
        [
          md`${ref('q13')}`,
          'Sweeping learning rates and optimizers when the loss does not move.',
          md`Debug before tuning: check the initial loss ($\approx \ln C$ for $C$ balanced classes), overfit a single batch to near zero, inspect per-layer gradient norms, label alignment, double softmax, \`zero_grad\` and train mode.`,
        ],
        [
          md`${ref('q20')}`,
          md`Raising the LoRA rank for more capacity while the $\alpha/r$ scaling shrinks the update as $r$ grows, so high rank learns no better than low rank.`,
          md`rsLoRA (rank-stabilized LoRA): scale by $\alpha/\sqrt{r}$, or grow $\alpha$ in proportion to $\sqrt{r}$; consider LoRA+, which gives $B$ a larger learning rate than $A$.`,
        ],
      ],
    }),
    table({
      caption: 'Chapter 2 — Data quality and distribution',
      header,
      rows: [
        [
          md`${ref('q17')}`,
          'Imputing, scaling or selecting features on the whole dataset before splitting, so test-set statistics leak into training.',
          'Split first (by time or by group when needed); fit every transform on training data only, inside a pipeline and inside each cross-validation fold; audit features for target leakage.',
        ],
        [
          md`${ref('q03')}`,
          'SMOTE or heavier class weights for fraud at 1:1000. The summed gradient of many easy negatives drowns the rare signal, and SMOTE interpolates unrealistic points and distorts calibration.',
          'Reshape the gradient: focal loss, hard-example mining, logit adjustment. Evaluate with precision–recall curves and recalibrate the scores.',
        ],
        [
          md`${ref('q18')}`,
          'Flips, rotations, colour jitter and mosaic for 45 night-time deer among 50,000 street scenes: pixel variety, not semantic variety.',
          'Generative and compositional synthesis (copy-paste, inpainting rare objects into common scenes, diffusion fine-tuned on the rare class), filtered, plus targeted collection; evaluate only on real rare examples.',
        ],
        [
          md`${ref('q21')}`,
          'Trusting green infrastructure dashboards while an upstream feature has stopped updating and serving returns stale or default values.',
          'Per-feature freshness SLOs (feature age), default-rate and distribution monitors, lineage timestamps, and explicit fallbacks.',
        ],
        [
          md`${ref('q24')}`,
          'Building features only for users present in recent logs, so churned users disappear from training (survivorship bias).',
          'Point-in-time (as-of) snapshots that keep the “ghosts”, forward-looking labels, and survival analysis.',
        ],
        [
          md`${ref('q16')}`,
          md`Retraining whenever a KS test gives $p < 0.05$ on millions of rows; at that sample size negligible shifts are significant.`,
          'Effect-size drift metrics (PSI, Wasserstein distance, Jensen–Shannon divergence) with thresholds tied to model and business impact.',
        ],
      ],
    }),
    table({
      caption: 'Chapter 3 — Model architecture and training',
      header,
      rows: [
        [
          md`${ref('q02')}`,
          'Training an LSTM or Transformer from scratch on about 2,000 labelled mouse trajectories.',
          'Invest in representation: pretrained encoders (e.g. the trajectory rendered as an image for a frozen CNN), engineered features, self-supervision, then a simple classifier.',
        ],
        [
          md`${ref('q09')}`,
          'Fine-tuning on the new class alone after the old data was deleted, which overwrites the weights the old classes relied on (catastrophic forgetting).',
          'Elastic Weight Consolidation (a Fisher-weighted quadratic penalty), distillation from the old model (Learning without Forgetting), Memory Aware Synapses, or replay of data you may still keep.',
        ],
        [
          md`${ref('q12')}`,
          'Expecting low-rank LoRA to teach an LLM a new domain such as oncology; it learns style and format more readily than knowledge.',
          'Continued pretraining or full fine-tuning where affordable; otherwise high-rank rsLoRA with LoftQ initialization and differential learning rates; retrieval for facts.',
        ],
        [
          md`${ref('q23')}`,
          'Growing a multilingual model from 10 to 100 languages at fixed capacity, which dilutes per-language quality.',
          'Add capacity per language: adapters (MAD-X) or modular pre-training (X-MOD).',
        ],
        [
          md`${ref('q15')}`,
          'A one-word answer: “int8 makes the model more robust”, or “less robust”.',
          'Both happen: rounding can absorb small perturbations, but quantization error can grow layer by layer. Control the Lipschitz constant in quantization-aware training (Defensive Quantization) and measure robustness on the quantized model.',
        ],
      ],
    }),
    table({
      caption: 'Chapter 4 — Evaluation and validation',
      header,
      rows: [
        [
          md`${ref('q11')}`,
          'Celebrating ROC AUC 0.98 on fraud at 0.1% prevalence: a small false-positive rate over a huge negative class is still a flood of false alarms, so precision is poor.',
          'Precision–recall curves (baseline = prevalence), precision at the operating recall, cost-based thresholds; know that AUPRC is not always the better metric (McDermott et al.).',
        ],
        [
          md`${ref('q14')}`,
          'Trusting 99% accuracy from a surgical-video segmentation model that keys on the instruments rather than the anatomy.',
          'Occlusion tests (the Black Patch Protocol: black out the organ and confidence must collapse; black out tools or background and it must hold), plus stratified and external validation.',
        ],
        [
          md`${ref('q10')}`,
          'A graph neural network scoring every candidate for “People You May Know” at 500M users and 50k queries per second.',
          'A funnel: cheap candidate generation (friends of friends), heuristic features (Adamic–Adar), a light ranker then a heavy one, with precomputation.',
        ],
      ],
    }),
    table({
      caption: 'Chapter 5 — System architecture and infrastructure',
      header,
      rows: [
        [
          md`${ref('q04')}`,
          'Batch thinking on an endless stream: storing everything, or keeping each item with a fixed probability when the total length is unknown.',
          'Reservoir sampling: Algorithm R, Algorithm L to skip ahead, A-Res for weighted samples; merge shard reservoirs by weighting each by the number of items its shard has seen.',
        ],
        [
          md`${ref('q06')}`,
          'Computing an exact streaming median, which in one pass needs memory linear in the data (the Munro–Paterson lower bound).',
          'Mergeable quantile sketches: GK or KLL for rank error, DDSketch for relative value error, t-digest for accurate tails.',
        ],
        [
          md`${ref('q07')}`,
          'Retraining a short-video ranker nightly when user interests move within minutes.',
          'Streaming training (log → joiner → online trainer → frequent parameter sync), collisionless embeddings with expiry (Monolith), online optimizers such as FTRL.',
        ],
        [
          md`${ref('q19')}`,
          'Writing features to Postgres and polling it as a queue; at 50k requests per second, polling, locking and row churn overwhelm it.',
          'An event log (e.g. Kafka) with partitions and consumer groups; the database becomes a sink; the outbox pattern keeps database writes and events consistent.',
        ],
      ],
    }),
    table({
      caption: 'Chapter 6 — Production systems and feedback loops',
      header,
      rows: [
        [
          md`${ref('q08')}`,
          'Celebrating record CTR while retention falls: the model trains on clicks it caused, a degenerate feedback loop that narrows what users see.',
          'Exploration traffic, logged propensities, inverse-propensity weighting, and long-term guardrail metrics such as retention.',
        ],
        [
          md`${ref('q25')}`,
          'Greedy decoding for a low-latency factual bot: the best token at each step need not lead to the most probable answer.',
          'A narrow, batched beam ($k = 3$–$5$) for short factual answers; not for open-ended text, and not wide beams, which degrade output (the beam search curse).',
        ],
      ],
    }),
    md`
      # Solution patterns

      The twenty-five fixes are not twenty-five unrelated tricks. Most of them apply one of a
      handful of ideas, and naming the idea in an interview shows that you can carry it to a
      problem you have not seen.

      - **Optimize the decision, not the proxy.** When errors in one direction cost more than
        errors in the other, a symmetric loss or a cost-blind metric answers the wrong
        question. Choose the loss and the metric from the cost of the decision the model
        drives: ${ref('q01', 'Q1')}, ${ref('q03', 'Q3')}, ${ref('q11', 'Q11')}, ${ref('q08', 'Q8')}.
      - **Decouple what changes at different speeds.** Business priorities change faster than
        models can be retrained, cheap and expensive models scale differently, and producers
        and consumers of events fail independently. Give each its own component behind an
        explicit interface: a value function at serving time (${ref('q05', 'Q5')}), a funnel
        (${ref('q10', 'Q10')}), an event log (${ref('q19', 'Q19')}).
      - **Run a test with a known answer.** Before tuning a model or trusting a number, run a
        check whose correct result you know in advance: a single batch must be overfitted, an
        occluded organ must kill the prediction, a transform fitted on the training fold must
        not see the test fold, a quantized model must be attacked before it ships:
        ${ref('q13', 'Q13')}, ${ref('q14', 'Q14')}, ${ref('q17', 'Q17')}, ${ref('q15', 'Q15')}.
      - **Measure size, not just significance.** With enough data every difference is
        significant; decide on effect sizes and prevalence-aware metrics tied to impact:
        ${ref('q16', 'Q16')}, ${ref('q11', 'Q11')}.
      - **Respect time.** Every row has an as-of time. Split by it, build features as of it,
        monitor feature age, and retrain at the speed the world changes:
        ${ref('q17', 'Q17')}, ${ref('q21', 'Q21')}, ${ref('q24', 'Q24')}, ${ref('q07', 'Q7')}.
      - **Spend a fixed budget on a known error.** Under a memory or latency budget, an
        approximation with a stated error beats both the exact method you cannot afford and
        the cheapest shortcut: a reservoir or a sketch instead of the full stream
        (${ref('q04', 'Q4')}, ${ref('q06', 'Q6')}), a narrow beam instead of greedy or
        exhaustive search (${ref('q25', 'Q25')}), a funnel instead of the heaviest model on
        every candidate (${ref('q10', 'Q10')}).
      - **Follow the magnitudes.** Many silent failures are a number growing or shrinking out
        of range: an exponential that overflows (${ref('q22', 'Q22')}), a scaling factor that
        shrinks the update as rank grows (${ref('q20', 'Q20')}), rounding error amplified layer
        by layer (${ref('q15', 'Q15')}), a sum of tiny gradients that outweighs the rare class
        (${ref('q03', 'Q3')}).
      - **Put capacity where the signal is.** Scarce labels call for a better representation,
        not a bigger model; new knowledge or new languages call for added capacity that the
        training setup lets act: ${ref('q02', 'Q2')}, ${ref('q12', 'Q12')}, ${ref('q20', 'Q20')},
        ${ref('q23', 'Q23')}.
      - **Protect what the model already knows.** Constrain or distil toward the old model
        when its training data is gone, and weigh how much a method forgets against how much
        it learns: ${ref('q09', 'Q9')}, ${ref('q12', 'Q12')}.
      - **Your system selects its own data.** Auctions, recommendations and logging all decide
        which examples you see next; correct for the selection, or break the loop with
        exploration: ${ref('q01', 'Q1')}, ${ref('q08', 'Q8')}, ${ref('q24', 'Q24')}.
      - **Generate meaning, not noise.** When a class is rare in content rather than only in
        count, pixel tricks and interpolation add noise; synthesize new content and evaluate on
        real examples only: ${ref('q18', 'Q18')}, ${ref('q03', 'Q3')}.

      # Decision trees

      The trees below start from a symptom or a request you are likely to hear in an interview
      and end at the question that treats it. Read a branch top to bottom; the labels on the
      right name the question.
    `,
    diagram(
      tree(`
The model is not learning, or it underperforms
│
├─ Training loss flat from the first steps?
│   ├─ Initial loss far from ln C (C balanced classes) ────── bug ─ Q13
│   ├─ Cannot overfit one small batch ─────────────────────── bug ─ Q13
│   └─ Loss becomes inf or NaN ──────────────── log of a softmax? ─ Q22
│
├─ Fine-tuning with LoRA?
│   ├─ Higher rank gives no gain ────────────── check α/r scaling ─ Q20
│   └─ Learns the tone, not the facts ───────────── knowledge gap ─ Q12
│
├─ Few labels (thousands or fewer)? ──────── representation first ─ Q2
│
└─ Good offline, poor online?
    ├─ Transforms fitted before the split ─────────────── leakage ─ Q17
    ├─ A feature stuck at its default or stale ──────── freshness ─ Q21
    ├─ Training rows only for active users ───────── survivorship ─ Q24
    └─ Training data shaped by the old model ────── feedback loop ─ Q8
`),
      'Tree A: a model that does not learn, or does not hold up in production',
    ),
    diagram(
      tree(`
The positive class is rare
│
├─ Which metric?
│   ├─ Each false alarm has a cost ─── PR curve, precision@recall ─ Q11
│   └─ All ranking errors count equally ──────── ROC AUC may suit ─ Q11
│
├─ Which loss?
│   ├─ Easy negatives dominate ────────── focal loss, hard mining ─ Q3
│   └─ Want balanced error across classes ────── logit adjustment ─ Q3
│
├─ Rare in meaning, not only in count (deer at night)?
│   └─ Synthesize content; test on real rare examples only ─────── Q18
│
└─ Accuracy that looks too good?
    └─ Occlude the object; confidence must collapse ────────────── Q14
`),
      'Tree B: imbalanced and rare-event problems',
    ),
    diagram(
      tree(`
Data arrives as an endless stream
│
├─ Need a uniform sample of fixed size k? ───────────── reservoir ─ Q4
│   └─ Items carry weights? ─────────────────────────────── A-Res ─ Q4
│
├─ Need a median or p99 in bounded memory?
│   ├─ Guarantee on rank error ──────────────────────── GK or KLL ─ Q6
│   ├─ Guarantee on relative value error ─────────────── DDSketch ─ Q6
│   └─ Accuracy in the extreme tails ─────────────────── t-digest ─ Q6
│
├─ Interests change within minutes?
│   └─ Streaming training, frequent parameter sync ─────────────── Q7
│
└─ Services poll a database table as a queue?
    └─ Event log with partitions; database as a sink ───────────── Q19
`),
      'Tree C: streaming and real-time systems',
    ),
    diagram(
      tree(`
Should we retrain, or change the model?
│
├─ A drift test fired on a large sample?
│   ├─ Effect size (PSI, Wasserstein) is tiny ──── keep the model ─ Q16
│   └─ Effect past an impact-based threshold ──────────── retrain ─ Q16
│
├─ New class, but the old data is gone? ─────────── EWC, LwF, MAS ─ Q9
├─ Many more languages, same capacity? ───────────────── adapters ─ Q23
├─ Shipping int8 to an edge device? ─────── attack the int8 model ─ Q15
├─ Business priorities changed? ──────────── re-weight at serving ─ Q5
│
└─ Tempted by a state-of-the-art model at high QPS?
    └─ Cheap candidates first; heavy model on a shortlist ──────── Q10
`),
      'Tree D: retraining and model-change decisions',
    ),
  ],
});
