/**
 * Where a fact was read: the document id, the 1-based line in the text as shipped or as read from
 * the file (a PDF's pages laid out one after another), and that line's text. A fact read from a
 * PDF also carries its page and the line on that page, and one read from a workbook its sheet and
 * the row on it (in `pageLine`): that is what a citation shows.
 */
import { z } from 'zod';

export const Source = z.object({
  doc: z.string().min(1),
  line: z.number().int().positive(),
  quote: z.string(),
  section: z.string().optional(),
  page: z.number().int().positive().optional(),
  sheet: z.string().optional(),
  pageLine: z.number().int().positive().optional(),
});
export type Source = z.infer<typeof Source>;
