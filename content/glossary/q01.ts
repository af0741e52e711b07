import { defineTerm, md } from '@octavo/core';

// Glossary entries introduced by Q1 (The Auto-Bidder Paradox).
export const q01Glossary = {
  winnersCurse: defineTerm({
    id: 'winners-curse',
    term: "winner's curse",
    definition: md`In an auction for an item whose value is uncertain and similar for every bidder, the winner is the bidder whose estimate was highest, so on average the winner has overestimated the value and overpays unless the bid is shaded down.`,
  }),
  adverseSelection: defineTerm({
    id: 'adverse-selection',
    term: 'adverse selection',
    definition: md`A selection effect in which the deals you end up doing are systematically worse than the deals you priced, because the other side knows more than you do and accepts mainly when your price is in their favour.`,
  }),
  pinballLoss: defineTerm({
    id: 'pinball-loss',
    term: 'pinball loss',
    definition: md`The loss minimised by quantile regression: for a level $\tau$ it charges $\tau$ per unit of underestimate and $1-\tau$ per unit of overestimate, so its minimiser is the $\tau$-quantile. Also called quantile loss or check loss.`,
  }),
  firstPriceAuction: defineTerm({
    id: 'first-price-auction',
    term: 'first-price auction',
    definition: md`An auction in which the highest bidder wins and pays its own bid. Bidding your full value earns nothing even when you win, so bidders shade their bids below value, trading some chance of winning for a margin.`,
  }),
};
