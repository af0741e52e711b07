import { defineQuestion, md, ref, cite, term, gloss, box, code, math, tex, table } from '@octavo/core';
import { papers } from '../papers/index.js';
import { glossary } from '../glossary/index.js';

const stepSizeSource = String.raw`import numpy as np

def step_sizes(ranks, rule, optimizer, tokens, seeds, d=1024, alpha=16.0, lr=1e-3):
    """RMS change of a LoRA layer's output after one step from B = 0, per rank."""
    sizes = np.zeros(len(ranks))
    for seed in range(seeds):
        rng = np.random.default_rng(seed)
        X = rng.standard_normal((d, tokens))              # layer inputs, one column per token
        U, V = rng.standard_normal((2, d, 16)) / d**0.5   # the change the task wants: U V^T
        G = -U @ (V.T @ X)                                # dL/dh of squared error at h = 0
        for i, r in enumerate(ranks):
            A = rng.standard_normal((r, d)) / d**0.5      # init variance does not depend on r
            gamma = alpha / r if rule == "alpha/r" else alpha / r**0.5
            AX = A @ X
            grad_B = gamma * G @ AX.T / tokens            # B = 0: only B gets a gradient
            step = grad_B if optimizer == "sgd" else np.sign(grad_B)  # Adam's 1st step = sign
            dH = gamma * (-lr * step) @ AX
            sizes[i] += np.sqrt(np.mean(dH ** 2))
    return sizes / sizes[0]

ranks = [8, 64, 256]
print("one-step change of the layer output, relative to r = 8, for r =", ranks)
for optimizer, tokens, seeds in [("sgd", 1, 100), ("adam", 1, 100), ("adam", 2048, 2)]:
    for rule in ["alpha/r", "alpha/sqrt(r)"]:
        s = step_sizes(ranks, rule, optimizer, tokens, seeds)
        print(f"{optimizer:4} batch {tokens:4d}  {rule:13}", " ".join(f"{x:5.2f}" for x in s))
`;

const stepSizeOutput = `one-step change of the layer output, relative to r = 8, for r = [8, 64, 256]
sgd  batch    1  alpha/r        1.00  0.12  0.03
sgd  batch    1  alpha/sqrt(r)  1.00  0.97  0.97
adam batch    1  alpha/r        1.00  0.99  0.99
adam batch    1  alpha/sqrt(r)  1.00  2.79  5.61
adam batch 2048  alpha/r        1.00  0.36  0.20
adam batch 2048  alpha/sqrt(r)  1.00  1.03  1.13
`;

export default defineQuestion({
  id: 'q20',
  number: 20,
  slug: 'vanishing-update',
  title: 'The Vanishing Update Paradox',
  tagline:
    'Raising LoRA rank under the default α/r scale quietly shrinks every update; scale by α/√r (rank-stabilized LoRA) and give A and B their own learning rates.',
  related: ['q12', 'q13', 'q09'],

  scenario: {
    setup: [
      md`
        You are interviewing for a senior ML role at a legal-tech company (a hypothetical setting).
        The team fine-tunes a 7B open-weight language model on about 40,000 contract-review
        instructions with ${term('LoRA')}: rank $r = 8$, $\alpha = 16$, AdamW at a learning rate of
        $2\times10^{-4}$, three epochs. It works, but the model still misses clause types that a lawyer
        would catch, so an engineer raises the rank to $r = 256$ "for more capacity". Nothing else
        changes.

        The validation-loss curves for $r = 8$, $64$ and $256$ come out almost on top of one another,
        and the $r = 256$ run is, if anything, a hair worse. The interviewer asks: *"Your colleague
        concludes that this task only needs rank 8. Do you agree, and what would you do next?"*
        (All numbers in this scenario are illustrative.)
      `,
    ],
    wrongAnswer: [
      md`
        The common answer accepts the experiment at face value: "The weight update for fine-tuning has
        a low ${term('intrinsic rank')}. The original LoRA paper found that tiny ranks were enough, so extra
        rank only adds parameters that overfit or sit idle. Keep $r = 8$; if we need more capacity,
        move to full fine-tuning or add data."

        It sounds well read, and the first half is even a fair summary of an early finding
        ${cite(papers.hu2022lora)}. But it treats a rank sweep as a measurement of the task, when the
        sweep changed two things at once: the adapter's capacity *and* the size of every update it
        makes.
      `,
    ],
  },

  trap: [
    md`
      LoRA does not add $BA$ to the frozen weight; it adds $\gamma BA$, where the
      ${gloss(glossary.loraScalingFactor)} is $\gamma = \alpha/r$ in the original method and in most
      libraries' defaults. Hold $\alpha = 16$ and raise $r$ from 8 to 256, and $\gamma$ falls from 2 to
      $1/16$, a factor of 32. That factor multiplies the adapter's output in the forward pass and, through
      the chain rule, the gradient that reaches $B$ and $A$ in the backward pass. The bigger adapter is
      being trained with a much smaller ${gloss(glossary.effectiveLearningRate, 'effective learning rate')}.
    `,
    box.trap({
      title: 'The trap',
      body: [
        md`
          Under the default $\alpha/r$ scale, raising the rank with $\alpha$ fixed shrinks the update
          each step makes, so extra capacity arrives together with slower learning. The flat rank sweep
          then looks like evidence that "the task is low-rank", when it is mostly evidence about the
          parameterization. This is the ${term('vanishing update')}: more parameters, smaller steps,
          no gain.
        `,
      ],
    }),
    md`
      The trap convinces because every piece is familiar: low ranks do work for many instruction-tuning
      tasks, $\alpha/r$ is the default everyone copies, and "more parameters did not help" usually does
      mean capacity is not the bottleneck. The cost is that teams stop at rank 8 for tasks that need
      more, or jump to full fine-tuning at many times the memory, when a one-line change to the scaling
      would have let their adapter do its job. A senior answer separates capacity from step size before
      reading the sweep, just as you debug before tuning in ${ref('q13')}.
    `,
  ],

  deepDive: [
    md`
      For a frozen weight $W_0 \in \mathbb{R}^{d\times k}$, LoRA trains $A \in \mathbb{R}^{r\times k}$
      and $B \in \mathbb{R}^{d\times r}$, whose inner dimension $r$ is the ${term('adapter rank', 'rank (LoRA)')},
      and computes
    `,
    math(tex`h = W_0 x + \gamma\, B A x, \qquad \gamma = \frac{\alpha}{r}\ \text{(standard LoRA)}`, 'lora-forward'),
    md`
      Here $x \in \mathbb{R}^k$ is the layer input, $h \in \mathbb{R}^d$ its output, $r$ the rank and
      $\alpha$ a constant chosen by the user. $B$ starts at zero, so the model begins exactly at the
      pretrained weights, and $A$ starts random with a variance that depends on $k$ but *not* on $r$
      (Gaussian in the paper, Kaiming-uniform in Hugging Face PEFT). After training, $\gamma BA$ can be
      merged into $W_0$, so inference costs nothing extra.

      Write $g = \partial L/\partial h$ for the gradient arriving at the layer's output. Then
    `,
    math(tex`\nabla_B L = \gamma\, g\,(Ax)^{\top}, \qquad \nabla_A L = \gamma\, B^{\top} g\, x^{\top}`, 'lora-grads'),
    md`
      The scale $\gamma$ shows up twice on the path from a gradient to a change in what the layer
      computes: once in the gradient (above) and once more when the updated $B$ is multiplied by
      $\gamma$ in the forward pass. That double appearance is why a factor that looks like a harmless
      constant controls the learning speed.

      Why $\alpha/r$? The LoRA authors note that under Adam, tuning $\alpha$ is roughly like tuning the
      learning rate; they set $\alpha$ to the first rank they tried, did not tune it, and say that
      dividing by $r$ reduces the need to retune hyperparameters when $r$ changes, citing Yang and Hu's
      width-scaling theory ${cite(papers.hu2022lora)} ${cite(papers.yang2021tp4)}. That theory, the
      ${gloss(glossary.maximalUpdateParametrization, 'maximal update parametrization (μP)')}, asks how multipliers and learning rates must
      scale with a network's *width* so that feature updates neither vanish nor explode. Treat the rank
      as a width and the same question applies: how must $\gamma$ depend on $r$ so that one step changes
      $h$ by an amount that does not shrink or grow with $r$?
    `,
    box.dfn({
      title: 'Rank-stabilized adapter',
      label: 'rank-stabilized',
      body: [
        md`
          Following Kalajdzievski ${cite(papers.kalajdzievski2023rslora)}, an adapter $\gamma_r BA$ is
          *rank-stabilized* if, throughout training, inputs whose entries are of order one (in $r$)
          produce outputs of order one, and output gradients of order one produce input gradients of
          order one, however large $r$ becomes. Informally: the adapter's forward signal and backward
          signal neither collapse nor blow up as you add rank. A ${term('rank-stabilized LoRA', 'rsLoRA')}
          (rsLoRA) adapter uses $\gamma_r = \alpha/\sqrt{r}$.
        `,
      ],
    }),
    md`
      The paper's result is that, with $B$ initialized to zero, $A$'s initial variance independent of
      $r$ and a learning rate that does not depend on $r$, adapters are rank-stabilized exactly when
      $\gamma_r$ scales as $1/\sqrt{r}$ ${cite(papers.kalajdzievski2023rslora)}. Dividing by $r$ is too
      aggressive. The short derivation below shows where the square root comes from.
    `,
  ],

  whyItFails: [
    box.thm({
      title: 'One step of gradient descent from B = 0',
      label: 'one-step',
      body: [
        md`
          At initialization $B_0 = 0$, so $\nabla_A L = 0$ and only $B$ moves. A gradient step with
          learning rate $\eta$ on one input $x$ gives $B_1 = -\eta\gamma\, g (Ax)^{\top}$, and the
          adapter's output on the same input changes by
        `,
        math(tex`\Delta h = \gamma B_1 A x = -\eta\,\gamma^{2}\,\lVert Ax\rVert^{2}\, g, \qquad \mathbb{E}\,\lVert Ax\rVert^{2} = r\,\sigma^{2}\lVert x\rVert^{2}`, 'one-step-change'),
        md`
          where $\sigma^2$ is the variance of $A$'s entries. $\lVert Ax\rVert^2 = \sum_{j=1}^{r}(a_j^{\top}x)^2$
          is a sum of $r$ independent non-negative terms ($a_j$ is row $j$ of $A$), so by the
          ${term('law of large numbers')} it grows in proportion to $r$. The step is therefore proportional to $\gamma^2 r$:

          - $\gamma = \alpha/r$ gives $\gamma^2 r = \alpha^2/r$, which **vanishes** as $r$ grows;
          - $\gamma = \alpha/\sqrt{r}$ gives $\gamma^2 r = \alpha^2$, **independent of rank**;
          - a constant $\gamma$ (for example $\alpha = 2r$) gives $\gamma^2 r \propto r$, which **grows**
            with rank.
        `,
      ],
    }),
    box.ex({
      title: 'The scenario in numbers',
      label: 'scenario-numbers',
      body: [
        md`
          Take $\alpha = 16$ and the ranks from the scenario. The last column is the relative step size
          from the derivation, normalized so that the team's original run ($r = 8$, $\alpha/r$) is 1.
        `,
        table({
          caption: 'Scale factor γ and one-step size ∝ γ²r for three conventions (α = 16 unless stated)',
          header: ['rule', 'r', 'γ', 'γ²r', 'step vs. r = 8, α/r'],
          align: ['left', 'right', 'right', 'right', 'right'],
          rows: [
            ['α/r', '8', '2', '32', '1'],
            ['α/r', '64', '0.25', '4', '1/8'],
            ['α/r', '256', '0.0625', '1', '1/32'],
            ['α/√r', '8', '5.66', '256', '8'],
            ['α/√r', '256', '1', '256', '8'],
            ['α = 2r (γ = 2)', '256', '2', '1,024', '32'],
          ],
        }),
        md`
          Check the first and third rows: $16/256 = 0.0625$ and $0.0625^2 \times 256 = 1$, against
          $2^2 \times 8 = 32$ at rank 8. So, in this gradient-descent model, the rank-256 adapter takes
          steps 32 times smaller, and to make the same progress it needs roughly 32 times as many steps
          as the three epochs it was given. With rsLoRA the step is the same at every rank; with the
          popular $\alpha = 2r$ convention it is 32 times *larger* at rank 256, the opposite failure.
          Note also that rsLoRA at the same $\alpha = 16$ steps 8 times harder even at rank 8, so when you
          switch, either use $\alpha = 16/\sqrt{8} \approx 5.66$, which reproduces $\gamma = 2$ at rank 8,
          or retune the learning rate.
        `,
      ],
    }),
    md`
      That is the "no better" half of the paradox: the high-rank adapter spends its budget on small
      steps and ends about where the small one did. The "or worse" half comes from the budget: a
      schedule and epoch count tuned for rank 8 leave the rank-256 adapter further from convergence, so
      it can finish slightly behind. Kalajdzievski reports this pattern when fine-tuning Llama 2: with
      $\alpha/r$ the learning curves for small and very large ranks nearly coincide and a
      ${term('gradient collapse', 'gradient collapse (LoRA)')} shows in the gradient norms, while with
      $\alpha/\sqrt{r}$ larger ranks reach lower perplexity ${cite(papers.kalajdzievski2023rslora)}. The
      paper argues that this scaling is one reason practice settled on very low ranks.
    `,
    md`
      The misdiagnosis bites hardest when high rank is needed. Biderman et al. found that the weight
      changes full fine-tuning makes on code and maths have rank 10 to 100 times higher than typical
      LoRA configurations ${cite(papers.biderman2024lora)}. Knowledge-heavy adaptation, like the
      oncology case in ${ref('q12')}, is where you reach for a big adapter, and a starved one looks
      useless.
    `,
    box.note({
      title: 'What about Adam? Where the theory is contested',
      label: 'adam',
      body: [
        md`
          The derivation is for plain gradient steps. ${term('Adam', 'Adam optimizer')} divides each coordinate's update by a running
          estimate of its gradient's size, so the $\gamma$ inside $\nabla_B L$ cancels (its first step is
          exactly ${gloss(glossary.signDescent, 'sign descent')}) and the change in $h$ becomes $\gamma$
          times a sum of $r$ terms. For a single token the terms line up, the sum grows like $r$, and
          $\alpha/r$ keeps the step constant: the LoRA authors' rationale. For a batch of thousands of
          tokens the signs are only weakly aligned with any one token, the sum grows more like
          $\sqrt{r}$, and $\alpha/r$ shrinks the step like $1/\sqrt{r}$ (about 5.7 times from rank 8 to
          256: milder than 32, still a vanishing update). The code in this question shows all three
          regimes. This alignment argument is our own back-of-the-envelope model, not a result from the
          papers.
        `,
        md`
          The literature has not settled this. Chen, Villar and Hayou find that how the best learning
          rate scales with rank depends on the initialization and the scaling rule: roughly constant in
          one regime, inversely proportional to rank in another ${cite(papers.chen2026lorarank)}. The
          safe conclusion: never compare ranks at a fixed $(\alpha, \eta)$ under $\alpha/r$ and read the
          result as the task's intrinsic rank.
        `,
      ],
    }),
  ],

  solution: {
    approach: [
      md`
        Separate capacity from step size, then measure capacity: switch to
        ${term('rank-stabilized LoRA', 'rsLoRA')} so the step no longer depends on the rank, tune the
        learning rate once, then sweep the rank. Add ${term('LoRA+')} learning rates for $A$ and $B$.
        None of this changes the model you serve.

        On the name: rsLoRA is *rank-stabilized* LoRA ${cite(papers.kalajdzievski2023rslora)}. Some
        summaries gloss it as "random scaling", but nothing in it is random; it swaps one deterministic
        constant, $\alpha/r$, for another, $\alpha/\sqrt{r}$.
      `,
    ],
    steps: [
      {
        title: 'Confirm the diagnosis before changing anything',
        body: md`
          Log $\gamma$ for every run and, after a fixed number of steps, the relative size of the learned
          change in a few layers, $\lVert\gamma BA\rVert_F / \lVert W_0\rVert_F$. If the rank-256
          adapter moved the weights *less* than the rank-8 one, it is a step-size effect, not a capacity
          limit. $B$'s first-step gradient norm is another tell: it carries $\gamma$, so under $\alpha/r$
          it shrinks as rank grows.
        `,
      },
      {
        title: 'Switch to the rank-stabilized scale',
        body: md`
          In Hugging Face PEFT, set \`use_rslora=True\` in \`LoraConfig\`; the library then uses
          $\alpha/\sqrt{r}$ instead of $\alpha/r$. In a framework without the flag, get the same
          $\gamma$ by setting \`lora_alpha\` to $\alpha_0\sqrt{r}$, where $\alpha_0$ is the rsLoRA
          $\alpha$ you want. Inference is unchanged: $\gamma$ is a constant folded into the merged weight.
        `,
      },
      {
        title: 'Tune the learning rate once, then sweep the rank',
        body: md`
          Tune $\eta$ at a reference rank, freeze $\alpha$ and $\eta$, and sweep $r$ (say 8, 32, 128,
          256). Now the sweep measures capacity: validation loss should improve with rank until the
          task's need is met, then flatten. Re-check a learning rate or two at the largest rank; a stable
          *first* step does not guarantee the best step size later.
        `,
      },
      {
        title: 'Give A and B their own learning rates (LoRA+)',
        body: md`
          Hayou, Ghosh and Yu show that one shared learning rate for $A$ and $B$ is inefficient at large
          model width and that $B$ should learn faster, $\eta_B = \lambda\eta_A$ with $\lambda > 1$
          ${cite(papers.hayou2024loraplus)}. PEFT ships a helper, \`create_loraplus_optimizer\`, that
          takes the ratio as \`loraplus_lr_ratio\`. Treat $\lambda$ as a hyperparameter; values around 16
          are a common starting point.
        `,
      },
      {
        title: 'Choose the rank on evidence and cost',
        body: md`
          Each adapted $d\times k$ matrix adds $r(d+k)$ trainable parameters, with optimizer state on
          top, so training memory and time grow linearly with $r$. Pick the smallest rank at which the
          sweep has flattened, and keep an eye on forgetting of general skills, which tends to grow as
          the adapter moves the model further; ${ref('q09')} covers forgetting in depth.
        `,
      },
    ],
    tradeoffs: [
      box.ex({
        title: 'Porting rsLoRA and pricing the rank',
        label: 'porting',
        body: [
          md`
            Suppose you want rsLoRA with $\alpha_0 = 16$ in a trainer that only knows $\alpha/r$. Set
            \`lora_alpha\` $= 16\sqrt{r}$: about 45.3 at $r = 8$, 128 at $r = 64$ and 256 at $r = 256$.
            Check the last one: $256/256 = 1 = 16/\sqrt{256}$.

            Cost: on one $4096\times4096$ projection, rank 8 trains $8\times(4096+4096) = 65{,}536$
            parameters, 0.39% of the matrix's 16,777,216; rank 256 trains 2,097,152, or 12.5%. That is
            32 times the adapter memory and optimizer state, and zero extra inference cost once merged.

            And the size of the problem you are fixing: going from $r = 8$ to $r = 256$ under $\alpha/r$
            cuts the step by $1/32 \approx 0.03$ in the gradient-descent model and by about
            $1/\sqrt{32} \approx 0.18$ in the many-token Adam model of the note above. The simulation in
            the code box gives 0.03 and 0.20.
          `,
        ],
      }),
      md`
        The trade-offs are real. rsLoRA at high rank takes larger effective steps than the same $\alpha$
        under $\alpha/r$, so a learning rate tuned for the old scale may now be too high; warm up and
        re-check. Higher rank also costs memory and time, overfits small datasets more easily, and may
        forget more of the base model's general skills: Biderman et al. found that LoRA forgets less
        than full fine-tuning ${cite(papers.biderman2024lora)}, and a very high-rank adapter is a step
        towards full fine-tuning. And if the gap is knowledge the base model never saw, no scaling rule
        replaces continued pretraining, full fine-tuning or retrieval; ${ref('q12')} works through that
        case.
      `,
    ],
  },

  whyItWorks: [
    md`
      The square root falls out of the one-step derivation: the update's effect on the output carries
      $\gamma$ twice and a sum over $r$ rank directions once, so it scales as $\gamma^2 r$. Setting
      $\gamma = \alpha/\sqrt{r}$ is the only power of $r$ that cancels the rank, and Kalajdzievski's
      theorem carries the argument beyond the first step, for both the forward activations and the
      backward gradients ${cite(papers.kalajdzievski2023rslora)}. The one-line intuition: the rank
      enters once and $\gamma$ enters twice, so $\gamma$ must carry half the rank's power.
    `,
    box.code({
      title: 'Measuring the vanishing update',
      label: 'step-size-code',
      body: [
        md`
          A toy layer with width 1,024: one training step from $B = 0$ under plain gradient descent and
          under Adam's first step (the sign of the gradient), for a single token and for a batch of 2,048
          tokens. Each row prints the RMS change of the layer's output at ranks 8, 64 and 256, relative to
          rank 8.
        `,
        code({ language: 'python', runnable: true, source: stepSizeSource, output: stepSizeOutput }),
        md`
          Under gradient descent, $\alpha/r$ shrinks the step like $1/r$ (0.03 is about $1/32$) and
          $\alpha/\sqrt{r}$ holds it flat. Under Adam with one token, $\alpha/r$ is flat and
          $\alpha/\sqrt{r}$ grows like $\sqrt{r}$: the aligned case. With a realistic batch, $\alpha/r$
          shrinks again (0.20, near $1/\sqrt{32}$) and $\alpha/\sqrt{r}$ stays roughly flat; its rise to
          1.13 is the aligned part returning as $r$ becomes a sizeable fraction of the width.
        `,
      ],
    }),
    md`
      LoRA+ addresses a different imbalance, across the two factors rather than across ranks. Using
      infinite-width scaling arguments, Hayou, Ghosh and Yu show that a single shared learning rate
      cannot make both factors learn features efficiently as the model's width grows, and that a ratio
      $\eta_B/\eta_A$ that grows with width fixes it; they report 1–2% better results and up to about
      twice the fine-tuning speed at the same cost ${cite(papers.hayou2024loraplus)}.
      rsLoRA fixes how the update scales with $r$; LoRA+ fixes how it is split between $A$ and $B$. The
      two compose.
    `,
    box.gen({
      title: 'The general lesson: every multiplier is a learning rate',
      body: [
        md`
          Any constant that multiplies a trainable block (a LoRA $\gamma$, an output multiplier, an
          initialization scale) changes that block's ${term('effective learning rate')}; if it depends on
          a size you are sweeping (rank, width, number of experts), the sweep is confounded. Before
          trusting a scaling experiment, ask how one step's effect scales with the size you changed. That
          habit is the core of ${term('hyperparameter transfer')} and of μP ${cite(papers.yang2021tp4)}.
        `,
      ],
    }),
  ],

  papers: [
    {
      paper: papers.kalajdzievski2023rslora,
      contribution: md`
        Defines rank-stabilized adapters and proves that, under LoRA's usual initialization and a
        rank-independent learning rate, the scale must be $\gamma_r \propto 1/\sqrt{r}$. On Llama 2
        fine-tuning it shows $\alpha/r$ stunting learning at high rank (curves bunch, gradients collapse)
        while $\alpha/\sqrt{r}$ turns extra rank into lower perplexity at no inference cost.
      `,
      relevance: md`
        The direct answer: the paradox is its motivating observation and rsLoRA its one-line fix
        (\`use_rslora\` in PEFT).
      `,
    },
    {
      paper: papers.hu2022lora,
      contribution: md`
        Introduces LoRA: freeze $W_0$, learn $\Delta W = BA$ with $B$ zero-initialized, scale by
        $\alpha/r$, merge after training. Finds that very low ranks already do well on the tasks it
        studies.
      `,
      relevance: md`
        The source of both the $\alpha/r$ convention and the "low rank is enough" finding the wrong
        answer leans on; its stated reason for $\alpha/r$, less hyperparameter retuning as $r$ varies,
        is the assumption this question tests.
      `,
    },
    {
      paper: papers.hayou2024loraplus,
      contribution: md`
        Shows with infinite-width scaling arguments that one learning rate for $A$ and $B$ prevents
        efficient feature learning in wide models; LoRA+ sets $\eta_B = \lambda\eta_A$ with $\lambda > 1$
        and reports 1–2% gains and up to about 2× faster fine-tuning.
      `,
      relevance: md`Once the rank scaling is right, the split of the learning rate between the two factors is the next fix.`,
    },
    {
      paper: papers.yang2021tp4,
      contribution: md`
        Shows that standard and NTK parametrizations cannot learn features in the infinite-width limit
        and derives μP, in which every layer's features keep changing at a width-independent rate.
      `,
      relevance: md`
        The theory both sides borrow: the LoRA paper cites it for $\alpha/r$, and rsLoRA and LoRA+ apply
        its "how does one step scale with size?" reasoning to rank and width.
      `,
    },
    {
      paper: papers.biderman2024lora,
      contribution: md`
        Compares LoRA with full fine-tuning of Llama 2 7B on code and maths: LoRA learns less but
        forgets less, and full fine-tuning's weight changes have rank 10 to 100 times that of typical
        LoRA configurations.
      `,
      relevance: md`Why you would want high rank at all, and what a high-rank adapter gives up.`,
    },
  ],

  interview: {
    answer: [
      md`
        "I wouldn't conclude that yet, because the sweep changed two things. LoRA's default scale
        multiplies the adapter by alpha over r, so going from rank 8 to 256 at alpha 16 cuts it from 2
        to a sixteenth. That factor hits both the forward pass and the gradient, so under plain gradient
        dynamics one step's effect scales like gamma squared times r: 32 times smaller at rank 256.
        Under Adam it is milder but still shrinks for realistic batches. The big adapter had more
        capacity and a much smaller effective learning rate.

        "I'd confirm it by logging gamma and comparing how far each adapter moved the weights after the
        same number of steps. Then I'd switch to rank-stabilized LoRA, which scales by alpha over root r;
        Kalajdzievski shows that keeps activations and gradients stable as rank grows, and in PEFT it's
        one flag. I'd tune the learning rate once, then sweep rank, and try LoRA+, which gives B a
        higher learning rate than A.

        "If loss still doesn't improve with rank under a stable scale, I'd believe the task is low-rank,
        or that the gap is missing knowledge, where continued pretraining or retrieval beats any adapter.
        Inference cost is unchanged either way, since the adapter merges into the weights."
      `,
    ],
    keyPoints: [
      md`The sweep confounds capacity with step size: $\gamma = \alpha/r$ falls 32× from rank 8 to 256 at fixed $\alpha$.`,
      md`One gradient step changes the output in proportion to $\gamma^2 r$: $\alpha/r$ vanishes like $1/r$, $\alpha/\sqrt{r}$ is rank-independent.`,
      md`rsLoRA is *rank-stabilized* LoRA (Kalajdzievski, 2023): $\gamma = \alpha/\sqrt{r}$, \`use_rslora=True\` in PEFT, no inference cost.`,
      md`Tune the learning rate once, then sweep rank; add LoRA+ ($\eta_B > \eta_A$).`,
      md`Under Adam the exponent depends on alignment and is still debated, so retune rather than trust one rule.`,
    ],
    followUps: [
      {
        question: md`Why not just raise the learning rate at rank 256?`,
        answer: md`
          You can, for one rank. But the compensating factor itself depends on $r$ (about $r$ under
          gradient descent, nearer $\sqrt{r}$ under Adam with large batches), so every rank needs its own
          tuning and the sweep stays confounded. A rank-stable scale builds the dependency in.
        `,
      },
      {
        question: md`A colleague always sets $\alpha = 2r$ and never sees this problem. Right?`,
        answer: md`
          They avoid the vanishing update because $\gamma = 2$ at every rank, but the same derivation
          says the step now grows like $r$, so a learning rate tuned at rank 16 can be unstable at rank
          256. It is the mirror image of the trap; rsLoRA sits between them.
        `,
      },
      {
        question: md`Does rsLoRA cost anything at inference?`,
        answer: md`
          No. $\gamma$ is a constant, so $\gamma BA$ merges into $W_0$ as in standard LoRA. Only training
          cost grows: $r(d+k)$ parameters per adapted matrix, plus optimizer state.
        `,
      },
      {
        question: md`When is a higher rank the wrong fix altogether?`,
        answer: md`
          With small data (more overfitting), when general skills matter more than the target metric
          (more forgetting), or when the model lacks facts rather than behaviour, where continued
          pretraining or retrieval work better.
        `,
      },
    ],
  },

  takeaways: [
    md`Under the default $\gamma = \alpha/r$, raising the rank with $\alpha$ fixed shrinks every update; a flat rank sweep is then evidence about the parameterization, not the task.`,
    md`One gradient step changes the adapter's output in proportion to $\gamma^2 r$: $\alpha/r$ vanishes like $1/r$, $\alpha/\sqrt{r}$ is rank-independent, and a constant $\gamma$ (such as $\alpha = 2r$) grows with $r$.`,
    md`rsLoRA is *rank-stabilized* LoRA, not "random scaling": it uses $\alpha/\sqrt{r}$, is one flag in PEFT, and costs nothing at inference.`,
    md`Tune the learning rate once, then sweep the rank; give $B$ a larger learning rate than $A$ (LoRA+).`,
    md`Under Adam the right exponent depends on how aligned the update is across rank directions, and the literature is still refining it; measure how far each adapter moved before trusting any sweep.`,
    md`High rank is worth paying for only when the task needs a large change, which is exactly when a starved adapter hurts most.`,
  ],
  explore: md`Maximal update parametrization (μP) and hyperparameter transfer; rank allocation across layers (AdaLoRA); LoRA initialization schemes; the learning–forgetting trade-off of parameter-efficient fine-tuning.`,
});
