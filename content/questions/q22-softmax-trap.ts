import { defineQuestion, md, ref, cite, term, gloss, box, code, math, tex, table, diagram } from '@octavo/core';
import { papers } from '../papers/index.js';
import { glossary } from '../glossary/index.js';

// The textbook implementation most candidates write first (shown, not run).
const naiveSource = String.raw`import numpy as np

def softmax(z):
    e = np.exp(z)
    return e / e.sum()

def cross_entropy(z, y):
    p = softmax(z)
    return -np.log(p[y])        # later "fixed" as -np.log(p[y] + 1e-8)
`;

// Runnable: compares the naive, shift-then-log and fused versions, then checks the gradient.
const fusedSource = String.raw`import numpy as np

def naive_xent(z, y):                     # softmax, then log
    p = np.exp(z) / np.exp(z).sum()
    return -np.log(p[y])

def shifted_then_log(z, y):               # max-shifted softmax, then log
    e = np.exp(z - z.max())
    return -np.log((e / e.sum())[y])

def fused_xent(z, y):                     # log-softmax via LogSumExp
    z = z.astype(np.promote_types(z.dtype, np.float32))  # fp16 -> fp32
    m = z.max()
    e = np.exp(z - m)                     # largest term is exactly 1
    s = e.sum()                           # 1 <= s <= C
    loss = (m + np.log(s)) - z[y]         # LSE(z) - z_y
    grad = e / s                          # softmax (divide by s)
    grad[y] -= 1.0                        # softmax - one_hot
    return loss, grad

cases = [
    ("huge logits", np.array([1000, 999, 998], np.float32), 0),
    ("confidently wrong", np.array([40, 0, -80], np.float32), 2),
    ("fp16 logit of 12", np.array([12, 0], np.float16), 1),
    ("ordinary", np.array([2.0, 1.0, 0.1], np.float32), 0),
]
with np.errstate(all="ignore"):
    for name, z, y in cases:
        loss, grad = fused_xent(z, y)
        g = ", ".join(f"{v:+.4f}" for v in grad)
        print(f"{name:17s} naive={naive_xent(z, y):<6.4f} "
              f"shifted={shifted_then_log(z, y):<7.4f} "
              f"fused={loss:<8.4f} grad=[{g}]")

# central-difference check of the gradient, in float64
z, y, h = np.array([2.0, 1.0, 0.1]), 0, 1e-6
numeric = [(fused_xent(z + h * d, y)[0] - fused_xent(z - h * d, y)[0])
           / (2 * h) for d in np.eye(3)]
err = np.max(np.abs(fused_xent(z, y)[1] - numeric))
print("gradient check:", "ok" if err < 1e-6 else "FAILED")
`;

const fusedOutput = `huge logits       naive=nan    shifted=0.4076  fused=0.4076   grad=[-0.3348, +0.2447, +0.0900]
confidently wrong naive=inf    shifted=inf     fused=120.0000 grad=[+1.0000, +0.0000, -1.0000]
fp16 logit of 12  naive=inf    shifted=12.0000 fused=12.0000  grad=[+1.0000, -1.0000]
ordinary          naive=0.4170 shifted=0.4170  fused=0.4170   grad=[-0.3410, +0.2424, +0.0986]
gradient check: ok
`;

const pipelines = String.raw`  NAIVE   z ──exp──▶ e^z ──÷ sum──▶ p ──log──▶ log p ──pick y──▶ loss
                  │              │            │
                  │ z > 88.7     │ inf/inf    │ p underflowed to 0
                  ▼ (float32)    ▼            ▼
                 inf            NaN         −inf  ──▶ loss = inf, grad = NaN

  FUSED   z ──max──▶ m ──exp(z − m), sum──▶ s ∈ [1, C] ──log──▶ LSE = m + log s
                                                                  │
                        loss = LSE − z_y   ◀──────────────────────┘
                        grad = exp(z − m)/s − onehot(y)     (every entry in [−1, 1])`;

export default defineQuestion({
  id: 'q22',
  number: 22,
  slug: 'softmax-trap',
  title: 'The Softmax Trap',
  tagline: 'Never take log(softmax(z)); compute log-softmax as z − LogSumExp(z) with the maximum shifted out, and write the gradient as softmax − one-hot.',
  related: ['q13', 'q03', 'q25'],

  scenario: {
    setup: [
      md`You are in the coding round of a senior ML engineer loop at a search company (the company and the exercise are hypothetical). The interviewer pastes a stub and says: "Implement softmax ${term('cross-entropy loss')} from scratch in NumPy. Given the logits $z \in \mathbb{R}^C$ for one example and its true class $y$, return the loss and its gradient with respect to $z$. Assume $C$ can be 50,000 and the training job runs in mixed precision. No deep learning framework."`,
      md`It looks like a warm-up. It is really a test of whether you know that the formula on the whiteboard and the computation in floating point are different things.`,
    ],
    wrongAnswer: [
      md`Most candidates transcribe the textbook definition: compute the probabilities, then take the log of the right one.`,
      code({ language: 'python', source: naiveSource, caption: 'The answer most candidates give' }),
      md`Asked about NaNs, they add an epsilon inside the log. Asked about the gradient, they say autograd will handle it. Every line is correct in exact arithmetic. In floating point, two of them break, and the epsilon makes the model quietly worse.`,
    ],
  },

  trap: [
    md`The trap is treating ${term('softmax')} and log as two separate steps. The exponential has a narrow window in floating point. In float32, $e^{x}$ overflows to infinity once $x$ exceeds about 88.7, the natural log of float32's largest value. In float16 the limit is about 11.1, the log of 65,504. On the other side, $e^{x}$ ${gloss(glossary.underflow, 'underflows')} to exactly zero once $x$ drops below about −104 in float32 and −17 in float16. Leaving that window is not exotic. A confident classifier late in training can put gaps of a hundred or more between its logits, a poorly initialised output layer can emit huge logits, and in float16 a logit of 12 is already too large.`,
    box.trap({
      title: 'The Softmax Trap',
      body: [
        md`Computing probabilities and then taking their log forces every intermediate value through $e^{z}$. Overflow gives $\infty/\infty = \text{NaN}$; underflow gives $\log 0 = -\infty$. One such example in one batch turns the mean loss, then every gradient, then every weight into ${term('NaN')}. An epsilon does not fix this. The fix is never to form a probability you are about to take the log of.`,
      ],
    }),
    md`Two failures hide here, with two different fixes. Subtracting the largest logit before exponentiating stops overflow. Only fusing the log into the softmax, so the loss becomes a difference of logits, stops the log of an underflowed zero. Candidates who know "the max trick" often stop at the first fix; ${ref('q22#ex-underflow')} shows the shifted softmax still returning infinity.`,
  ],

  deepDive: [
    box.dfn({
      title: 'Softmax, LogSumExp, log-softmax and cross-entropy',
      body: [
        md`For logits $z = (z_1, \dots, z_C)$ over $C$ classes, the softmax turns scores into probabilities, and ${term('LogSumExp')} (LSE) is the log of its normaliser:`,
        math(tex`\operatorname{softmax}(z)_i = \frac{e^{z_i}}{\sum_{j=1}^{C} e^{z_j}}, \qquad \operatorname{LSE}(z) = \log \sum_{j=1}^{C} e^{z_j}.`),
        md`${term('Log-softmax')} is the log of the softmax, $\log \operatorname{softmax}(z)_i = z_i - \operatorname{LSE}(z)$. The cross-entropy loss of an example whose true class is $y$ is the negative log-probability of that class:`,
        math(tex`L(z, y) = -\log \operatorname{softmax}(z)_y = \operatorname{LSE}(z) - z_y.`, 'xent-lse'),
      ],
    }),
    md`The right-hand side of ${ref('q22#xent-lse')} is the whole story: the loss is a LogSumExp minus one logit. No probability needs to exist for the loss to be computed.`,
    md`Floating point is where the story gets interesting. In ${term('IEEE 754', 'IEEE 754 floating point')} arithmetic, a result too large for the format becomes $+\infty$; a result too small becomes a ${gloss(glossary.subnormalNumber, 'subnormal')} number and then zero; and $\infty - \infty$, $\infty / \infty$ and $0 \cdot \infty$ are NaN. Goldberg's survey ${cite(papers.goldberg1991)} remains the clearest account of these rules. The table gives the thresholds for $e^{x}$ in the formats training jobs use.`,
    table({
      caption: 'Where exp(x) leaves the representable range (thresholds are natural logs of the format limits)',
      header: ['Format', 'Largest finite value', '$e^{x}$ overflows for $x >$', '$e^{x}$ becomes 0 for $x <$', 'Unit roundoff $u$'],
      rows: [
        ['float16', '65,504', '11.09', '≈ −17.3', '$4.9 \\times 10^{-4}$'],
        ['bfloat16', '$3.4 \\times 10^{38}$', '88.72', '≈ −92.9 (−87.3 if subnormals are flushed)', '$3.9 \\times 10^{-3}$'],
        ['float32', '$3.4 \\times 10^{38}$', '88.72', '≈ −104.0', '$6.0 \\times 10^{-8}$'],
        ['float64', '$1.8 \\times 10^{308}$', '709.78', '≈ −745.1', '$1.1 \\times 10^{-16}$'],
      ],
      align: ['left', 'right', 'right', 'right', 'right'],
    }),
    md`The escape is an identity. Softmax is invariant to adding a constant to every logit, because the constant's exponential cancels between numerator and denominator. LogSumExp moves by exactly that constant. Pick the constant to be the maximum logit $m = \max_i z_i$:`,
    math(tex`\operatorname{LSE}(z) = m + \log \sum_{j=1}^{C} e^{z_j - m}, \qquad m = \max_i z_i.`, 'lse-shift'),
    md`To see it, multiply and divide the sum by $e^{m}$: $\sum_j e^{z_j} = e^{m} \sum_j e^{z_j - m}$, and take logs. This is the ${term('max-shift trick', 'LogSumExp', 'max-shift trick')}. The derivative is just as clean.`,
    box.thm({
      title: 'The gradient of softmax cross-entropy',
      label: 'grad-derivation',
      body: [
        md`Differentiate ${ref('q22#xent-lse')} with respect to logit $z_j$. The derivative of $\operatorname{LSE}$ is the softmax, since $\partial \operatorname{LSE} / \partial z_j = e^{z_j} / \sum_k e^{z_k} = p_j$, and the derivative of $z_y$ is 1 when $j = y$ and 0 otherwise. So`,
        math(tex`\frac{\partial L}{\partial z_j} = p_j - [\,j = y\,], \qquad p = \operatorname{softmax}(z),`, 'grad'),
        md`where $[\,j = y\,]$ is 1 for the true class and 0 elsewhere. Every component lies in $[-1, 1]$ and the components sum to zero. No division by $p_y$ appears anywhere.`,
      ],
    }),
    box.ex({
      title: 'Overflow: logits of a thousand',
      label: 'ex-overflow',
      body: [
        md`Take $z = (1000, 999, 998)$ and $y = 1$ (the first class). Naively, $e^{1000}$ is infinite in float32 and float64 alike, so the softmax is $\infty / \infty = \text{NaN}$ and so is the loss.`,
        md`Shifted: $m = 1000$, $z - m = (0, -1, -2)$, and $s = 1 + e^{-1} + e^{-2} = 1 + 0.3679 + 0.1353 = 1.5032$. Then $\operatorname{LSE}(z) = 1000 + \ln 1.5032 = 1000.4076$, the loss is $1000.4076 - 1000 = 0.4076$, the probabilities are $(0.6652, 0.2447, 0.0900)$, and by ${ref('q22#grad')} the gradient is $(-0.3348, 0.2447, 0.0900)$. Check: the loss equals $-\ln 0.6652$.`,
      ],
    }),
    box.ex({
      title: 'Underflow: the shifted softmax still fails',
      label: 'ex-underflow',
      body: [
        md`Now $z = (40, 0, -80)$ in float32 and the true class is the third: the model is confidently wrong. The exact loss is $\operatorname{LSE}(z) - z_3 = 40 + \ln(1 + e^{-40} + e^{-120}) + 80 \approx 120.0$, a perfectly ordinary number, and the exact gradient is about $(1, 0, -1)$.`,
        md`Shift first, then take the log of the probability: $p_3 = e^{-120}/s \approx 7.7 \times 10^{-53}$, far below float32's smallest subnormal ($1.4 \times 10^{-45}$). It rounds to 0, $-\log 0 = \infty$, and the backward pass multiplies $1/p_3 = \infty$ by a zero. The shift fixed the overflow; only fusing the log fixes this.`,
      ],
    }),
  ],

  whyItFails: [
    md`A single non-finite value does not stay local. The mean loss of a batch with one NaN is NaN, and so is the gradient of every parameter that example touched, which in a dense network is all of them. One optimizer step writes NaN into the weights (and, with Adam, into both moment estimates), so the run cannot recover. In mixed precision the failure is quieter: a ${term('dynamic loss scaler', 'loss scaling')} reads an infinite gradient as "scale too large", skips the step and halves the scale. If the overflow is in the loss itself, it does this every step while the run appears to be training.`,
    md`The backward pass of the naive composition is a second, independent problem. Automatic differentiation of $\log(\operatorname{softmax}(z))$ first computes $\partial \log p_y / \partial p_y = 1/p_y$, then multiplies by the softmax Jacobian, whose entries are of order $p_y$. When $p_y$ is tiny, that is a huge number times a tiny one, each rounded separately; when $p_y$ has underflowed it is $\infty \cdot 0 = \text{NaN}$. The closed form in ${ref('q22#grad-derivation')} never forms $1/p_y$ at all.`,
    diagram(pipelines, 'Where the naive pipeline breaks, and the fused pipeline that never forms a probability before the log'),
    md`The popular patch, $-\log(p_y + \varepsilon)$, trades a crash for a silent bias.`,
    box.ex({
      title: 'What the epsilon does to the hardest examples',
      label: 'ex-epsilon',
      body: [
        md`Use the confidently wrong example of ${ref('q22#ex-underflow')}, where the true $p_3 \approx 7.7 \times 10^{-53}$, and the patch with $\varepsilon = 10^{-8}$.`,
        md`The loss becomes $-\ln(10^{-8}) = 18.42$ instead of 120. Worse, its gradient with respect to $z_3$ is $-\frac{p_3}{p_3 + \varepsilon}(1 - p_3) \approx -7.7 \times 10^{-45}$ instead of $-1$. The example the model gets most wrong now contributes essentially no gradient. Clipping $p$ to $[\varepsilon, 1]$ is no better: the clip has zero gradient below $\varepsilon$.`,
      ],
    }),
    md`So ${term('epsilon clamping')} silences the examples a classifier most needs to hear from: hard cases, rare classes and mislabelled data you would want to find. That is the opposite of ${ref('q03')}, where the loss is reshaped to keep hard examples' gradients alive. A related failure is the double softmax of ${ref('q13')}: framework losses such as PyTorch's \`CrossEntropyLoss\` expect raw logits and apply log-softmax themselves, so passing them probabilities squashes the signal and the loss barely moves.`,
  ],

  solution: {
    approach: [
      md`Stay in the log domain from logits to loss. Compute LogSumExp with the maximum shifted out (${ref('q22#lse-shift')}), take the loss as $\operatorname{LSE}(z) - z_y$, write the backward pass by hand as softmax minus one-hot (${ref('q22#grad')}), and make precision and memory explicit. In a framework, call the fused cross-entropy on logits instead of composing the pieces.`,
      box.tec({
        title: 'Fused softmax cross-entropy, forward and backward',
        body: [
          md`Input: logits $z \in \mathbb{R}^C$, label $y$. All arithmetic in float32 or wider.`,
          md`
            1. $m \leftarrow \max_i z_i$.
            2. $e_i \leftarrow e^{z_i - m}$ for every $i$; all exponents are at most 0.
            3. $s \leftarrow \sum_i e_i$, so $1 \le s \le C$.
            4. Loss $\leftarrow m + \log s - z_y$.
            5. Gradient $g_i \leftarrow e_i / s$, then $g_y \leftarrow g_y - 1$.

            Cost: two passes over $z$ (one for the max, one for the rest) and no division by a probability.
          `,
        ],
      }),
      box.code({
        title: 'Naive, shifted and fused cross-entropy side by side',
        body: [
          code({ language: 'python', source: fusedSource, runnable: true, output: fusedOutput }),
          md`Python numbers classes from 0, so \`y = 0\` is the first class. Row one is ${ref('q22#ex-overflow')}: naive gives NaN, the other two agree. Row two is ${ref('q22#ex-underflow')}: only the fused version survives. Row three is float16 overflowing at a logit of 12, fixed by upcasting. On ordinary logits all three agree, which is why the bug hides until logits grow.`,
        ],
      }),
    ],
    steps: [
      {
        title: 'Take logits, not probabilities',
        body: md`Make the loss's contract "unnormalised logits in, loss out"; compute any softmax for reporting or serving separately. This one API decision rules out both the log of a probability and the double softmax.`,
      },
      {
        title: 'Shift by the maximum, and guard the masked case',
        body: [
          md`Subtract $m = \max_i z_i$ before exponentiating. Per row, not per batch: one global maximum can leave a row whose own logits are all far below it, and then every term in that row underflows.`,
          box.note({
            title: 'Fully masked rows',
            body: md`With attention or vocabulary masks, a row can have every logit at $-\infty$. Then $m = -\infty$ and $z - m$ is $-\infty - (-\infty) = \text{NaN}$. Treat that row explicitly, for example by replacing an infinite $m$ with 0 and defining the row's output as zero, rather than letting one empty row poison the batch.`,
          }),
        ],
      },
      {
        title: 'Fuse the log and return loss and gradient together',
        body: md`Compute the loss as $m + \log s - z_y$ and the gradient as $e/s$ minus one-hot. For probabilities, divide by $s$ rather than computing $e^{z - \operatorname{LSE}(z)}$: Blanchard, Higham and Higham ${cite(papers.blanchard2021)} find that this division-free variant can lose accuracy. A common refinement writes the sum as $1 + s'$, with $s'$ summing the non-maximal terms, and computes $\log(1 + s')$ with \`log1p\`.`,
      },
      {
        title: 'Do the loss in float32, even in a mixed-precision run',
        body: md`Upcast logits to float32 before the reduction and accumulate the sum in float32. For ${term('mixed-precision training')}, Micikevicius and colleagues ${cite(papers.micikevicius2018)} keep a float32 master copy of the weights, scale the loss so small gradients survive float16, and accumulate float16 products in float32. The loss deserves the same care. Even ${term('bfloat16')}, with float32's range, has only 8 significant bits (a ${gloss(glossary.unitRoundoff, 'unit roundoff')} of $2^{-8}$): near an LSE of 30, consecutive bfloat16 numbers are 0.125 apart.`,
      },
      {
        title: 'Stream the normaliser when the vocabulary is large',
        body: [
          md`Computing the max, then the sum, means reading the logits twice. Milakov and Gimelshein ${cite(papers.milakov2018)} show that both can be kept in one pass, which is the ${term('online softmax')} below; it is also what lets a chunked or sharded vocabulary be reduced piece by piece.`,
          box.tec({
            title: 'Online LogSumExp (running max and rescaled sum)',
            body: [
              md`Keep a running maximum $m$ and a running sum $d$ of $e^{z_i - m}$, starting from $m = -\infty$ and $d = 0$. For each new logit $x$:`,
              math(tex`m' = \max(m, x), \qquad d' = d\, e^{m - m'} + e^{x - m'}, \qquad \operatorname{LSE} = m + \log d \text{ at the end.}`),
              md`Two partial results $(m_a, d_a)$ and $(m_b, d_b)$ merge the same way, so shards of a vocabulary, or tiles of an attention row, can be combined in any order. For $z = (3, 1, 5)$: after 3, $(3, 1)$; after 1, $(3, 1.1353)$; after 5, $(5, 1.1353\, e^{-2} + 1) = (5, 1.1537)$, so $\operatorname{LSE} = 5 + \ln 1.1537 = 5.1429$, matching $\ln(e^3 + e^1 + e^5)$.`,
            ],
          }),
        ],
      },
      {
        title: 'Test the edges, not just the middle',
        body: md`Unit-test logits of ±1000, a confidently wrong label, float16 inputs, a fully masked row and a finite-difference gradient check, asserting finite outputs. In training, log the largest absolute logit: it shows how close you are to the table's thresholds before any NaN.`,
      },
    ],
    tradeoffs: [
      md`The stable version is not free. The max costs an extra pass over the logits, and softmax is bound by memory bandwidth, not arithmetic; the online form removes that pass. Upcasting to float32 doubles the memory of the logits it touches. A ${gloss(glossary.kernelFusion, 'fused kernel')} avoids both costs but is tied to a framework and harder to debug. Shifting can introduce subtractive cancellation, but Blanchard and colleagues show it costs no more accuracy than the unshifted formula.`,
      box.ex({
        title: 'Why large vocabularies need the fused, chunked loss (illustrative)',
        label: 'ex-memory',
        body: [
          md`Illustrative numbers: a language model with a 128,000-token vocabulary, batch 8, sequence length 4,096. That is $8 \times 4096 = 32{,}768$ positions and $32{,}768 \times 128{,}000 \approx 4.19 \times 10^{9}$ logits. In float32 the logits alone take $4.19 \times 10^{9} \times 4$ bytes $\approx 16.8$ GB; materialising the probabilities and their gradient as separate tensors multiplies that.`,
          md`A chunked cross-entropy processes the positions a block at a time: it computes the block's logits from the hidden states, reduces them to $(m, d)$ and $z_y$ (three numbers per position instead of 128,000), and turns the block's gradient into gradients for the hidden states and output weights before moving on. The full logit tensor never exists at once.`,
        ],
      }),
    ],
  },

  whyItWorks: [
    md`The shift changes nothing mathematically (softmax is invariant to adding a constant), so everything it buys is numerical. Three facts explain why it is enough, once the log is fused in.`,
    box.thm({
      title: 'What the shift guarantees',
      label: 'shift-bounds',
      body: [
        md`After subtracting $m = \max_i z_i$: (1) every exponent $z_i - m$ is at most 0, so no $e^{z_i - m}$ overflows; (2) the largest term is exactly $e^{0} = 1$, so $1 \le s \le C$ and $\log s$ lies in $[0, \ln C]$, which is at most $\ln 50{,}000 \approx 10.8$ in our scenario, and is never $\log 0$; (3) the log-softmax is $(z_i - m) - \log s$, a subtraction of finite numbers, so a log-probability of $-120$ is simply $-120$. Terms that underflow are the ones whose contribution to $s$ is below rounding anyway.`,
      ],
    }),
    md`The gradient in ${ref('q22#grad')} is bounded in $[-1, 1]$ for every input, so the worst one example can do is push hard, which is what a confidently wrong example should do. With ${ref('q22#shift-bounds')} settled, what remains is accuracy.`,
    box.paper({
      title: 'Blanchard, Higham and Higham (2021) in brief',
      body: md`Blanchard, Higham and Higham ${cite(papers.blanchard2021)} give rounding-error analyses of several ways to evaluate LogSumExp and softmax, with half, single and double precision and bfloat16 in view, and interpret the bounds through the functions' condition numbers. Their conclusion: the shifted formulas are about as accurate as the unshifted ones, so they can be used safely, while a division-free softmax, $e^{z_i - \operatorname{LSE}(z)}$, can lose accuracy. For an engineer: shift by the max, fuse the log, and divide by the sum when you need probabilities.`,
    }),
    md`The same structure scales up. FlashAttention ${cite(papers.dao2022)} computes exact attention tile by tile, never writing the full attention matrix to GPU main memory. It relies on the rescaling of the online LogSumExp to combine partial softmax results, and keeps the per-row statistics for the backward pass. The numerical trick in this question is a load-bearing part of ${term('FlashAttention')}, a widely used attention kernel.`,
    box.gen({
      title: 'Stay in the log domain',
      body: md`The general rule: never compute a quantity that you are about to take the log of. Products of many probabilities (HMM forward passes, sequence likelihoods, naive Bayes) underflow for the same reason, and the cure is the same: add logs, combine with LogSumExp. Beam search ranks hypotheses by sums of log-probabilities for exactly this reason; see ${ref('q25')}.`,
    }),
    box.takeaway({
      title: 'The one-line rule',
      body: md`Loss $= \operatorname{LSE}(z) - z_y$ with the max shifted out, gradient $=$ softmax $-$ one-hot, in float32. Anything that takes the log of a probability, or adds an epsilon to hide one, is the trap.`,
    }),
  ],

  papers: [
    {
      paper: papers.blanchard2021,
      contribution: md`Rounding-error analysis of unshifted, shifted and division-free algorithms for LogSumExp and softmax, read through condition numbers and backed by numerical experiments. Concludes the shifted formulas are as accurate as the unshifted ones and that the division-free softmax can lose accuracy.`,
      relevance: md`It turns "subtract the max" from folklore into a result with error bounds, and says which equivalent formula to use for probabilities and gradients.`,
    },
    {
      paper: papers.goldberg1991,
      contribution: md`A tutorial on floating-point arithmetic and the IEEE standard: rounding error and relative error, guard digits, cancellation, and the special values and exceptions (infinities, NaNs, subnormals, overflow and underflow).`,
      relevance: md`It explains the mechanics behind every threshold in this question: why $e^{89}$ is infinite in float32, why $\infty/\infty$ is NaN, and why subnormals delay but do not prevent underflow.`,
    },
    {
      paper: papers.milakov2018,
      contribution: md`Computes the softmax normaliser in a single pass by keeping a running maximum and rescaling the running sum whenever the maximum grows, cutting memory accesses; the authors report softmax speed-ups of up to 1.3× and up to 5× when softmax is fused with top-k.`,
      relevance: md`It is the streaming form of the max-shift trick, the basis for chunked and sharded cross-entropy over large vocabularies, and the rescaling used inside fused attention kernels.`,
    },
    {
      paper: papers.dao2022,
      contribution: md`FlashAttention, an exact attention algorithm that tiles the computation to minimise reads and writes between GPU main memory and on-chip memory, combining per-tile softmax results by rescaling and recomputing attention in the backward pass instead of storing it.`,
      relevance: md`It shows that the stable, streamed softmax of this question is not just a correctness fix but the enabling idea behind a widely used attention kernel for training large models.`,
    },
    {
      paper: papers.micikevicius2018,
      contribution: md`Trains networks with IEEE half-precision arithmetic without losing accuracy by keeping a float32 master copy of the weights, scaling the loss so small gradients do not underflow, and accumulating float16 products in float32.`,
      relevance: md`It explains why the scenario says "mixed precision": float16's exponential overflows at 11.1, so the loss belongs in float32, and an overflowing loss defeats loss scaling.`,
    },
  ],

  interview: {
    answer: [
      md`"I'd never compute softmax and then take the log. The loss is LogSumExp of the logits minus the true logit, and I'd compute it in that form. In float32, $e^{x}$ overflows above about 88.7 and underflows to zero below about −104; in float16 it overflows at about 11. So the naive version returns NaN on large logits and infinity on confidently wrong predictions, and one NaN in a batch poisons every weight in one step.`,
      md`First I subtract the max logit. Softmax is shift-invariant, so nothing changes mathematically, but every exponent is now at most zero and the sum lies between 1 and C. The loss is max plus log-sum minus the true logit, so I never take the log of a probability. For the backward pass I write the gradient by hand: softmax minus one-hot, computed as the shifted exponentials divided by the sum. It is bounded, and it never divides by a tiny probability.`,
      md`I wouldn't add an epsilon inside the log: it caps the loss and removes the gradient from the examples the model gets most wrong. In mixed precision I'd upcast logits to float32 for the loss. For a 50,000-class output I'd use a fused, chunked version with a running max and a rescaled sum, the same trick FlashAttention uses. Then I'd test with logits of ±1000, masked rows and a gradient check."`,
      box.interview({
        title: 'If you only have thirty seconds',
        body: md`Two failure modes, two fixes: the max shift stops overflow, fusing the log stops log(0). Gradient is softmax minus one-hot. Loss in float32, no epsilon, streamed for big vocabularies.`,
      }),
    ],
    keyPoints: [
      md`Name both failure modes with thresholds: overflow of $e^{x}$ (above about 88.7 in float32, 11.1 in float16) and underflow to 0 followed by $\log 0$.`,
      md`Shift by the per-row maximum (${ref('q22#lse-shift')}); it is exact because softmax is shift-invariant.`,
      md`Fuse log and softmax: loss $= m + \log s - z_y$. Shifting alone does not fix underflow in the log.`,
      md`Hand-written gradient $p - \text{one-hot}$: bounded, no $1/p$, and cheaper than differentiating the composition.`,
      md`Precision and scale: float32 for the loss, no epsilon, online or chunked computation for large vocabularies.`,
    ],
    followUps: [
      {
        question: md`Why not just add a small epsilon inside the log?`,
        answer: md`It caps the loss at $-\log \varepsilon$ and makes the gradient of a confidently wrong example almost zero (${ref('q22#ex-epsilon')}), so the hardest examples stop teaching the model. It hides the bug rather than fixing it.`,
      },
      {
        question: md`Does bfloat16 solve this, since it has float32's range?`,
        answer: md`It removes the overflow at 11, not the problem. With 8 significant bits, values near 30 are rounded to steps of 0.125, which passes straight into the loss, and $\log 0$ still follows an underflow. Compute the loss in float32.`,
      },
      {
        question: md`How does this relate to FlashAttention?`,
        answer: md`Attention takes a softmax over each row of scores. FlashAttention processes rows in tiles with a running max and sum, rescaling earlier partial results when the max grows: the online LogSumExp. So it never stores the full score matrix.`,
      },
      {
        question: md`What if a row is entirely masked?`,
        answer: md`Then the max is $-\infty$ and $z - m$ is NaN. Detect it, use $m = 0$ for that row and define its output as zero (or drop the row), so one empty row cannot poison the batch.`,
      },
      {
        question: md`Your loss is finite but flat. What do you check first?`,
        answer: md`That the loss is around $\ln C$ at initialisation and that the model is not applying softmax before a loss that expects logits. Then overfit one batch, following the debugging order in ${ref('q13#solution')}.`,
      },
    ],
  },

  takeaways: [
    md`Softmax cross-entropy equals $\operatorname{LSE}(z) - z_y$: compute it in that form and never take the log of a probability.`,
    md`There are two failure modes with two fixes: the max shift stops overflow, and fusing the log stops $\log 0$. Knowing only the first is the trap.`,
    md`The gradient is softmax minus one-hot, bounded in $[-1, 1]$; write it by hand rather than differentiating through $\log(\operatorname{softmax})$.`,
    md`An epsilon inside the log is not a fix: it caps the loss and removes the gradient from exactly the examples the model gets most wrong.`,
    md`In mixed precision, do the loss and its reductions in float32; float16's exponential overflows at a logit of about 11.1.`,
    md`At scale, the same algebra becomes the online LogSumExp, which powers chunked vocabulary losses and FlashAttention.`,
  ],

  explore: md`\`log1p\` and \`expm1\`, Kahan (compensated) summation, dynamic loss scaling, FP8 training formats, sampled and hierarchical softmax for very large output spaces, and label smoothing, which also needs the full log-softmax.`,
});
