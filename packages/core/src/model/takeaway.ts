import { z } from 'zod';
import { ProseInput } from './prose.js';

/** One key takeaway: a single sentence or two of prose, listed in the question's last part. */
export const Takeaway = ProseInput;
export type Takeaway = z.infer<typeof Takeaway>;
export type TakeawayInput = z.input<typeof Takeaway>;
