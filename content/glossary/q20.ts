import { defineTerm, md } from '@octavo/core';

export const q20Glossary = {
  loraScalingFactor: defineTerm({
    id: 'lora-scaling-factor',
    term: 'LoRA scaling factor',
    definition: md`The constant $\gamma$ that multiplies a LoRA adapter's output, so the layer computes $W_0x + \gamma BAx$. Standard LoRA sets $\gamma = \alpha/r$ for a hyperparameter $\alpha$ and rank $r$; rank-stabilized LoRA (rsLoRA) sets $\gamma = \alpha/\sqrt{r}$. Because $\gamma$ appears in both the forward pass and the gradients, it acts as a hidden, rank-dependent learning-rate multiplier.`,
  }),
  maximalUpdateParametrization: defineTerm({
    id: 'maximal-update-parametrization',
    term: 'Maximal update parametrization (μP)',
    definition: md`A rule, from Yang and Hu's Tensor Programs work, for how initialization scales, multipliers and learning rates should depend on a network's width so that every layer's features keep changing by an amount that neither vanishes nor explodes as the width grows. Its practical payoff is hyperparameter transfer: settings tuned on a narrow model carry over to a wide one.`,
  }),
  effectiveLearningRate: defineTerm({
    id: 'effective-learning-rate',
    term: 'Effective learning rate',
    definition: md`How much one optimizer step actually changes what the model computes, as opposed to the nominal step size $\eta$ in the optimizer's configuration. Multipliers in the forward pass (such as the LoRA scaling factor), initialization scales and optimizer normalization can all make the effective rate differ sharply from $\eta$.`,
  }),
  signDescent: defineTerm({
    id: 'sign-descent',
    term: 'Sign descent',
    definition: md`An update that moves each parameter by a fixed amount in the direction of its negative gradient's sign, ignoring the gradient's magnitude. Adam's very first step (with bias correction, ignoring $\epsilon$) is exactly sign descent, and later steps stay close to it when gradients are consistent, which is why constant factors in a gradient largely cancel under Adam.`,
  }),
};
