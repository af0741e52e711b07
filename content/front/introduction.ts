import { defineSection, md, ref, table } from '@octavo/core';

export default defineSection({
  id: 'introduction',
  title: 'Introduction',
  body: [
    md`
      Most machine learning system design questions have an answer that arrives quickly. Train the
      valuation model with mean squared error. Oversample the rare class with SMOTE. Retrain when
      the drift test says $p < 0.05$. Each of these is a reasonable sentence, and each, in the
      setting where the interviewer places it, is the answer they expect you to give so that they
      can ask what happens next. This book is about what happens next.

      It collects twenty-five questions. Every one is built around a *trap*: a first answer that
      sounds right, survives a casual design review, and fails in production for a reason you can
      state with numbers. For each trap you get the failure, the mechanism behind it, the fix a
      staff engineer would accept, and the research that supports the fix.

      # Who this book is for

      You are an ML engineer, a data scientist, or a software engineer moving into machine
      learning, with a senior or staff interview a few weeks away. You know gradient descent,
      cross-entropy, precision and recall, and you can read Python. You do not need a research
      background: derivations define their symbols, and each paper is summarized for what it
      contributes to the question at hand. Because the traps are mistakes that reach real
      systems, the book also works as a checklist for your own design reviews.

      # The trap framework

      Every question has the same nine parts, in the same order, following the arc of a strong
      answer: name the trap, explain the mechanism, propose the fix, defend it.
    `,
    table({
      caption: 'The nine parts of every question',
      header: ['Part', 'What it gives you'],
      rows: [
        ['1. The Interview Scenario', 'The setting, and the answer most candidates give.'],
        ['2. The Trap Explained', 'Why that answer is attractive, and what it costs.'],
        ['3. Technical Deep Dive', 'The mathematics, algorithms and system design underneath.'],
        ['4. Why It Fails', 'Failure modes, edge cases, worked numbers.'],
        ['5. The Solution', 'The approach, the steps to build it, its trade-offs.'],
        ['6. Why the Solution Works', 'Theory and intuition, with a derivation where short.'],
        ['7. Related Research Papers', 'Three or more papers: what each did, why it matters here.'],
        ['8. Interview Answer Template', 'A spoken answer, the points to hit, and follow-ups with short answers.'],
        ['9. Key Takeaways', 'What to remember, and which questions to read next.'],
      ],
    }),
    md`
      # How to use this book

      Reading a solution teaches less than getting the question wrong first, so use each
      question in *practice mode*:

      1. Read the setting in The Interview Scenario and stop before the common wrong answer.
      2. Give your own answer, aloud or on paper, in about five minutes. Commit to it.
      3. Read the common wrong answer and The Trap Explained. Did you fall in, or did you avoid
         the trap for the right reason?
      4. Work through the deep dive and the failure analysis with a pen. Redo the worked
         examples and run the code: short Python whose printed output is checked when the book
         is built.
      5. Before reading the Interview Answer Template, draft your own two-minute answer, then
         compare. Cover the answers to the follow-up questions and answer them aloud.

      Each question stands alone: read the chapters in order, go by question number, or jump to
      a topic from the question index. Cross-references link traps that share a mechanism; read
      those together.

      # An interview preparation strategy

      Work in three passes.

      - **Understand.** One chapter at a time, in practice mode. Aim to explain each mechanism
        with one number: the overflow threshold, the prevalence, the queries per second.
      - **Recall.** Use ${ref('quick-reference', 'Appendix A')}. Cover the Fix column of the
        checklist and, for each trap, state the fix and the reason it works. Shuffle the order:
        interviews do not arrive sorted by chapter.
      - **Deliver.** Run mock interviews with a partner who reads you a scenario and then the
        follow-ups. Time your first answer, and use ${ref('interview-tips', 'Appendix B')} to
        tighten its structure.

      If you know the team you are interviewing for, weight your time. Ads and recommendation
      roles lean on ${ref('q01', 'Q1')}, ${ref('q05', 'Q5')}, ${ref('q07', 'Q7')},
      ${ref('q08', 'Q8')} and ${ref('q10', 'Q10')}. Fraud and risk roles lean on
      ${ref('q03', 'Q3')}, ${ref('q06', 'Q6')} and ${ref('q11', 'Q11')}. Language-model roles lean
      on ${ref('q12', 'Q12')}, ${ref('q20', 'Q20')}, ${ref('q22', 'Q22')} and ${ref('q25', 'Q25')}.
      Platform roles lean on ${ref('q04', 'Q4')}, ${ref('q19', 'Q19')} and ${ref('q21', 'Q21')}.
      The rest come up everywhere.

      # Boxes

      Callout boxes mark material by purpose and are numbered within their question.
    `,
    table({
      caption: 'Box types and what each holds',
      header: ['Box', 'What it holds'],
      rows: [
        ['Definition', 'A term defined precisely.'],
        ['Example', 'A worked example with concrete numbers.'],
        ['Technique', 'An algorithm or method, stated step by step.'],
        ['Theorem', 'A result or derivation, with its assumptions.'],
        ['Listing', 'Short, runnable Python with its expected output.'],
        ['Insight', 'A general lesson that reaches beyond the question.'],
        ['Note', 'A warning: where a method breaks or is easily misused.'],
        ['Trap', 'The trap itself, stated in a few lines.'],
        ['Paper', 'A research paper: what it did and why it matters here.'],
        ['Interview', 'The answer to give in the room.'],
        ['Takeaway', 'A line worth remembering after the details fade.'],
      ],
    }),
    md`
      # A guide to the chapters

      ${ref('ch1')} starts with the objective, where many later failures begin. A
      symmetric loss meets an auction that rewards your over-estimates; a weighted-sum loss
      freezes business priorities into the model; a textbook softmax overflows; a flat loss
      curve tempts you to tune a model that is simply broken; and LoRA's scaling factor cancels
      the capacity you meant to add by raising the rank.

      ${ref('ch2')} is about the data reaching the model. It covers leakage through
      preprocessing, rare classes drowned out by easy negatives, augmentation that adds pixels
      but not meaning, features that stop updating while every dashboard stays green, users who
      vanish from the logs, and drift tests that fire on every trivial shift once the sample is
      large enough.

      ${ref('ch3')} turns to model choice and fine-tuning: representation when labels are scarce,
      forgetting when old data is gone, what low-rank adaptation can and cannot teach, the
      capacity cost of adding languages, and the two-sided effect of quantization on
      adversarial robustness.

      ${ref('ch4')} asks whether you are measuring what you think you are measuring: ROC AUC
      under extreme imbalance, a segmentation model that looks at the tools instead of the
      anatomy, and a state-of-the-art model that cannot meet a production latency budget.

      ${ref('ch5')} covers the infrastructure around the model: sampling an endless stream,
      estimating quantiles in bounded memory, training fast enough to follow interests that
      move in minutes, and moving events between services without turning a database into a
      queue.

      ${ref('ch6')} closes with systems that change their own inputs: a recommender whose clicks
      train its successor, and a decoding strategy whose locally best choice is not globally
      best.

      # Conventions

      A company named in a scenario is a hypothetical setting unless a public source is cited.
      Figures from papers carry a citation; other numbers are illustrative and labelled so.
      The bibliography, glossary and concept index close the book, after
      ${ref('quick-reference', 'Appendix A')}, which condenses each trap to one line, and
      ${ref('interview-tips', 'Appendix B')}, which covers what no single question teaches.
    `,
  ],
});
