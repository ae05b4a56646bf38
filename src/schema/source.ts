/** Where a fact was read: the document id, the 1-based line in the file as shipped, and that line's text. */
import { z } from 'zod';

export const Source = z.object({
  doc: z.string().min(1),
  line: z.number().int().positive(),
  quote: z.string(),
  section: z.string().optional(),
});
export type Source = z.infer<typeof Source>;
