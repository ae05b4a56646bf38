/**
 * The desk's HTTP server, with Fastify (maintained, fast, with body limits, JSON parsing and
 * graceful close built in): the page, the API, the probes and the admin inbox, behind the guards.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { Bot } from '../../src/bot/bot.js';
import type { LoadedDocument } from '../../src/engine/engine.js';
import type { Inbox } from '../../src/inbox/inbox.js';
import type { Metrics } from '../../src/metrics/metrics.js';
import { installAdmin } from './admin.js';
import { installApi } from './api.js';
import { installGuards } from './guards.js';
import { installOps } from './ops.js';
import { installPage } from './page.js';

/** A question and its options fit in well under this; anything larger is refused before it is read. */
export const BODY_LIMIT_BYTES = 8 * 1024;

export interface ServerDeps {
  bot: Bot;
  documents: () => LoadedDocument[];
  metrics: Metrics;
  inbox?: Inbox;
  adminToken?: string;
  /** Requests to /api and /admin one address may make a minute. */
  rateLimit: number;
  taking: () => boolean;
}

export function buildServer(deps: ServerDeps): FastifyInstance {
  const app = Fastify({ bodyLimit: BODY_LIMIT_BYTES, logger: false, return503OnClosing: true });
  // JSON only: a text/plain body would otherwise be parsed as a string and reach the handlers.
  app.removeContentTypeParser('text/plain');
  installGuards(app, deps.rateLimit);
  installPage(app);
  installApi(app, deps);
  installOps(app, deps.metrics, deps.documents);
  installAdmin(app, deps.inbox, deps.adminToken);
  return app;
}
