/** The API's request bodies, checked with zod as the configuration is: a body that fails is a 400 naming the field. */
import { z } from 'zod';

/** Longer than any real question, and the engine reads only the first 300 characters anyway. */
export const MAX_QUESTION_CHARS = 500;

/** A per-tab id the page makes; the only characters it uses, so nothing else is kept or logged. */
const Session = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

export const AskRequest = z.object({
  q: z.string().trim().min(1).max(MAX_QUESTION_CHARS),
  session: Session.optional(),
  /** A loaded document's file name, from GET /api/documents. */
  doc: z.string().min(1).max(300).optional(),
});

export const FeedbackRequest = z.object({
  answerId: z.string().uuid(),
  vote: z.enum(['up', 'down']),
  session: Session.optional(),
});

/** A 400 body naming the fields at fault and what is wrong, never their values. */
export function invalid(error: z.ZodError): { error: string; message: string } {
  const fields = error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.code === 'too_big' ? 'too long' : i.code === 'too_small' ? 'empty' : 'invalid'}`);
  return { error: 'invalid_request', message: [...new Set(fields)].join('; ') };
}
