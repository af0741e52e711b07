import { defineSection, md, ref } from '@octavo/core';

export default defineSection({
  id: 'interview-tips',
  title: 'Appendix B: Interview Preparation Tips',
  body: [
    md`
      The twenty-five questions teach content. This appendix is about delivery: how to shape an
      answer, which follow-ups to expect whatever the question, and the habits that make an
      interviewer stop trusting an otherwise correct answer.

      # How to structure an answer

      A system design interview rewards a visible line of reasoning more than a final diagram.
      The same five moves work for almost every question in this book.

      1. **Pin down the decision and its costs.** Ask what the model's output is used for, at
         what scale and latency, and what each kind of error costs. Two or three questions are
         enough; the aim is to find the constraint that makes the obvious answer wrong. In
         ${ref('q01', 'Q1')} that constraint is the auction, in ${ref('q10', 'Q10')} it is the
         queries per second, in ${ref('q11', 'Q11')} it is the prevalence.
      2. **Say the obvious approach, then name the trap.** Interviewers want to see that you know
         why the common answer is attractive. "The first instinct is to oversample with SMOTE;
         the problem is that the gradient is still dominated by easy negatives" shows judgement,
         not just knowledge.
      3. **Explain the mechanism with one number.** A back-of-the-envelope figure turns an
         opinion into an argument. For example (illustrative): at 50,000 requests per second,
         a model that needs 10 ms of CPU per request keeps about 500 cores busy before any
         headroom, which is why ${ref('q10', 'Q10')} ends in a funnel.
      4. **Give the fix as steps you could build.** Name the components, the order in which
         you would build them, and what you would measure to know each one works.
      5. **Close with trade-offs and what would change your mind.** Every fix in this book
         has a cost: exploration traffic costs short-term revenue, a beam costs latency, a
         sketch costs exactness. State the cost before the interviewer does.

      Keep the first pass to about two minutes, then hand control back: "I can go deeper on
      the loss, the serving path, or the monitoring; which is most useful?" The interviewer
      usually has a direction in mind, and letting them steer saves you from polishing a part
      they do not care about.

      # Common follow-up questions

      Whatever the scenario, a few follow-ups recur. Prepare a short, concrete answer to each
      for every design you practise.

      - **"How would you know it works?"** Name an offline metric that matches the decision,
        then the online test: the primary metric, the guardrails, and how long it must run.
        See ${ref('q11', 'Q11')} and ${ref('q08', 'Q8')}.
      - **"What is your baseline?"** Have a simple one ready: a heuristic, a logistic
        regression, yesterday's model. A design with no baseline cannot show it helped.
      - **"What happens at ten times the traffic or data?"** Say which component breaks first
        and what replaces it, as in ${ref('q19', 'Q19')} and ${ref('q06', 'Q6')}.
      - **"Where do the labels come from, and how late do they arrive?"** Delayed, biased or
        missing labels change the design; ${ref('q07', 'Q7')} and ${ref('q24', 'Q24')} turn on
        this.
      - **"How do you monitor it in production?"** Feature freshness and default rates, drift
        measured by effect size, prediction distributions, and the business metric
        (${ref('q21', 'Q21')}, ${ref('q16', 'Q16')}).
      - **"How do you choose the threshold?"** From the costs of false positives and false
        negatives and the capacity of whoever acts on the alerts, not from 0.5.
      - **"What could go wrong with your fix?"** Know the failure modes of your own answer:
        focal loss changes the scale of the scores, so probabilities need recalibrating; wide
        beams degrade output; quantization can amplify perturbations.
      - **"What would you ship in two weeks?"** The smallest version that tests the riskiest
        assumption, with the full design as the roadmap.
      - **"How would you explain this to a product manager?"** One sentence on the risk and
        one on the cost of the fix, without jargon.

      # Red flags to avoid

      These habits cost candidates more than a wrong detail does, because they suggest the
      same mistake would reach production.

      - **Naming a model as the answer.** "Use a Transformer" is not a design. Start from the
        objective and the constraints; the model comes later and is often the smallest part.
      - **Metrics without context.** An AUC without the prevalence, an accuracy without the
        baseline, a p-value without an effect size.
      - **Evaluating on data the pipeline has touched.** Transforms fitted on the test set,
        synthetic examples in the test set, or a random split for a problem that runs forward
        in time (${ref('q17', 'Q17')}, ${ref('q18', 'Q18')}).
      - **Ignoring serving.** Latency, memory, cost per prediction and feature availability at
        request time are part of the design, not an afterthought.
      - **No plan for after launch.** No monitoring, no rollback, no retraining trigger, no
        answer to how the model's own outputs will shape its next training set.
      - **Tuning before debugging.** Proposing a hyperparameter search for a model that has
        not passed the sanity checks of ${ref('q13', 'Q13')}.
      - **Invented precision.** Quoting a number or a paper you cannot back up. If you cite a
        paper, be ready to say what it showed; if you estimate, say that it is an estimate.
      - **Defending a position after the interviewer hints it is wrong.** Treat a pointed
        question as new information. Saying "that changes my answer, because…" is a strength.
      - **Silence while you think.** Think aloud. A half-formed line of reasoning the
        interviewer can follow is worth more than a polished conclusion they cannot check.

      The night before, skim ${ref('quick-reference', 'Appendix A')} rather than rereading
      whole questions. What you want in the room is a quick map from a scenario to its trap;
      the depth is already there from your practice.
    `,
  ],
});
