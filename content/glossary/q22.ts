import { defineTerm, md } from '@octavo/core';

export const q22Glossary = {
  underflow: defineTerm({
    id: 'underflow',
    term: 'Underflow',
    definition: md`A floating-point result too small in magnitude to represent, which is rounded to a subnormal number or to zero. For $e^x$ in float32 this happens once $x$ falls below about −87 (subnormal) and −104 (zero).`,
  }),
  subnormalNumber: defineTerm({
    id: 'subnormal-number',
    term: 'Subnormal number',
    definition: md`A floating-point number smaller than the smallest normal number, stored with leading zeros in its significand. Subnormals let values fade gradually towards zero instead of jumping to it, at the cost of fewer significant digits (IEEE 754's "gradual underflow").`,
  }),
  unitRoundoff: defineTerm({
    id: 'unit-roundoff',
    term: 'Unit roundoff',
    definition: md`The largest relative error of rounding one real number to the nearest number of a floating-point format: $u = 2^{-p}$ for $p$ significant bits, so about $6 \times 10^{-8}$ for float32, $4.9 \times 10^{-4}$ for float16 and $3.9 \times 10^{-3}$ for bfloat16.`,
  }),
  kernelFusion: defineTerm({
    id: 'kernel-fusion',
    term: 'Kernel fusion',
    definition: md`Running several operations (for example max, exp, sum, log and the gradient of a loss) in one GPU kernel so that intermediate tensors stay in on-chip memory instead of being written to and read back from main GPU memory.`,
  }),
};
