import { defineQuestion, md, ref, cite, term, gloss, box, code, math, tex, table, diagram } from '@octavo/core';
import { papers } from '../papers/index.js';
import { glossary } from '../glossary/index.js';

const pipeline = String.raw`
features ──► value model ──► bid policy ──► auction ──► homes won ──► resale P&L
                  │                            │
         RMSE measured here             selection here
         (every home priced)         (only winners go on)
`;

const simulation = String.raw`import numpy as np
from statistics import NormalDist

rng = np.random.default_rng(7)
n, rivals, cost = 200_000, 3, 0.05                 # homes, rival bidders, resale cost
value = 400 * np.exp(rng.normal(0, 0.3, n))        # true value in $k
sigma = np.where(rng.random(n) < 0.7, 0.03, 0.10)  # 70% typical, 30% unusual homes
ours = value * (1 + sigma * rng.normal(size=n))    # unbiased estimate: the MSE model
rival = value[:, None] * (1 + sigma[:, None] * rng.normal(size=(n, rivals)))
best_rival = (0.90 * rival).max(axis=1)            # each rival bids its estimate - 10%

def auction(bid):
    win = bid > best_rival
    return win, np.where(win, (1 - cost) * value - bid, 0.0)

def report(name, bid):
    win, profit = auction(bid)
    odd = win & (sigma == 0.10)
    print(f"{name:<20}{win.mean():>6.1%}{odd.sum() / win.sum():>8.0%}"
          f"{profit[win].mean():>8.1f}{profit[win & ~odd].sum() / 1e3:>9.0f}"
          f"{profit[odd].sum() / 1e3:>9.0f}{profit.sum() / 1e3:>8.0f}")

err = (ours - value) / value
print(f"model RMSE {np.sqrt(np.mean(err ** 2)):.1%} of value, for every policy")
won = auction(0.93 * ours)[0]
for s in (0.03, 0.10):
    print(f"sigma {s:.0%}: mean error on homes won {err[won & (sigma == s)].mean():+.1%}")
print(f"{'policy':<20}{'win':>6}{'unusual':>8}{'$k/win':>8}"
      f"{'typ $M':>9}{'unus $M':>9}{'tot $M':>8}")
report("mean - 7%", 0.93 * ours)
cut = max(np.arange(0.05, 0.30, 0.005), key=lambda h: auction((1 - h) * ours)[1].sum())
report(f"mean - {cut:.1%}", (1 - cut) * ours)
quant = lambda t: (1 - cost) * ours * (1 + sigma * NormalDist().inv_cdf(t))
tau = max(np.arange(0.02, 0.50, 0.01), key=lambda t: auction(quant(t))[1].sum())
report(f"quantile tau={tau:.2f}", quant(tau))
`;

const conformal = String.raw`import numpy as np
from statistics import NormalDist

rng = np.random.default_rng(3)
tau, z = 0.20, NormalDist().inv_cdf(0.20)

def homes(n):  # log-price residuals: sd 0.03 for typical homes, 0.10 for unusual
    sd = np.where(rng.random(n) < 0.7, 0.03, 0.10)
    return sd, sd * rng.normal(size=n)

def q_model(sd):  # a 20% quantile model that underestimates uncertainty by 40%
    return 0.6 * sd * z

def shift(sd, y):  # one-sided conformal correction from a calibration set
    scores = np.sort(q_model(sd) - y)              # > 0 where the bound is too high
    return scores[int(np.ceil((len(y) + 1) * (1 - tau))) - 1]

sd_cal, y_cal = homes(4_000)                       # held-out calibration data
pooled = shift(sd_cal, y_cal)
by_seg = {s: shift(sd_cal[sd_cal == s], y_cal[sd_cal == s]) for s in (0.03, 0.10)}

sd_new, y_new = homes(200_000)
seg_shift = np.where(sd_new == 0.03, by_seg[0.03], by_seg[0.10])
for name, cut in [("raw", 0.0), ("pooled", pooled), ("per-segment", seg_shift)]:
    ok = y_new >= q_model(sd_new) - cut
    print(f"{name:<12} coverage {ok.mean():.3f}  typical {ok[sd_new == 0.03].mean():.3f}"
          f"  unusual {ok[sd_new == 0.10].mean():.3f}")
`;

export default defineQuestion({
  id: 'q01',
  number: 1,
  slug: 'auto-bidder',
  title: 'The Auto-Bidder Paradox',
  tagline:
    'A low-RMSE value model that bids its prediction wins exactly the homes it overvalues; bid a calibrated low quantile, so the shading grows with uncertainty, and judge the policy by simulated auction profit.',
  related: ['q05', 'q11', 'q24'],

  scenario: {
    setup: [
      md`
        You are interviewing for a senior ML role at HomeFlip, a hypothetical ${term('iBuyer')}: it makes
        instant cash offers on homes, does light repairs and resells within months. Its valuation model,
        gradient-boosted trees on listing features, comparable sales and neighbourhood trends, is trained
        with ${term('mean squared error')} (MSE) on recent transactions. On a holdout set its
        root-mean-squared error (RMSE) is about 3% of price for typical homes, and its average error is
        close to zero.

        Sellers usually collect several offers, from HomeFlip, other instant buyers and local investors, and
        take the best one or list on the open market. The interviewer asks: **"How would you turn this model into an automated bidding system?"**
      `,
    ],
    wrongAnswer: [
      md`
        Most candidates reuse the model they trust:

        > "Predict the home's value, subtract a fixed margin for fees, repairs, holding costs and profit
        > (say 7%), and submit that as the offer. The RMSE is small and the model is unbiased, so the offers
        > will be accurate. Monitor RMSE weekly and retrain when it drifts."

        A more careful candidate adds a few extra percent "for model error". Both versions sound
        disciplined: the estimator is unbiased, the margin covers costs, and the metric is one the team
        already tracks. Both lose money, and not because the model is inaccurate.
      `,
    ],
  },

  trap: [
    md`
      The mistake is treating bidding as prediction. Prediction asks "what is this home worth?" Bidding
      asks "which offer maximises my expected profit?" The second question has two features the MSE model
      ignores.

      **The auction filters your errors.** You buy only the homes where your offer beat every rival and
      the seller's reservation price. For a fixed true value, your offer is highest exactly when your error
      is most positive, so an estimator unbiased across all homes is biased *upward* on the homes you win. This is the
      ${gloss(glossary.winnersCurse)}, a name coined by petroleum engineers who saw winning offshore-lease
      bids return less than the winners had planned ${cite(papers.capen1971)}. The seller adds a second
      filter, ${gloss(glossary.adverseSelection)}: they know about the damp basement, and they accept
      fastest when your offer is generous.

      **The costs are asymmetric.** Overpay by \$20k and you resell at a loss after months of carrying
      costs. Underbid by \$20k and you lose one deal's margin, a few thousand dollars. MSE charges
      both errors the same.
    `,
    box.trap({
      title: 'The trap',
      body: md`
        A model trained with a symmetric loss and bid into a competitive market acts mostly on its
        *positive* errors. Low holdout RMSE does not protect you: it is measured on all homes, while profit
        is earned on the homes you win. A fixed haircut does not either: the curse grows with the model's
        uncertainty on *each* home and with the number of bidders, and both vary by listing.
      `,
    }),
    md`
      It looks right because each ingredient is sound alone: the model is accurate and unbiased, a
      margin is needed, RMSE is what the model minimises. The failure appears only when they meet a
      selection step, and it surfaces months later, when the homes are resold.
    `,
    box.note({
      title: 'The risk is not hypothetical',
      body: md`
        In November 2021 Zillow announced it was winding down Zillow Offers, its iBuying business, after
        buying homes for more than it expected to resell them for; its chief executive cited
        unpredictability in forecasting home prices. Public reporting does not say which losses or bidding
        rules it used, so this shows the risk is real, not that this exact mistake was made.
      `,
    }),
  ],

  deepDive: [
    md`
      Start with what each loss estimates. Write $Y$ for a home's sale price and $x$ for its features. The
      constant $c$ that minimises $\mathbb{E}[(Y-c)^2 \mid x]$ is the conditional mean
      $\mathbb{E}[Y \mid x]$: an MSE-trained model learns the centre of the distribution, nothing about
      its width.
    `,
    box.dfn({
      title: 'Pinball (quantile) loss',
      body: [
        md`For a quantile level $\tau \in (0,1)$ and a residual $u = y - q$ (truth minus prediction), the ${term('pinball loss')} is`,
        math(tex`\rho_\tau(u) = u\,\bigl(\tau - \mathbb{1}\{u < 0\}\bigr) = \begin{cases} \tau\,u & u \ge 0, \\ (\tau - 1)\,u & u < 0. \end{cases}`),
        md`
          With $\tau = 0.2$, predicting \$390k for a home worth \$400k costs $0.2 \times 10 = 2$ (in \$k);
          predicting \$410k costs $0.8 \times 10 = 8$. Overestimates cost four times as much, so the
          minimiser settles low; at $\tau = 0.5$ it is the median. ${term('Quantile regression', 'quantile regression')}
          fits a model by minimising this loss ${cite(papers.koenker1978)}.
        `,
      ],
    }),
    box.thm({
      title: 'Pinball loss elicits the quantile; asymmetric costs choose the level',
      label: 'quantile-thm',
      body: [
        md`Let $L(q) = \mathbb{E}[\rho_\tau(Y - q)]$ for a price $Y$ with continuous CDF $F$. Then`,
        math(tex`L'(q) = -\tau\,\bigl(1 - F(q)\bigr) + (1-\tau)\,F(q) = F(q) - \tau,`),
        md`
          which is zero at $q^\star = F^{-1}(\tau)$, the $\tau$-quantile; $L$ is convex, so this is the
          minimum. If each dollar of overestimate costs $a$ and each dollar of underestimate costs $b$, the
          expected cost $\mathbb{E}[a\,(q-Y)_+ + b\,(Y-q)_+]$ equals $(a+b)\,L(q)$ with $\tau = b/(a+b)$.
          This is the classic ${term('newsvendor problem')}: if overpaying a dollar hurts four times as much
          as underpaying one, aim at the 20th percentile.
        `,
      ],
    }),
    md`
      Gneiting ${cite(papers.gneiting2011)} states the general rule: a scoring function is *consistent* for a
      statistic when that statistic's true value minimises the expected score. Squared error is consistent
      for the mean, pinball loss for a quantile. Use the ${term('consistent scoring function')} for the
      statistic your decision needs: a bidder that must not overpay needs a low quantile, or the whole
      ${term('predictive distribution')}, not the mean.

      Now the selection behind the ${term("winner's curse")}. Suppose $k$ bidders (you and $k-1$ rivals) each estimate a home's true value $V$
      without bias: bidder $i$ sees $\hat{v}_i = V + \varepsilon_i$ with independent
      $\varepsilon_i \sim \mathcal{N}(0, \sigma^2)$, and everyone offers the same fraction of their
      estimate. The largest estimate $\hat{v}_{(k)}$ wins, and the ${term('order statistics')} of the
      normal distribution give its expected error:
    `,
    math(
      tex`\mathbb{E}\bigl[\hat{v}_{(k)} - V\bigr] = \sigma\, e_k, \qquad e_k = \mathbb{E}\Bigl[\max_{1 \le i \le k} Z_i\Bigr], \quad Z_i \stackrel{\text{iid}}{\sim} \mathcal{N}(0,1).`,
      'winner-bias',
    ),
    md`
      The constants are $e_2 \approx 0.56$, $e_3 \approx 0.85$, $e_5 \approx 1.16$ and $e_{10} \approx 1.54$.
      The bias is proportional to $\sigma$, the uncertainty on *this* home, and it grows with the number
      of bidders.
    `,
    box.ex({
      title: 'The curse by the numbers',
      label: 'ex-curse',
      body: [
        md`
          Illustrative numbers. A home is worth \$400k. Each of $k$ bidders has an unbiased estimate with
          $\sigma$ = 3% of value (\$12k) and offers 93% of its estimate. Resale costs 5%, so a purchase nets
          95% of \$400k, or \$380k. Alone, you would pay 93% of \$400k, or \$372k, on average and earn
          the planned \$8k (2%). With competition the winner holds the highest estimate, so its expected
          offer is $0.93\,(400 + \sigma e_k)$:
        `,
        table({
          caption: 'Expected outcome for the winning bidder, by number of bidders',
          header: ['Bidders $k$', "Winner's overestimate $\\sigma e_k$", 'Expected winning offer', 'Expected profit'],
          rows: [
            ['1', '\\$0', '\\$372.0k', '+\\$8.0k'],
            ['2', '\\$6.8k', '\\$378.3k', '+\\$1.7k'],
            ['5', '\\$14.0k', '\\$385.0k', '−\\$5.0k'],
            ['10', '\\$18.5k', '\\$389.2k', '−\\$9.2k'],
          ],
          align: ['right', 'right', 'right', 'right'],
        }),
        md`
          With five bidders the planned 2% margin becomes a loss of about 1.2% of value, although every
          model is unbiased. Nothing in the holdout RMSE warns you.
        `,
      ],
    }),
    md`
      In the system, the selection sits between the metric and the money:
    `,
    diagram(pipeline, 'Where the error is measured and where it is selected'),
  ],

  whyItFails: [
    md`
      **It fails on average.** ${ref('q01#winner-bias')} says the homes you win carry an expected
      error of $\sigma e_k$, not zero, and ${ref('q01#ex-curse')} shows how fast that eats a thin margin.
      Thaler ${cite(papers.thaler1988)} reviews laboratory and field evidence that bidders keep falling into it.

      **A fixed haircut fails by segment.** The curse is $\sigma(x)\,e_k$: it depends on the home. A tract
      house with many recent comparables might carry $\sigma$ = 3%; a converted barn with none, 10%. One
      haircut is too deep for the first (you lose good deals) and too shallow for the second (you win the
      barns you overvalue), tilting your portfolio toward the homes your model knows least.
    `,
    box.ex({
      title: 'Same estimate, different uncertainty',
      label: 'ex-two-homes',
      body: md`
        Illustrative numbers. Two homes both get a point estimate of \$400k, with a roughly normal
        predictive distribution: $\sigma$ = \$12k for the tract house, \$40k for the barn. The 20th
        percentile is $\mu + \sigma\,\Phi^{-1}(0.2)$ with $\Phi^{-1}(0.2) \approx -0.8416$: \$389.9k for the
        tract house, \$366.3k for the barn. A fixed 5% haircut offers \$380k for both: relative to the
        quantile rule, \$9.9k too low on the safe home and \$13.7k too high on the risky one.
      `,
    }),
    md`
      **RMSE cannot see the problem.** Every policy in the simulation in ${ref('q01#solution')} uses the
      same model with the same RMSE, yet profits range from a large loss to a solid gain. It is the same
      mismatch as judging a fraud model by a metric that ignores the operating point (${ref('q11')}).

      **It fails late, and worse when the market turns.** You learn you overpaid only at resale, months
      later. A mean model trained on last quarter's sales lags a slowing market, pushing every estimate up
      just as the curse does. And realised resale margins exist only for homes you bought: a selected
      sample, the survivorship problem of ${ref('q24')} in another form.

      **An edge case that is not a failure.** If rivals bid aggressively, a disciplined bidder's win rate
      falls. That is correct: a small share of auctions at a profit beats half of them at a loss.
    `,
  ],

  solution: {
    approach: [
      md`
        Separate estimation from decision. The model describes each home's value, including how unsure it
        is; a bidding policy turns that into an offer; the policy is judged by the profit it would have made
        in auctions, not by RMSE. Concretely: predict a calibrated low quantile, shade the offer with it,
        and tune the level of ${term('bid shading')} by simulated profit.
      `,
      box.code({
        title: 'Same model, same RMSE, three bidding policies',
        label: 'code-auction',
        body: [
          md`
            Values are lognormal around \$400k; 70% of homes are typical ($\sigma$ = 3%), 30% unusual
            ($\sigma$ = 10%). Our estimate is unbiased (an ideal MSE model), and so are three rivals, who
            offer 90% of their estimates. The highest offer wins; resale costs 5%. The quantile policy assumes
            a calibrated $\sigma(x)$. Haircut and $\tau$ are each tuned for total profit.
          `,
          code({ language: 'python', runnable: true, source: simulation, output: `model RMSE 6.0% of value, for every policy
sigma 3%: mean error on homes won +1.6%
sigma 10%: mean error on homes won +8.7%
policy                 win unusual  $k/win   typ $M  unus $M  tot $M
mean - 7%            51.5%     20%    -3.5      168     -533    -364
mean - 10.5%         21.4%     33%     1.4      295     -235      59
quantile tau=0.07    25.1%      7%     7.3      351       17     367
` }),
          md`
            Columns: win rate, share of wins that are unusual homes, profit per win (\$k), and total profit
            (\$M) on typical homes, unusual homes and overall. The 7% haircut wins half the auctions and
            loses \$364M. The best fixed haircut (10.5%) barely profits, because typical homes subsidise a
            \$235M loss on unusual ones, a third of its wins against 30% of listings. The quantile policy
            wins *more* auctions than that and earns about six times as much: it bids hard where the model
            is sure and backs off where it is not.
          `,
        ],
      }),
    ],
    steps: [
      {
        title: 'Model the uncertainty, not just the centre',
        body: md`
          Fit quantile models at a few levels (gradient-boosted trees support a quantile objective), or a
          distributional model that outputs a mean and a spread per home; evaluate with ${gloss(glossary.pinballLoss)}.
          Features that drive uncertainty matter as much as those that drive price: number and recency of
          comparables, how unusual the home is, local volatility. Sort separately fitted quantiles per
          home so they do not cross.
        `,
      },
      {
        title: 'Calibrate the quantile',
        body: [
          md`
            A model trained for the 20th percentile need not produce one. Use a one-sided version of
            ${term('conformalized quantile regression')} ${cite(papers.romano2019)}: on $n$ held-out homes
            compute scores $s_i = \hat{q}_\tau(x_i) - y_i$, take the $\lceil (n+1)(1-\tau) \rceil$-th smallest
            as a shift $\hat{s}$, and bid from $\hat{q}_\tau(x) - \hat{s}$. Calibrate per segment:
          `,
          code({ language: 'python', runnable: true, source: conformal, output: `raw          coverage 0.694  typical 0.694  unusual 0.694
pooled       coverage 0.802  typical 0.830  unusual 0.739
per-segment  coverage 0.805  typical 0.807  unusual 0.802
` }),
          md`
            The raw bound covers 69%, not 80%. One pooled shift restores 80% overall but leaves unusual homes,
            where the curse bites, at 74%. Per-segment shifts bring both to about 80% (coverage moves by about
            half a point from one calibration sample to the next).
          `,
        ],
      },
      {
        title: 'Turn the distribution into an offer',
        body: [
          md`
            The simple rule is $b(x) = (1 - c)\,\hat{q}_\tau(x)$, with $c$ the resale cost share. The full
            version maximises expected profit with a win-probability model $P(\text{win} \mid b, x)$ fitted
            on past offers:
          `,
          math(tex`b^\star(x) = \arg\max_b \; P(\text{win} \mid b, x)\,\Bigl((1-c)\,\mathbb{E}\bigl[V \mid x, \text{win at } b\bigr] - b\Bigr).`),
          md`
            The expectation is conditional on winning: bid as if your offer were the best the seller sees,
            because whenever it counts, it is.
          `,
        ],
      },
      {
        title: 'Choose the shading level by simulated profit',
        body: md`
          Backtest candidate policies through a market simulator: rivals, seller reservation prices, resale
          costs, time to resale. Pick $\tau$ (per market if competition differs) to maximise profit within
          volume and risk limits, then confirm with a live test on a few markets, because the simulated
          rivals are an assumption.
        `,
      },
      {
        title: 'Monitor what the money sees',
        body: md`
          Track realised margin on won homes, mean error on won homes next to mean error on all homes (the
          gap *is* the curse), coverage on won homes, and win rate by segment. Cap exposure per segment and
          decline to bid when $\sigma(x)$ is too large.
        `,
      },
    ],
    tradeoffs: [
      md`
        **Volume against margin.** Shading lowers the win rate. How much volume to trade for margin is a
        business choice, so expose $\tau$ as a serving-time knob instead of baking it into the model, the
        separation of model and business weights argued in ${ref('q05')}.

        **Guarantees are narrower than they look.** Conformal coverage holds on average over homes drawn like
        the calibration set. It is not conditional on features, it breaks when prices drift (recalibrate on
        recent sales), and it does not hold on the homes you *win*, because winning selects on the error.
        That is why $\tau$ is tuned on auction profit, not read off a coverage target.

        **Feedback is censored.** You see resale outcomes only for homes you bought. Log every offer with
        its quantiles and join lost offers to their eventual public sale price: lost auctions tell you
        whether you shaded too much.
      `,
    ],
  },

  whyItWorks: [
    md`
      Each piece lines the model up with the decision. Pinball loss is consistent for the quantile
      (${ref('q01#quantile-thm')}), so the model learns the statistic the offer needs instead of a mean
      patched afterwards, and the newsvendor argument says how low a quantile the cost ratio calls for.
    `,
    box.thm({
      title: 'Quantile shading scales like the curse',
      body: [
        md`If the predictive distribution of a home's value is roughly normal with mean $\mu(x)$ and spread $\sigma(x)$, then`,
        math(tex`\hat{q}_\tau(x) = \mu(x) + \sigma(x)\,\Phi^{-1}(\tau), \qquad \text{expected winner's overestimate} = \sigma(x)\,e_k,`),
        md`
          where $\Phi^{-1}$ is the standard normal quantile function. Both terms are proportional to
          $\sigma(x)$. For $\tau < 0.5$, $\Phi^{-1}(\tau) < 0$, so bidding the quantile subtracts
          $\sigma(x)\,\lvert\Phi^{-1}(\tau)\rvert$: one level $\tau$ offsets a curse of size
          $\sigma(x)\,e_k$ on every home at once. A fixed haircut $h\,\mu(x)$ ignores $\sigma(x)$ and can
          match the curse on one segment only.
        `,
      ],
    }),
    md`
      In the simulation the tuned level was $\tau = 0.07$, a shade of about $1.48\,\sigma(x)$. That is not
      a universal constant: it absorbs the number of rivals, how hard they shade and the resale cost.

      Calibration makes the quantile honest: under exchangeability, the conformal shift guarantees that the
      true value lands above the bound with probability at least $1 - \tau$ in finite samples, whatever the
      model. Per-segment calibration gives that guarantee in each segment.

      Evaluating by simulated profit closes the loop: you optimise the number the business lives on, and it
      sees the selection step that RMSE cannot. Online advertising learned this when exchanges moved to
      ${gloss(glossary.firstPriceAuction, 'first-price auctions')}: truthful bidding stopped being optimal,
      and demand-side platforms learned how far to shade each bid from auction feedback
      ${cite(papers.gligorijevic2020)}. There shading is driven mainly by the payment rule; a home auction
      adds a common value and the curse, so it needs shading even more.
    `,
  ],

  papers: [
    {
      paper: papers.koenker1978,
      contribution: md`Introduced regression quantiles: linear models of conditional quantiles, fitted by minimising an asymmetric absolute (pinball) loss.`,
      relevance: md`The estimator behind the fix: any model that can minimise pinball loss, linear, boosted or neural, can predict the low quantile a bidder needs.`,
    },
    {
      paper: papers.gneiting2011,
      contribution: md`Argued that point forecasts must come with the functional they target, defined consistent scoring functions, and showed that squared error is consistent for the mean while the pinball loss is consistent for quantiles.`,
      relevance: md`The formal reason MSE is the wrong training and evaluation loss here: it rewards the mean, and the offer needs a quantile.`,
    },
    {
      paper: papers.capen1971,
      contribution: md`Three Atlantic Richfield engineers modelled sealed bidding for offshore oil leases, argued that competition plus uncertain estimates makes winners overpay, and recommended bidding below one's own estimate.`,
      relevance: md`The origin of the winner's curse. Their setting, many bidders with noisy estimates of a common value, is the iBuyer's setting.`,
    },
    {
      paper: papers.thaler1988,
      contribution: md`Reviewed laboratory and field evidence of the winner's curse, including experiments in which many bidders keep overpaying even after repeated rounds.`,
      relevance: md`The curse is not a theoretical curiosity: people fall into it repeatedly, and an automated bidder with a symmetric loss repeats it at scale.`,
    },
    {
      paper: papers.romano2019,
      contribution: md`Proposed conformalized quantile regression, which adjusts quantile-regression intervals on held-out data so they have valid finite-sample coverage while still adapting to heteroscedasticity, and found it tends to give shorter intervals than other conformal methods.`,
      relevance: md`Makes the predicted low quantile trustworthy. The one-sided, per-segment variant in the solution follows the same recipe.`,
    },
    {
      paper: papers.gligorijevic2020,
      contribution: md`Proposed a machine-learning model of optimal bid shading for non-censored first-price ad auctions and evaluated it offline and online at a major demand-side platform, where it beat the existing approaches.`,
      relevance: md`An industrial example of treating shading as a decision learned from auction outcomes rather than a fixed rule.`,
    },
  ],

  interview: {
    answer: [
      md`
        "I would not bid the prediction, even with a haircut, because the auction selects my errors. I win
        when my offer is highest, which for a given true value is when I have overestimated most, so a model
        unbiased on the holdout is biased upward on the homes I buy. That winner's curse grows with the
        model's uncertainty on each home and with the number of bidders, so a fixed haircut is too deep on
        easy homes and too shallow on unusual ones. And overpaying costs far more than missing a deal, which
        MSE ignores.

        "So I would separate estimation from decision. The model predicts a low quantile, or a full
        distribution, trained with pinball loss, which is consistent for quantiles, and calibrated per
        segment with conformalized quantile regression. The offer is that quantile minus resale costs, or
        the profit-maximising bid under a win-probability model, using the value conditional on winning.

        "I would pick the quantile level by backtesting through an auction simulator, then a live test on a
        few markets, and monitor realised margin and error on won homes. RMSE on all homes can stay flat
        while the business loses money."
      `,
    ],
    keyPoints: [
      md`Name the mechanism: the auction selects your positive errors, so an unbiased model is biased on the homes you win.`,
      md`Asymmetric costs call for a low quantile: pinball loss elicits it, and $\tau = b/(a+b)$ links it to the cost ratio.`,
      md`Shading must scale with per-home uncertainty; a fixed haircut misprices both easy and hard homes.`,
      md`Calibrate the quantile (conformalized quantile regression, per segment) and recalibrate as prices drift.`,
      md`Evaluate by simulated and live auction profit and by error on won homes, not holdout RMSE.`,
    ],
    followUps: [
      {
        question: md`How would you set $\tau$ if you have no simulator?`,
        answer: md`Start from the cost ratio, $\tau = b/(a+b)$, then randomise $\tau$ across comparable markets, measure realised margin and volume, and log lost offers with their later sale prices so a simulator can be built from data.`,
      },
      {
        question: md`Why not just add a feature for the number of competitors to the MSE model?`,
        answer: md`It may help predict prices, but the model still targets the mean, and the curse comes from acting on your highest estimates. Competition belongs in the bidding policy: more rivals call for more shading.`,
      },
      {
        question: md`Your conformal bound covers 80% on the calibration set. Does it cover 80% on the homes you buy?`,
        answer: md`No. The guarantee assumes exchangeability, and winning selects homes whose estimates were too high. Measure coverage on won homes directly; the gap shows how much extra shading the auction demands.`,
      },
      {
        question: md`Prices start falling fast. What breaks first?`,
        answer: md`A model trained on recent sales lags, so estimates run high just as holding periods lengthen. Shorten the calibration window, add market-trend features, cap exposure, and watch margins on recent resales as an early signal.`,
      },
    ],
  },

  takeaways: [
    md`Bidding is a decision, not a prediction: a model with low RMSE can still buy the wrong homes.`,
    md`An auction selects your positive errors, so an unbiased estimator is biased on what you win; the bias grows with per-home uncertainty and the number of rivals.`,
    md`When overpaying costs more than underpaying, target a low quantile with pinball loss; a fixed haircut on the mean misprices easy and hard homes in opposite directions.`,
    md`Calibrate quantiles (conformalized quantile regression, per segment), and remember the guarantee does not survive selection or drift.`,
    md`Judge bidding policies by simulated and live auction profit, and monitor error and margin on won homes.`,
  ],

});
