/**
 * The JSON API: POST /api/ask answers as the CLI's `ask --json` does (answered, text, intent,
 * citations with doc, line, page where known, quote; clarify), plus the body without sources, the
 * sources in place, the suggested questions (shown as links) and the id the 👍/👎 send back;
 * POST /api/feedback; GET /api/documents.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Bot } from '../../src/bot/bot.js';
import type { LoadedDocument } from '../../src/engine/engine.js';
import { documentSummaries } from './documents.js';
import { AskRequest, FeedbackRequest, invalid } from './schemas.js';
import { sourcesInPlace } from './sourceContext.js';

export interface ApiDeps {
  bot: Bot;
  /** The documents loaded now: a reload replaces them. */
  documents: () => LoadedDocument[];
  /** False once the server is shutting down: questions are then refused with a 503. */
  taking: () => boolean;
}

export const CHANNEL = 'web';

export function installApi(app: FastifyInstance, { bot, documents, taking }: ApiDeps): void {
  app.post('/api/ask', async (request, reply) => {
    const parsed = AskRequest.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send(invalid(parsed.error));
    const { q, session, doc } = parsed.data;
    const loaded = documents();
    if (doc && !loaded.some((d) => d.facts.identity.file === doc)) return reply.code(400).send({ error: 'unknown_document', message: 'doc: not a loaded document; see GET /api/documents' });
    if (!taking()) return reply.code(503).send({ error: 'shutting_down', message: 'The bot is restarting; please ask again in a moment.' });
    // Without a session, each question stands alone; the per-address limit is the one that holds then.
    const conversation = session ?? randomUUID();
    const answer = await bot.handle({ adapter: CHANNEL, conversationId: conversation, userId: conversation, text: q, addressed: true, ...(doc ? { document: doc } : {}) });
    if (!answer) return reply.code(429).send({ error: 'rate_limited', message: 'You are asking too fast; please wait a minute.' });
    const { answered, text, body, lang, intent, citations, clarify, answerId, suggestions } = answer;
    return { answered, text, body: body ?? text, lang: lang ?? 'zh', intent: intent ?? 'notice', citations, ...(clarify ? { clarify } : {}), suggestions: suggestions ?? [], answerId: answerId ?? null, sources: sourcesInPlace(loaded, citations) };
  });

  app.post('/api/feedback', async (request, reply) => {
    const parsed = FeedbackRequest.safeParse(request.body);
    if (!parsed.success) return reply.code(400).send(invalid(parsed.error));
    const { answerId, vote, session } = parsed.data;
    // Not accepted: the answer is no longer known (asked before a restart, or long ago).
    return { accepted: bot.vote({ answerId, vote, channel: CHANNEL, userId: session ?? request.ip }) };
  });

  app.get('/api/documents', async () => ({ documents: documentSummaries(documents()) }));
}
