import { defineQuestion, md, ref, cite, term, gloss, box, code, math, tex, diagram, table } from '@octavo/core';
import { papers } from '../papers/index.js';
import { glossary } from '../glossary/index.js';

const frontierSource = String.raw`import numpy as np

rng = np.random.default_rng(5)
U, N = 2000, 50                                  # sessions, candidates per session
exam = np.array([1.0, 0.7, 0.5, 0.35, 0.25])     # chance each of 5 slots is seen
rate = rng.choice([0.10, 0.15, 0.20, 0.25, 0.30], size=(U, N))
basket = rng.lognormal(np.log(30), 0.4, size=(U, N))
p = rng.beta(2, 40, size=(U, N)) * (1.5 - 2.5 * rate)   # pricier deals sell less
c = rate * basket                                # commission per order, $

def serve(lam):
    score = p * (1 + lam * c)                    # value function, tuned at serving
    top = np.argsort(-score, axis=1)[:, :5]
    pt, ct = np.take_along_axis(p, top, 1), np.take_along_axis(c, top, 1)
    return 1000 * (exam * pt).sum(1).mean(), 1000 * (exam * pt * ct).sum(1).mean()

base_orders, _ = serve(0.0)
print("lambda  orders/1k  commission/1k")
best = None
for lam in [0.0, 0.02, 0.05, 0.1, 0.2, 0.5]:
    o, m = serve(lam)
    print(f"{lam:6.2f}  {o:9.1f}  {m:13.1f}")
    if o >= 0.97 * base_orders and (best is None or m > best[1]):
        best = (lam, m)
print(f"guardrail orders >= 97% of lambda=0: pick lambda={best[0]}")
`;

const frontierOutput = `lambda  orders/1k  commission/1k
  0.00      361.8         1829.2
  0.02      360.0         2012.3
  0.05      353.2         2211.7
  0.10      339.6         2400.7
  0.20      318.2         2553.5
  0.50      292.9         2639.0
guardrail orders >= 97% of lambda=0: pick lambda=0.05
`;

export default defineQuestion({
  id: 'q05',
  number: 5,
  slug: 'multi-objective-loss',
  title: 'The Multi-Objective Loss Trap',
  tagline:
    'Do not bake business priorities into a weighted-sum loss: predict each objective with calibrated heads and combine them in a value function you can tune at serving time.',
  related: ['q01', 'q08', 'q10', 'q03'],

  scenario: {
    setup: [
      md`You are interviewing for a senior ML role at a food-delivery marketplace. (The company is hypothetical; the pattern holds for any marketplace.) When a user opens the app, a ranker orders a few hundred candidate restaurants, and the top few slots get almost all of the attention.

      Two teams care about that order. Growth wants clicks and orders, because they bring users back. Finance wants commission, which varies: some partners pay a 10% rate and others 30%, and basket sizes differ. The restaurants users like best are not always the ones that pay best.

      "Design the ranking objective," the interviewer says. "Product says clicks matter more than commission, roughly 70/30. Next quarter it might be 50/50."`,
    ],
    wrongAnswer: [
      md`Most candidates go straight to the loss function. "I'll train one deep ranking model with a combined loss, $L = 0.7\,L_{\text{click}} + 0.3\,L_{\text{comm}}$, where $L_{\text{click}}$ is binary cross-entropy on clicks and $L_{\text{comm}}$ is squared error on the commission earned per impression. The network learns one score that balances both; I rank by it, sweep the weight offline, and ship the best. If priorities move to 50/50, I'll retrain with the new weight."

      It sounds principled: one model, one loss, priorities written down as numbers. The last sentence gives the problem away.`,
    ],
  },

  trap: [
    md`A weighted-sum loss asks one set of parameters to learn two kinds of thing at once: facts about the world (how likely this user is to click this restaurant, how much commission an order would earn) and a preference (how much a click is worth against a dollar of commission). Facts are stable for weeks and can be checked against what users do. Preferences change with the quarterly plan, the city and the marketing calendar, and no log can confirm them. Fuse both into the same weights and every change of preference becomes a retraining job, and nobody can read the preference back out.`,
    box.trap({
      title: 'Baking the business trade-off into the model weights',
      body: [
        md`- **The 70/30 is not the trade-off you ship.** The weights multiply losses in different units and scales, so the effective split differs (${ref('q05#units')}).
        - **Every change of priority means a retrain.** A new weight means a new model to train, validate and A/B test: days, not minutes. No knob exists for one city or one evening.
        - **The objectives fight inside the network.** Shared layers get gradients pointing in opposite directions, so one objective improves while the other gets worse.
        - **The score means nothing.** Neither a probability nor a dollar amount, it cannot be calibrated, audited or reused.`,
      ],
    }),
  ],

  deepDive: [
    md`Write the problem down as what it is: ${term('multi-objective optimization')} over ranking policies.`,
    box.dfn({
      title: 'Pareto optimality and linear scalarization',
      body: [
        md`Let $f_1(\pi), \dots, f_m(\pi)$ be objectives to maximize (expected orders, expected commission) for a ranking policy $\pi$. Policy $\pi$ *dominates* $\pi'$ if $f_k(\pi) \ge f_k(\pi')$ for every $k$, with strict inequality for at least one $k$. A policy is *Pareto optimal* if no feasible policy dominates it, and the outcome vectors of all Pareto-optimal policies form the ${gloss(glossary.paretoFrontier)}.

        ${gloss(glossary.linearScalarization, 'Linear scalarization')} optimizes one number, $\sum_k w_k f_k(\pi)$ with weights $w_k \ge 0$. Picking weights is picking a point on the frontier.`,
      ],
    }),
    md`The candidate's loss is a linear scalarization, but applied at *training* time, to the parameters $\theta$ shared by both objectives:`,
    math(
      tex`L(\theta) = w_1 L_1(\theta) + w_2 L_2(\theta), \qquad \nabla_\theta L = w_1 g_1 + w_2 g_2, \qquad g_k = \nabla_\theta L_k(\theta)`,
      'weighted-loss',
    ),
    md`Here $L_1$ is the click log-loss, $L_2$ the commission loss, $w_1, w_2$ the business weights, and $g_k$ the gradient of task $k$. Two things go wrong before anyone changes a priority.

    First, the weights multiply quantities in different units: log-loss in nats, squared error on money in dollars squared. The real balance is weight times loss scale, and the scale is an accident of how the label was stored.`,
    box.ex({
      title: 'The 70/30 split that is really 51/49, or 0.01/99.99',
      label: 'units',
      body: [
        md`Illustrative numbers. With a 5% click rate, predicting the base rate gives log-loss $-(0.05\ln 0.05 + 0.95\ln 0.95) = 0.1985$ nats. Orders happen on 1% of impressions and earn commission with mean \$6 and standard deviation \$3, so the per-impression label is 0 on 99% of rows and the best constant predictor's squared error is the label variance: $0.01 \times (6^2 + 3^2) - 0.06^2 = 0.4464$ dollars squared.

        With weights 0.7 and 0.3 the two terms are $0.7 \times 0.1985 = 0.1390$ and $0.3 \times 0.4464 = 0.1339$. Clicks get **50.9%** of the loss, not 70%.

        Store commission in cents, as a payments system might: the squared error grows by $100^2$ to 4,464, the commission term becomes 1,339.2, and clicks get **0.01%** of the loss. Its gradient into the shared layers grows by the same factor. A change of units has quietly rewritten the business's priorities.`,
      ],
    }),
    md`Second, gradients can point in opposite directions. A small step of size $\eta$ against the combined gradient changes task $k$'s loss by $\Delta L_k \approx -\eta\, g_k \cdot \nabla_\theta L$. When $g_1 \cdot g_2 < 0$ (a ${term('gradient conflict')}) and $g_2$ is larger, a step that lowers the total can raise $L_1$.`,
    box.ex({
      title: 'A step that lowers the total loss and raises the click loss',
      label: 'conflict',
      body: [
        md`Take a two-parameter toy with $g_1 = (2, 1)$ for clicks and $g_2 = (-4, 1)$ for commission, and $w_1 = w_2 = 0.5$. The combined gradient is $\nabla L = (-1, 1)$. With $\eta = 0.1$:

        - $\Delta L_1 \approx -0.1 \times (2 \cdot (-1) + 1 \cdot 1) = +0.1$: the click loss **rises**.
        - $\Delta L_2 \approx -0.1 \times ((-4)(-1) + 1 \cdot 1) = -0.5$.
        - The weighted total changes by $0.5(0.1) + 0.5(-0.5) = -0.2$: the optimizer reports progress.

        A direction that helps both exists. The minimum-norm point of the segment between $g_1$ and $g_2$ is $d = \gamma g_1 + (1-\gamma) g_2$ with $\gamma = \frac{(g_2 - g_1)\cdot g_2}{\lVert g_1 - g_2 \rVert^2} = \frac{24}{36} = \frac{2}{3}$, which gives $d = (0, 1)$. Now $g_1 \cdot d = g_2 \cdot d = 1$, so a step of 0.1 along $-d$ lowers **both** losses by about 0.1.`,
      ],
    }),
    box.tec({
      title: 'Gradient-level fixes, and what they do not fix',
      body: [
        md`- **${term('Multiple-gradient descent algorithm')} (MGDA).** At each step, descend along the minimum-norm convex combination of task gradients, as in the example above. Sener and Koltun ${cite(papers.sener2018mtlmoo)} make this scale to deep networks by optimizing an upper bound built from gradients with respect to the shared representation, and prove it yields Pareto-optimal solutions under realistic assumptions.
        - **PCGrad.** When two task gradients conflict, project each onto the normal plane of the other before summing ${cite(papers.yu2020pcgrad)}.
        - **GradNorm.** Adapt the task weights during training so that tasks train at similar rates, replacing a manual grid search over weights ${cite(papers.chen2018gradnorm)}.

        All three help *train* a multi-task network. None knows what the business wants: MGDA reaches *a* Pareto-optimal model, not the one finance asked for.`,
      ],
    }),
    md`Whole tasks conflict too. Ma et al. ${cite(papers.ma2018mmoe)} found that a shared-bottom network suffers as tasks become less related, and Tang et al. ${cite(papers.tang2020ple)} named the ${term('seesaw phenomenon')} in Tencent's video data: one task improves only by hurting another, a form of ${gloss(glossary.negativeTransfer)}. Clicks and commission are weakly related by construction; that is why the trade-off exists.

    Even perfect optimization has a limit: minimizing a weighted sum reaches only points on the convex hull of achievable outcomes. Where the frontier bends inward, no weight reaches it.`,
  ],

  whyItFails: [
    md`In production the mechanics become four problems.

    **The retraining loop is the only knob.** Each weight is a training run, an offline evaluation and an A/B test. "More commission in one city only" needs a separate model or a no, and a holiday-weekend rebalance arrives the week after the holiday.

    **The score cannot be checked.** Of impressions scored 0.05 by a calibrated click model, about 5% are clicked. A blend of click odds and commission predicts no event: nothing to calibrate against, no expected commission to report, nothing other systems can consume.

    **The sparse objective drowns.** Commission is non-zero on about 1% of impressions in our illustration, so its informative gradient comes from few rows and competes in the shared layers with a dense click signal, much as abundant easy negatives swamp fraud training in ${ref('q03')}. Raising $w_2$ to compensate changes priority and optimization at once, inseparably.

    **Offline comparisons are confounded.** The ranker decides what gets shown, and so what is logged and trained on next. Models with different weights are compared on data neither chose, and the winner reshapes its own training data: the feedback loop of ${ref('q08')}.`,
    box.gen({
      title: 'Predictions are facts; weights are preferences',
      body: [
        md`The model owns quantities you can check against outcomes: probabilities and expected amounts. The ranking layer owns preferences, changed in configuration. ${ref('q01')} follows the same rule: predict the price distribution, then let the bidding rule carry the business asymmetry.`,
      ],
    }),
  ],

  solution: {
    approach: [
      md`Separate estimation from decision: a multi-task model predicts calibrated quantities, and a small ${term('value function')} in serving configuration turns them into a ranking score with one knob per trade-off.`,
      diagram(
        `features ──► multi-task model (MMoE / PLE), one head per event
                ├─ p(click | impression)          calibrated
                ├─ p(order | click)               calibrated
                └─ E[basket | order]              regression
contract ──► commission rate r  (known, not learned)
                         │
                         ▼
value function (config):  V = p_order · (1 + λ · r · basket)
                         │
                         ▼
rank by V  ──►  offline frontier  ──►  A/B test λ, guardrails`,
        'Estimation (the model) is separated from preference (the value function).',
      ),
    ],
    steps: [
      {
        title: 'Decompose value into events you can predict',
        body: [
          md`With $p_c = P(\text{click})$, $p_{o|c} = P(\text{order} \mid \text{click})$, basket value $b$ and contract commission rate $r$:`,
          math(tex`p_o = p_c \, p_{o|c}, \qquad \mathbb{E}[\text{orders}] = p_o, \qquad \mathbb{E}[\text{commission}] = p_o \, r \, \mathbb{E}[b \mid \text{order}]`, 'decompose'),
          md`The commission rate is in a contract, so do not learn it. And predict $p_o$ over *all* impressions: a conversion model trained on clicks but served on impressions has sample-selection bias, which ESMM ${cite(papers.ma2018esmm)} removes by training $p_c \cdot p_{o|c}$ against the order label on the whole impression space.`,
        ],
      },
      {
        title: 'Train a multi-task model for the facts',
        body: [
          md`Share the representation; give each event its own head. ${term('Multi-gate mixture-of-experts', 'multi-gate mixture-of-experts (MMoE)')} ${cite(papers.ma2018mmoe)} lets each task weigh shared experts through its own gate; PLE adds task-specific experts ${cite(papers.tang2020ple)}. Per-task loss weights remain, set by GradNorm or a small search, but their job has changed: they divide shared capacity, judged by each head's log-loss and calibration. They no longer encode what the business wants.`,
        ],
      },
      {
        title: 'Calibrate every head',
        body: [
          md`The value function multiplies predictions, so each must mean what it says. Fit isotonic or Platt ${term('calibration')} on recent held-out traffic and monitor reliability per segment (city, new users, partner tier). A head 20% too optimistic only for high-commission partners shifts the trade-off like an unapproved change of $\lambda$. Reweighting tricks (${ref('q03')}) distort calibration; recalibrate after them.`,
        ],
      },
      {
        title: 'Put the trade-off in a value function',
        body: [
          md`Rank by $V = p_o\,(1 + \lambda\, c)$, where $c = r \cdot \mathbb{E}[b \mid \text{order}]$ is the expected commission per order. The knob has a meaning: $1/\lambda$ is the number of commission dollars the business treats as worth one order, the ${gloss(glossary.shadowPrice)} of an order. Changing it is a configuration push, effective on the next request, and it can differ by market or hour.`,
          box.ex({
            title: 'Three restaurants, three orderings, one model',
            label: 'rerank',
            body: [
              md`Illustrative predictions for one user's top slot:`,
              table({
                header: ['Restaurant', '$p_o$', 'commission per order $c$', '$V$ at $\\lambda=0$', '$V$ at $\\lambda=0.08$', '$V$ at $\\lambda=0.1$'],
                rows: [
                  ['A (10% of \\$25)', '0.060', '\\$2.50', '**0.0600**', '0.0720', '0.0750'],
                  ['B (20% of \\$40)', '0.045', '\\$8.00', '0.0450', '**0.0738**', '0.0810'],
                  ['C (30% of \\$60)', '0.030', '\\$18.00', '0.0300', '0.0732', '**0.0840**'],
                ],
                align: ['left', 'right', 'right', 'right', 'right', 'right'],
              }),
              md`The order goes from A, B, C at $\lambda = 0$ to B, C, A at $\lambda = 0.08$ and C, B, A at $\lambda = 0.1$. A and C tie when $0.06(1 + 2.5\lambda) = 0.03(1 + 18\lambda)$, that is at $\lambda = 0.03/0.39 \approx 0.077$, or \$13 of commission per order. Check: moving the top slot from A to C trades $0.06 - 0.03 = 0.03$ expected orders for $0.54 - 0.15 = 0.39$ dollars of expected commission, exactly \$13 per order. The model never changed.`,
            ],
          }),
        ],
      },
      {
        title: 'Map the Pareto frontier offline',
        body: [
          md`Sweep $\lambda$ over logged candidate sets, record expected orders and commission, and keep settings that satisfy a ${term('guardrail metric')} (here, orders at least 97% of the order-only ranking). Only the scoring formula changes, so a sweep takes seconds, not a training run per point.`,
          box.code({
            title: 'Sweeping the serving-time knob on a synthetic marketplace',
            label: 'frontier-sweep',
            body: [
              code({ language: 'python', runnable: true, source: frontierSource, output: frontierOutput }),
              md`Synthetic data, illustrative numbers. Orders fall and commission rises monotonically with $\lambda$, as on any frontier. At $\lambda = 0.05$ commission is 20.9% higher than at $\lambda = 0$ ($2211.7 / 1829.2$) for 2.4% fewer orders ($353.2 / 361.8$); $\lambda = 0.1$ breaks the guardrail.`,
            ],
          }),
        ],
      },
      {
        title: 'Tune online, and keep the knob',
        body: [
          md`The offline frontier is a shortlist. A/B test two or three values of $\lambda$ with guardrails on retention, repeat orders and complaints. Next quarter, rerun the sweep and push a new $\lambda$. For a commission target, a slow controller can adjust $\lambda$, as budget pacing does in advertising.`,
        ],
      },
    ],
    tradeoffs: [
      md`- **More moving parts.** Heads, calibrators and a value function that someone must own, version and review.
      - **Errors compound.** $V$ multiplies predictions, so relative errors add up. Monitor calibration per head and segment, not only the ranking metric.
      - **Offline frontiers are biased** toward what the logging policy showed. Exploration traffic with logged propensities (${ref('q08')}) makes the sweep trustworthy; without it, it only proposes A/B candidates.
      - **A single scalar is sometimes right.** Candidate retrieval in the funnel of ${ref('q10')} needs one score per item for nearest-neighbour search, and a blended label is fine there because the ranker applies the knob. So is a fixed-rate common currency: expected order value $p_o \cdot b$ is one number.`,
    ],
  },

  whyItWorks: [
    box.thm({
      title: 'Serving-time scalarization lands on the Pareto frontier',
      label: 'frontier',
      body: [
        md`**Claim 1.** For any $\lambda > 0$, a policy $\pi^*$ that maximizes $O(\pi) + \lambda C(\pi)$ (expected orders plus $\lambda$ times expected commission) is Pareto optimal.

        *Proof.* Suppose $\pi$ dominates $\pi^*$: $O(\pi) \ge O(\pi^*)$ and $C(\pi) \ge C(\pi^*)$, with at least one strict. Since $\lambda > 0$, $O(\pi) + \lambda C(\pi) > O(\pi^*) + \lambda C(\pi^*)$, contradicting the maximality of $\pi^*$. $\square$

        **Claim 2.** Let the slots be seen with probabilities $e_1 \ge e_2 \ge \dots \ge e_K$, independent of which restaurant sits there. Then $O + \lambda C = \sum_k e_k\, p_{(k)} (1 + \lambda c_{(k)})$, where $(k)$ is the item in slot $k$. By the ${term('rearrangement inequality')} this sum is largest when items are sorted by $V = p_o(1 + \lambda c)$. Sorting by the value function is therefore exactly the maximizer in Claim 1.

        **Claim 3.** To maximize $C$ subject to $O \ge \tau$, form the Lagrangian $C + \mu(O - \tau)$ with multiplier $\mu \ge 0$. For fixed $\mu > 0$ it ranks items the same way as $O + \frac{1}{\mu} C$, so $\lambda = 1/\mu$. Turning $\lambda$ until the order guardrail just holds solves the constrained problem (randomizing between two neighbouring settings if needed), and $1/\lambda$ is its ${term('Lagrange multiplier')}: the price of one order in commission dollars.`,
      ],
    }),
    md`The proof assumes the $p$ are true probabilities. If the order head is over-confident on one segment, sorting by $V$ maximizes some other objective. That is why calibration is a step of the solution, not a detail.

    Conflicting gradients remain, but the damage is bounded and visible: a poor training weight makes one head slightly less accurate, which its log-loss and reliability curve show. Gating reduces the conflict further: in MMoE each task learns its own mixture of shared experts ${cite(papers.ma2018mmoe)}, and PLE gives each task experts others cannot pull on ${cite(papers.tang2020ple)}.

    The design has a public industrial precedent: Zhao et al. ${cite(papers.zhao2019recommending)} predict several engagement and satisfaction objectives with MMoE and combine the predictions into one ranking score with hand-tuned weights, outside the model.

    Finally, the convex-hull limit matters less at serving time. If two settings sit at the ends of a dent in the frontier, serving each to a random share of requests reaches any point on the line between them, which is at least as good as the dent, and each setting costs a config line rather than a training run.`,
  ],

  papers: [
    {
      paper: papers.ma2018mmoe,
      contribution: md`Introduced the Multi-gate Mixture-of-Experts: shared expert networks with one gating network per task. It beats a shared bottom most when tasks are less related, trains more reliably, and improved a large content recommender at Google.`,
      relevance: md`The default architecture for the "one model, many heads" half of the solution: shared representation with less interference.`,
    },
    {
      paper: papers.zhao2019recommending,
      contribution: md`A production multi-objective video ranker: MMoE for engagement and satisfaction objectives, plus a shallow tower that models position (selection) bias, in a Wide & Deep arrangement.`,
      relevance: md`A public industrial example of predicting objectives separately and combining them into one ranking score outside the model.`,
    },
    {
      paper: papers.tang2020ple,
      contribution: md`Names the seesaw phenomenon, where one task improves only by hurting another, and proposes Progressive Layered Extraction, which separates shared from task-specific experts; deployed in Tencent's video recommender.`,
      relevance: md`Evidence that the conflict is real in recommendation data, and the usual next step when MMoE still shows a seesaw.`,
    },
    {
      paper: papers.sener2018mtlmoo,
      contribution: md`Casts multi-task learning as multi-objective optimization, argues that a weighted loss sum is valid only when tasks do not compete, and makes MGDA practical for deep networks via an upper bound that yields Pareto-optimal solutions under realistic assumptions.`,
      relevance: md`The formal version of the trap, and the limit of the fix: MGDA finds some Pareto-optimal model, not the point the business wants.`,
    },
    {
      paper: papers.chen2018gradnorm,
      contribution: md`Adjusts task-loss weights during training by normalizing gradient magnitudes so that tasks train at similar rates; with one hyperparameter it matches or beats grid search over weights.`,
      relevance: md`A principled way to set training-time task weights once they no longer carry business meaning.`,
    },
    {
      paper: papers.yu2020pcgrad,
      contribution: md`Gradient surgery: when two task gradients conflict, project each onto the normal plane of the other. Model-agnostic, and combinable with multi-task architectures.`,
      relevance: md`Targets the mechanism of ${ref('q05#conflict')}; a training fix that complements, not replaces, a serving-time value function.`,
    },
    {
      paper: papers.ma2018esmm,
      contribution: md`Shows that conversion models trained on clicked impressions but applied to all impressions suffer sample-selection bias and sparsity, and models CTR times CVR over the entire impression space (evaluated on Taobao data).`,
      relevance: md`How to build the $p(\text{order})$ head in a funnel where orders follow clicks and are far rarer.`,
    },
  ],

  interview: {
    answer: [
      md`"I wouldn't put the business weights in the loss. A weighted-sum loss bakes a preference into the parameters, so every change of priority is a retrain. The effective weight also depends on loss scales and units, so 70/30 isn't really 70/30; click and commission gradients conflict in shared layers; and the output predicts no event, so I can't calibrate it or explain it to finance.

      Instead I'd separate estimation from decision. A multi-task model, MMoE or PLE, predicts events: click probability, order probability over all impressions, and expected basket. Commission rates come from the contract. I'd calibrate every head and monitor it by segment.

      At serving time I'd rank by expected value: order probability times one plus lambda times expected commission. Lambda is the exchange rate between orders and commission dollars. For any positive lambda, sorting by this score is Pareto optimal, and one over lambda is the Lagrange multiplier of an order guardrail.

      Offline, I'd sweep lambda on logged sessions to map the frontier and keep settings that meet the guardrail, then A/B test two or three with retention and complaint guardrails. When priorities change next quarter, I change a config value, not the model."`,
    ],
    keyPoints: [
      md`A weighted-sum loss fuses facts (predictions) with preferences (business weights); every priority change is a retrain.`,
      md`The loss weight is not the business trade-off: it interacts with loss scale and units, and task gradients conflict (the seesaw).`,
      md`Predict calibrated per-event quantities with a multi-task model (MMoE/PLE, ESMM-style order head); do not learn what a contract already says.`,
      md`Combine them in a serving-time value function whose knob $\lambda$ is an exchange rate; $1/\lambda$ is the shadow price of an order.`,
      md`Map the frontier offline, A/B test a few points with guardrails, retune by configuration.`,
    ],
    followUps: [
      {
        question: md`How do you choose $\lambda$?`,
        answer: md`Sweep it offline, take the largest commission that keeps orders above the guardrail, confirm neighbouring values in a small A/B test. It can differ by market.`,
      },
      {
        question: md`Why not learn the weights too?`,
        answer: md`You can learn a context-dependent $\lambda$, but as policy learning judged on online business outcomes (bandits, Bayesian optimization over experiments), not as a supervised loss on clicks. Keep it a layer above calibrated predictions.`,
      },
      {
        question: md`When is a single weighted label acceptable?`,
        answer: md`In candidate retrieval, where nearest-neighbour search needs one score and the ranker applies the knob; or when objectives share a currency at a fixed rate, such as expected order value.`,
      },
      {
        question: md`After a retrain of the order head, rankings shifted though $\lambda$ did not. Why?`,
        answer: md`Likely calibration drift: a head that became more optimistic on one segment changes the effective trade-off. Recalibrate after every retrain and alert on per-segment reliability.`,
      },
      {
        question: md`Orders are rare and confirmed late. How do you train that head?`,
        answer: md`Model it over all impressions as $p_c \cdot p_{o|c}$ (ESMM), share representation with the dense click task, and handle label delay so recent impressions are not counted as negatives too early.`,
      },
    ],
  },

  takeaways: [
    md`A weighted-sum loss bakes business preferences into model parameters; every priority change costs a retrain and an experiment.`,
    md`Loss weights are not business weights: their effect depends on loss scales, units and gradient conflict, so "70/30" can mean 51/49 or 0.01/99.99.`,
    md`Predict facts, not preferences: calibrated heads for click, order and basket in a multi-task model (MMoE, PLE); take known quantities such as commission rates from the source.`,
    md`Rank with a serving-time value function; for any $\lambda > 0$ sorting by it is Pareto optimal, and $\lambda$ is the exchange rate between objectives.`,
    md`Map the frontier offline in seconds, A/B test a few points with guardrails, change priorities with a config push.`,
    md`Gradient tools (MGDA, PCGrad, GradNorm) help train the multi-task model; they do not choose the business trade-off.`,
  ],

  explore: md`Related concepts to explore: constrained ranking and budget pacing, learned ranking functions for long-term satisfaction, off-policy evaluation of ranking policies, delayed-feedback conversion models.`,
});
