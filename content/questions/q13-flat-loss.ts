import { defineQuestion, md, ref, cite, term, gloss, box, code, math, tex, table } from '@octavo/core';
import { papers } from '../papers/index.js';
import { glossary } from '../glossary/index.js';

const demoSource = String.raw`import numpy as np

def softmax(z):
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)

def train(X, y, C, lr, double_softmax=False, steps=500):
    W = np.random.default_rng(1).normal(0, 0.01, (X.shape[1], C))
    Y = np.eye(C)[y]
    losses = []
    for _ in range(steps + 1):
        p = softmax(X @ W)
        q = softmax(p) if double_softmax else p   # the bug: softmax twice
        losses.append(-np.log(q[np.arange(len(y)), y]).mean())
        g = (q - Y) / len(y)                      # gradient w.r.t. last softmax input
        if double_softmax:                        # chain through the first softmax
            g = p * (g - (g * p).sum(axis=1, keepdims=True))
        W -= lr * X.T @ g
    return losses[0], losses[-1]

rng = np.random.default_rng(0)
C, n, d = 20, 32, 64
X = rng.normal(size=(n, d)) / np.sqrt(d)   # one batch, rows of norm ~1
y = rng.integers(0, C, n)
print(f"ln C = {np.log(C):.3f}; double-softmax floor = {-np.log(np.e / (np.e + C - 1)):.3f}")
for lr in (0.5, 5.0, 50.0):
    a, b = train(X, y, C, lr)
    c, e = train(X, y, C, lr, double_softmax=True)
    print(f"lr={lr:>4}: correct {a:.3f} -> {b:.3f} | double softmax {c:.3f} -> {e:.3f}")
a, b = train(X, rng.permutation(y), C, 5.0)
print(f"shuffled labels, lr=5.0: {a:.3f} -> {b:.3f}")
`;

const demoOutput = `ln C = 2.996; double-softmax floor = 2.078
lr= 0.5: correct 2.996 -> 0.287 | double softmax 2.996 -> 2.967
lr= 5.0: correct 2.996 -> 0.017 | double softmax 2.996 -> 2.134
lr=50.0: correct 2.996 -> 0.002 | double softmax 2.996 -> 2.080
shuffled labels, lr=5.0: 2.996 -> 0.016
`;

const harnessSource = String.raw`# A debugging harness to run before any sweep (PyTorch; shown, not run by the book's tests).
import math
import torch

def sanity_checks(model, loss_fn, x, y, num_classes, lr=1e-3, steps=300):
    # Turn dropout, weight decay and augmentation off before calling this.
    model.train()
    with torch.no_grad():
        init = loss_fn(model(x), y).item()
    print(f"initial loss {init:.3f}  vs  ln C = {math.log(num_classes):.3f}")

    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for step in range(steps):
        opt.zero_grad(set_to_none=True)        # clear old gradients first
        loss = loss_fn(model(x), y)            # raw logits in: no softmax before the loss
        loss.backward()
        if step == 0:                          # which tensors does the gradient reach?
            for name, p in model.named_parameters():
                g = None if p.grad is None else p.grad.norm().item()
                print(f"{name:40s} requires_grad={p.requires_grad} grad_norm={g}")
        before = [p.detach().clone() for p in model.parameters()]
        opt.step()
        if step == 0:                          # how far did one step move each tensor?
            for (name, p), b in zip(model.named_parameters(), before):
                ratio = (p.detach() - b).norm() / (b.norm() + 1e-12)
                print(f"{name:40s} update/weight = {ratio.item():.1e}")
    print(f"loss on this one batch after {steps} steps: {loss.item():.4f}")
`;

export default defineQuestion({
  id: 'q13',
  number: 13,
  slug: 'flat-loss',
  title: 'The Flat Loss Trap',
  tagline:
    'A loss that will not move is a bug until proven otherwise: check the initial loss, overfit one batch and read per-layer gradients before you tune a single hyperparameter.',
  related: ['q22', 'q20', 'q03'],

  scenario: {
    setup: [
      md`
        The interviewer describes a team (hypothetical, like every company in this book's scenarios) that
        routes customer-support tickets into 20 intents. They replaced a gradient-boosted baseline with a
        neural classifier: a text encoder, a pooling layer and a fresh two-layer head, trained with
        cross-entropy and Adam.

        The training curve is a ruler. The loss reads 3.00 at step 0 and 2.99 at step 5,000; validation
        accuracy hovers around 5%. A colleague tried three learning rates and got three identical curves.
        *"The loss is flat. What do you do next?"*
      `,
    ],
    wrongAnswer: [
      md`
        Most candidates give a search plan: "Sweep the learning rate on a log grid from $10^{-5}$ to
        $10^{-1}$, compare Adam with SGD plus momentum, add warmup and a cosine schedule, try a bigger batch.
        Three learning rates is not enough coverage." It sounds thorough.

        It is the wrong first move, because it assumes the pipeline is correct and only the knobs are off.
        The numbers say otherwise: $\ln 20 = 2.996$, so a loss of 3.00 means the model predicts a near-uniform
        distribution over the 20 intents, and after 5,000 steps it still does.
      `,
    ],
  },

  trap: [
    md`
      The trap is treating a ${term('flat loss')} as an optimisation problem when it is almost always a
      correctness problem. Training code ${term('fails silently', 'silent failure')}: a swapped axis, a
      detached tensor or a double softmax raises no exception, and the model trains, logs and checkpoints
      normally while learning nothing. A sweep reruns the broken pipeline in every cell of the grid. It
      cannot fix the bug, and it can hide it.

      The senior instinct rests on one empirical fact: standard image networks trained with SGD easily fit
      ${term('random labels', 'memorization of random labels')}, and even pure-noise images
      ${cite(papers.zhang2017)}. If your model cannot fit a single batch of 32 examples, the cause is not a
      hard problem or too little capacity; something between the data loader and the optimizer step is
      broken.
    `,
    box.trap({
      title: 'Tuning a pipeline you have not verified',
      body: [
        md`
          A bug sets a floor that no hyperparameter can cross, and a sweep multiplies the cost of the bug by
          the size of the grid. Debug first: check the loss at initialization, overfit one batch, read the
          gradients layer by layer. Only a pipeline that passes these checks deserves tuning.
        `,
      ],
    }),
  ],

  deepDive: [
    md`
      Why would a loss stay flat at all? Write the parameters as $\theta$, the loss as $L$, the gradient as
      $g = \nabla_\theta L(\theta)$ and the learning rate as $\eta$. A first-order Taylor expansion gives the
      change in loss after one gradient-descent step:
    `,
    math(tex`L(\theta - \eta g) \approx L(\theta) - \eta \lVert g \rVert^2`, 'first-order-step'),
    md`
      The loss stays put only if this product is near zero, or the step is never taken. That leaves four
      families of cause, and a sweep addresses only the first:

      1. **The step is tiny.** $\eta$ is orders of magnitude off: a typo such as \`1e-7\`, or a warmup
         scheduler stepped per epoch instead of per batch, which stretches warmup into hundreds of epochs.
      2. **No gradient arrives.** $g \approx 0$ for some tensors: a \`.detach()\` or NumPy round trip in the
         forward pass, parameters left frozen, saturated sigmoids, or a layer of
         ${gloss(glossary.dyingRelu, 'dead ReLUs')}.
      3. **The gradient is never applied.** The optimizer holds another model instance's parameters, or
         \`zero_grad()\` runs between \`backward()\` and \`step()\` and wipes the gradient just before use.
      4. **The gradient points at the wrong target.** The labels no longer match the inputs, or the loss
         has a floor built in, such as a double softmax. The gradient is real; its optimum is useless.
    `,
    box.dfn({
      title: 'Expected initial loss',
      body: [
        md`
          The ${term('expected initial loss')} is what a correctly wired model reports before its first
          update. For $C$-way softmax cross-entropy with small random logits, each class gets probability
          about $1/C$, so the loss is about $\ln C$.
        `,
      ],
    }),
    md`
      Where a ${term('loss plateau')} sits is as informative as the fact of it. Let $\pi_k$ be the fraction
      of training examples in class $k$. The best a model can do without looking at its input is to predict
      $\pi$ every time, which scores the entropy of the labels:
    `,
    math(tex`H(\pi) = -\sum_{k=1}^{C} \pi_k \ln \pi_k \;\le\; \ln C`, 'prior-entropy'),
    md`
      A plateau at $\ln C$ means a uniform guess: nothing learned, not even class frequencies. A plateau at
      $H(\pi)$ means the model learned the prior and ignores the input, which points at the data: labels
      misaligned with inputs, or features that are constant after preprocessing. The model cannot beat an
      ${term('input-independent baseline')}. For squared-error regression the analogue is the target
      variance, the score of predicting the mean everywhere.
    `,
    box.thm({
      title: 'Why the initial loss is about ln C, and what large logits add',
      body: [
        md`
          Let the logits $z_1, \dots, z_C$ be independent Gaussians with mean $0$ and standard deviation
          $\sigma$, and let $y$ be the true class. The cross-entropy is
        `,
        math(tex`L = -z_y + \ln \sum_{j=1}^{C} e^{z_j}`),
        md`
          The first term has expectation $0$. The logarithm is concave, so Jensen's inequality gives
          $\mathbb{E}\ln \sum_j e^{z_j} \le \ln \sum_j \mathbb{E}\,e^{z_j}$, and $\mathbb{E}\,e^{z_j} = e^{\sigma^2/2}$:
        `,
        math(tex`\mathbb{E}[L] \;\le\; \ln C + \tfrac{\sigma^2}{2}`, 'init-loss-bound'),
        md`
          The bound is tight for small $\sigma$ and tends to $\ln C$ as $\sigma \to 0$. For large $\sigma$ it
          is loose, but the loss still grows with $\sigma$. An initial loss well above $\ln C$ says the output
          layer starts *confidently wrong*: weights too large, or inputs not normalized.
        `,
      ],
    }),
    box.ex({
      title: 'Reading plateau values',
      label: 'ex-plateau-values',
      body: [
        md`
          Illustrative cases you can check with a calculator:

          - **20 balanced intents.** $\ln 20 = 2.996$. The scenario's 3.00 at step 0 is healthy; the same
            3.00 at step 5,000 means the model never left the uniform guess.
          - **Priors 0.7, 0.2, 0.1.** $\ln 3 = 1.099$, while
            $H(\pi) = 0.250 + 0.322 + 0.230 = 0.802$. A plateau at 0.80 means class frequencies learned,
            inputs ignored.
          - **1,000 classes, $\sigma = 1$.** The bound gives $6.908 + 0.5 = 7.408$; simulating Gaussian
            logits gives about 7.41. A first loss of 30 means huge logits.
          - **Fraud at 1 in 1,000.** $H(\pi) = -(0.001 \ln 0.001 + 0.999 \ln 0.999) \approx 0.0079$. A loss
            that "converges" to 0.008 has learned only the base rate, and looks excellent on a dashboard:
            the imbalance trap of ${ref('q03')} seen from the loss curve.
        `,
      ],
    }),
  ],

  whyItFails: [
    md`
      The sweep fails for three reasons.

      **A bug sets a floor that no hyperparameter crosses.** Take the ${term('double softmax')} bug: the
      model ends in a softmax and feeds a loss such as PyTorch's \`CrossEntropyLoss\`, which expects raw
      logits and applies log-softmax itself. The "logits" it sees are probabilities in $[0, 1]$, no two more
      than 1 apart, which caps the probability of the right class whatever the weights.
    `,
    box.ex({
      title: 'The double-softmax floor',
      label: 'ex-double-softmax',
      body: [
        md`
          In the best case the model puts probability 1 on the true class $y$, so the loss sees logits
          $(1, 0, \dots, 0)$ and gives class $y$ a probability of at most $q_y^{\max}$:
        `,
        math(tex`q_y^{\max} = \frac{e}{e + (C-1)}, \qquad L_{\min} = \ln\!\left(1 + \frac{C-1}{e}\right)`),
        md`
          For $C = 20$: $q_y^{\max} = 2.718 / 21.718 = 0.125$ and $L_{\min} = 2.078$. The loss starts at
          2.996 and can never go below 2.078. The gradient is also damped by the first softmax's Jacobian,
          whose entries are at most $1/4$. In the code of ${ref('q13#code-floor')}, at $\eta = 0.5$ the buggy loss
          barely moves (2.996 to 2.967); at $\eta = 50$ it reaches 2.080. That looks like a sweep finding a
          better learning rate, yet the model is pressed against its floor. The binary version is worse:
          a sigmoid output fed to a loss that applies its own sigmoid yields probabilities between $0.5$ and
          $\sigma(1) = 0.731$, so every negative example costs at least $\ln 2 = 0.693$.
        `,
      ],
    }),
    md`
      **A sweep can make a bug look solved.** Adaptive parts of a network compensate for a broken part, so
      bugs often show up as mediocre accuracy rather than obvious failure ${cite(papers.goodfellow2016)}. A
      sweep is exactly the search that finds the compensating setting, and the bug ships.

      **A sweep is the costliest way to learn nothing.** Illustratively, six learning rates, three
      optimizers and three seeds make 54 runs; at two GPU-hours each that is 108 GPU-hours to learn that
      54 curves are flat. Overfitting one batch takes minutes.

      The honest exception: sometimes a flat loss really is a scale problem, such as a learning rate off by
      orders of magnitude, or an adapter whose update shrinks as its rank grows, the subject of ${ref('q20')}. Even then
      you find it by *measuring* one update, not by searching.
    `,
    box.note({
      title: 'Flat is not the only symptom',
      body: [
        md`
          A loss that jumps to \`inf\` or \`NaN\` is numerical, usually an overflowing exponential or a
          \`log(0)\`; see ${ref('q22')}. A loss that falls suspiciously fast usually means leakage; see
          ${ref('q17')}. This question is about the quiet case: nothing crashes, nothing improves.
        `,
      ],
    }),
  ],

  solution: {
    approach: [
      md`
        Debug before you tune. Run a fixed ladder of cheap checks, each with an expected result you write
        down first, and stop at the first failure. The ladder follows practitioner checklists such as
        Karpathy's recipe ${cite(papers.karpathy2019)} and the debugging section of Goodfellow, Bengio and
        Courville ${cite(papers.goodfellow2016)}.
      `,
    ],
    steps: [
      {
        title: 'Check the loss at initialization',
        body: md`
          Compare the step-0 loss with $\ln C$, with $H(\pi)$ if the final bias is set to $\ln \pi_k$, or with
          the target variance for regression. Too high means oversized logits; far too low means the loss is
          computed on the wrong thing (an empty mask, a wrong reduction) or the weights are not fresh.
        `,
      },
      {
        title: 'Beat an input-independent baseline',
        body: md`
          Train once on zeroed inputs and once on real ones. The real run must win clearly; if the curves
          coincide, the model is not using its input.
        `,
      },
      {
        title: 'Overfit a single batch',
        body: md`
          Take 2 to 32 examples, switch off dropout, weight decay and augmentation, and train on them alone.
          The loss should approach zero within a few hundred steps. This is the
          ${term('single-batch overfitting test', 'overfitting a single batch')}; a failure puts the bug in
          the model, loss or optimizer, not the data loader.
        `,
      },
      {
        title: 'Read gradients and updates layer by layer',
        body: md`
          After one backward pass, print the ${term('gradient norm per layer', 'per-layer gradient norm')}
          of every parameter tensor; \`None\` or 0 means a detach, a frozen flag or dead units. After one step,
          compare each tensor's update with its size. A common rule of thumb puts the
          ${term('update-to-weight ratio')} near $10^{-3}$: $10^{-7}$ is too small, values near 1 too large.
          Confirm every tensor you mean to train is in the optimizer.
        `,
      },
      {
        title: 'Verify the mechanics and the data-label pairing',
        body: md`
          Logits, not probabilities, into the loss. \`zero_grad()\` before \`backward()\`, never between
          \`backward()\` and \`step()\`; PyTorch's ${gloss(glossary.gradientAccumulation)} is on by default,
          so a missing call makes each step follow the sum of all past gradients. The model in
          ${gloss(glossary.trainEvalMode, 'train mode')} while it trains. Matching shapes: an \`(N, 1)\`
          prediction against an \`(N,)\` target in PyTorch's squared-error loss broadcasts to $N \times N$
          pairs with only a warning, so the best the model can do is predict the mean. Then decode a few
          batches exactly as the model receives them and check the ${term('data-label alignment')} by eye.
        `,
      },
      {
        title: 'Only now, tune: one range test, not a grid',
        body: md`
          A single ${gloss(glossary.lrRangeTest)} raises the learning rate steadily over one short run and
          shows where learning starts and where it breaks down ${cite(papers.smith2017)}. Tune inside that
          range.
        `,
      },
    ],
    tradeoffs: [
      table({
        caption: 'Symptom, likely cause and the check that exposes it',
        header: ['Symptom', 'Likely cause', 'Check'],
        rows: [
          ['Flat near $\\ln C$', 'Update not applied; no gradient; double softmax; tiny $\\eta$', 'Single batch; per-layer gradients'],
          ['Flat at $H(\\pi)$ or target variance', 'Inputs ignored: misaligned labels, constant features, broadcasting', 'Zeroed-input baseline; decoded batches'],
          ['One batch fits, full data stuck at $H(\\pi)$', 'Labels shuffled apart from inputs; wrong join key', 'Decoded batches'],
          ['Initial loss far above $\\ln C$', 'Oversized output init; unnormalized inputs', 'Loss at init'],
          ['Early layers get no gradient', 'Detach in forward pass; frozen parameters; dead ReLUs', 'Per-layer gradients'],
        ],
      }),
      md`
        The ladder costs an hour before the first real run. Passing the single-batch test proves the model
        *can* fit, not that it generalizes, and by Zhang et al.'s own result it cannot catch misaligned
        labels: wrong labels are memorized as easily as right ones ${cite(papers.zhang2017)}.

        Reference values shift with the setting. A fine-tuned language model should start at the base
        model's loss on your data; a first loss near $\ln V$, for a vocabulary of $V$ tokens, means the
        weights did not load or the tokenizer does not match. And at scale nobody watches the first step of
        every job, so put the initial-loss and single-batch tests in CI.
      `,
      box.code({
        title: 'A PyTorch harness for the first checks',
        body: [
          code({ language: 'python', source: harnessSource }),
          md`
            Prints the initial loss beside $\ln C$, per-tensor gradient norms and update ratios after one
            step, and the single-batch loss. Shown for reference; not run by the book's tests.
          `,
        ],
      }),
    ],
  },

  whyItWorks: [
    md`
      Each check is a falsifiable test with a known expected value. A sweep asks an open question; a check
      asks yes or no about one stage. The initial loss tests the forward pass and loss; the single batch, the
      backward pass and optimizer; the zeroed-input baseline, whether information flows from input to output;
      decoded batches, the pairing of data and labels.
    `,
    box.gen({
      title: 'Debugging is a binary search over the pipeline',
      body: [
        md`
          A flat loss says only that the chain from data loader to optimizer step is broken somewhere. Each
          check at a stage boundary halves the search; a grid never narrows it.
        `,
      ],
    }),
    md`
      The single-batch test has a theoretical footing. Zhang et al. prove that a two-layer ReLU network with
      $2n + d$ weights can represent any labelling of $n$ points in $d$ dimensions, and report that fitting
      random labels takes only a small constant factor longer than fitting real ones
      ${cite(papers.zhang2017)}. A batch of 32 is far inside any realistic model's capacity, so failing to
      fit it is real information. The exceptions, regularization left on or an architecture that discards
      its input, are easy to rule out.

      The gradient check rests on the expansion ${ref('q13#first-order-step')}: if the loss does not move,
      $\eta$ or $\lVert g \rVert$ is near zero, or the update is never applied. Per-tensor gradient norms and
      update sizes separate the three and show *where* the gradient stops. Glorot and Bengio used this kind
      of layer-by-layer monitoring of activations and gradients to show how saturating units and poor
      initialization stall deep networks ${cite(papers.glorot2010)}.
    `,
    box.code({
      title: 'A bug floor against a learning-rate sweep, in NumPy',
      label: 'code-floor',
      body: [
        code({ language: 'python', runnable: true, source: demoSource, output: demoOutput }),
        md`
          Softmax regression with 64 inputs, trained by gradient descent on one batch of 32 examples over 20
          classes, with and without the double-softmax bug, and once with the batch's labels shuffled.
        `,
      ],
    }),
    box.ex({
      title: 'What the code shows',
      label: 'ex-sweep-vs-bug',
      body: [
        md`
          Both versions start at 2.996, so the initial-loss check passes for both. The single-batch check
          separates them: at $\eta = 5$ the correct model reaches 0.017, the buggy one 2.134. With only the
          buggy version, raising $\eta$ from 0.5 to 50 "improves" the final loss from 2.967 to 2.080, a 30%
          drop that looks like a finding but is a wall at 2.078. Removing the extra softmax fixes it at every
          $\eta$. The shuffled-labels line (0.016) shows why overfitting a batch cannot detect misaligned
          labels.
        `,
      ],
    }),
  ],

  papers: [
    {
      paper: papers.zhang2017,
      contribution: md`
        Showed that standard convolutional networks trained with SGD easily fit random labels on CIFAR-10
        and ImageNet, and even random-noise images, largely regardless of explicit regularization. Proved
        that a two-layer ReLU network with $2n + d$ weights can represent any labelling of $n$ points in
        $d$ dimensions.
      `,
      relevance: md`
        Why a single-batch failure is diagnostic (the model is broken, not under-powered), and the test's
        blind spot: misaligned labels are memorized too.
      `,
    },
    {
      paper: papers.karpathy2019,
      contribution: md`
        A practitioner's process built on the observation that training fails silently: verify the loss at
        initialization, beat an input-independent baseline, overfit one batch, visualize data just before
        the network, use backpropagation to chart dependencies.
      `,
      relevance: md`
        Most of this question's ladder is written down here. It is a blog post, so cite it for the practice
        and the papers beside it for the reasons.
      `,
    },
    {
      paper: papers.smith2017,
      contribution: md`
        Introduces cyclical learning rates and the range test for their bounds: raise the learning rate
        linearly over a short run and note where accuracy starts to rise and where it slows, turns ragged or
        falls.
      `,
      relevance: md`
        When a flat loss really is a learning-rate problem, one range test replaces a grid, but only at the
        end of the ladder: on a broken pipeline it charts the bug's floor.
      `,
    },
    {
      paper: papers.goodfellow2016,
      contribution: md`
        Chapter 11 sets out debugging strategies (fit a tiny dataset, compare back-propagated derivatives
        with numerical ones, monitor histograms of activations and gradients) and explains why bugs hide:
        adaptive parts compensate for broken ones.
      `,
      relevance: md`
        Textbook grounding for the ladder, and for the claim that a sweep can mask a bug.
      `,
    },
    {
      paper: papers.glorot2010,
      contribution: md`
        Tracked activations and gradients layer by layer in deep feed-forward networks, showed how
        saturating activations with standard initialization stall training, and proposed the normalized
        ("Xavier") initialization.
      `,
      relevance: md`
        An early use of per-layer gradient monitoring as a diagnostic; some flat losses come from
        initialization and activation choices.
      `,
    },
  ],

  interview: {
    answer: [
      md`
        "Before touching hyperparameters I'd treat this as a bug hunt, because a sweep just reruns the bug.
        The number is a clue: $\ln 20$ is 2.996, so a loss stuck at 3.00 means the model still predicts a
        uniform distribution after 5,000 steps.

        I'd climb a short ladder and stop at the first failure. One: the step-0 loss should be about
        $\ln C$. Two: overfit a single batch with regularization off. Networks memorize random labels, so
        failing on 32 examples is a bug, not a capacity problem. Three: per-layer gradient norms after one
        backward pass and update-to-weight ratios after one step, which expose detached tensors, frozen
        layers, dead units and a learning rate orders of magnitude off. Four: the mechanics, meaning logits
        into the loss, zero_grad before backward, train mode, matching shapes. Five: since the single-batch
        test can't see misaligned labels, a zeroed-input baseline and a look at decoded batches.

        Only when all that passes would I tune, starting with one learning-rate range test rather than a
        grid. And I'd put the init-loss and single-batch checks in CI."
      `,
    ],
    keyPoints: [
      md`A flat loss is a bug until proven otherwise; a sweep reruns it in every cell.`,
      md`The plateau value is evidence: $\ln C$ is a uniform guess, $H(\pi)$ means inputs ignored.`,
      md`Overfitting one batch is decisive because networks memorize random labels.`,
      md`Per-layer gradient norms and update ratios show where the signal stops.`,
      md`The single-batch test is blind to misaligned labels; add a zeroed-input baseline.`,
    ],
    followUps: [
      {
        question: md`One batch overfits easily, but on the full data the loss sits at the label entropy. Now what?`,
        answer: md`Model, loss and optimizer work, but the inputs are ignored. Suspect the pairing: separate shuffles, a wrong join key, augmentation applied to images but not masks. Decode samples with their labels.`,
      },
      {
        question: md`A 10-class model starts at a loss of 40. Does it matter if it comes down?`,
        answer: md`Yes. $\ln 10 = 2.30$, so 40 means huge, confidently wrong logits; early steps go into shrinking them. Scale down the last layer's init, set its bias to the log priors, check input normalization.`,
      },
      {
        question: md`When is a flat loss genuinely a hyperparameter problem?`,
        answer: md`When the checks pass but updates are tiny: a learning rate far too small, warmup stuck near zero, or LoRA scaling that shrinks the update at high rank. Update-to-weight ratios far below $10^{-3}$ show it; one range test fixes it.`,
      },
      {
        question: md`How does this change when fine-tuning a large language model?`,
        answer: md`The first loss should match the base model's loss on your data, not $\ln V$; near $\ln V$ means unloaded weights or a mismatched tokenizer. Also check the loss mask and that labels are shifted exactly once.`,
      },
    ],
  },

  takeaways: [
    md`A flat loss is a correctness problem until basic checks pass; sweeps rerun the bug and can hide it.`,
    md`The plateau value is evidence: $\ln C$ is a uniform guess, $H(\pi)$ means inputs ignored, and an odd floor such as 2.078 for 20 classes points at wiring such as a double softmax.`,
    md`Overfit one batch first: networks memorize even random labels, so failing on 32 examples is a bug.`,
    md`Per-layer gradient norms and update-to-weight ratios show where the gradient stops and whether the step size is sane.`,
    md`The single-batch test cannot see misaligned labels; add a zeroed-input baseline and decoded batches.`,
    md`Tune last, with one learning-rate range test, and put the init-loss and single-batch checks in CI.`,
  ],
});
