import { defineTerm, md } from '@octavo/core';

export const q05Glossary = {
  paretoFrontier: defineTerm({
    id: 'pareto-frontier',
    term: 'Pareto frontier',
    definition: md`The set of outcomes that no other achievable outcome beats on every objective at once. Moving along it trades one objective for another; moving off it (inside) loses on some objective for nothing.`,
  }),
  linearScalarization: defineTerm({
    id: 'linear-scalarization',
    term: 'linear scalarization',
    definition: md`Turning several objectives into one number by a weighted sum with non-negative weights. Maximising it always lands on the Pareto frontier, but only on its convex hull.`,
  }),
  negativeTransfer: defineTerm({
    id: 'negative-transfer',
    term: 'negative transfer',
    definition: md`When training tasks together makes at least one of them worse than training it alone, usually because the tasks compete for shared parameters.`,
  }),
  shadowPrice: defineTerm({
    id: 'shadow-price',
    term: 'shadow price',
    definition: md`The Lagrange multiplier of a constraint: how much the objective would improve if the constraint were loosened by one unit. In ranking, the exchange rate between two objectives, such as dollars of commission per order.`,
  }),
};
