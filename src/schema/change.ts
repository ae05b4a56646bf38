/** A change against last year that a disclosure states for a figure, with its reason where given. */
import { z } from 'zod';
import { Source } from './source.js';

export const ChangeDirection = z.enum(['增加', '减少', '持平']);
export type ChangeDirection = z.infer<typeof ChangeDirection>;

/** A stated change against last year. `amount` is absent for 持平 and when only a rate is given. */
export const Change = z.object({
  direction: ChangeDirection,
  amount: z.number().nonnegative().optional(),
  /** Growth rate in percent, where the text states one. */
  rate: z.number().optional(),
  reason: z.string().optional(),
  /** Last year's figure where the text states it beside the change (2023年当年预算执行数为389.59万元), in 万元. */
  previous: z.number().optional(),
  source: Source,
  reasonSource: Source.optional(),
});
export type Change = z.infer<typeof Change>;
