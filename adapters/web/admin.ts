/**
 * GET /admin/inbox: the inbox's groups as a page, behind ADMIN_TOKEN, sent as a bearer token or as
 * the password of HTTP Basic (which a browser asks for by itself). Off without a token; says so
 * without DATA_DIR.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Inbox } from '../../src/inbox/inbox.js';
import { when } from '../../src/inbox/report.js';
import { escapeHtml } from './html.js';

/** The token a request presents: `Bearer T`, or `Basic base64(anyone:T)`. */
function presented(request: FastifyRequest): string {
  const [scheme, value = ''] = (request.headers.authorization ?? '').split(' ');
  if (/^bearer$/i.test(scheme)) return value;
  if (/^basic$/i.test(scheme)) return Buffer.from(value, 'base64').toString('utf8').split(':').slice(1).join(':');
  return '';
}

/** Compared as hashes, in constant time, so neither the length nor a prefix of the token leaks. */
function matches(given: string, token: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(token));
}

function page(inbox: Inbox | undefined): string {
  const rows = inbox?.groups(200) ?? [];
  const body = !inbox
    ? '<p>The inbox is off: DATA_DIR is not set.</p>'
    : !rows.length
      ? '<p>The inbox is empty: nothing went unanswered.</p>'
      : `<table><thead><tr><th>count</th><th>last seen (UTC)</th><th>channels</th><th>why</th><th>question</th></tr></thead><tbody>${rows
          .map((g) => `<tr><td>${g.count}</td><td>${escapeHtml(when(g.lastSeen))}</td><td>${escapeHtml(g.channels.join(', '))}</td><td>${escapeHtml(g.kinds.join(', '))}</td><td lang="zh">${escapeHtml(g.question)}</td></tr>`)
          .join('')}</tbody></table>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Inbox · budget-bot</title><link rel="stylesheet" href="/desk.css"></head><body class="admin"><main><h1>Unanswered questions</h1>${body}</main></body></html>`;
}

export function installAdmin(app: FastifyInstance, inbox: Inbox | undefined, token: string | undefined): void {
  app.get('/admin/inbox', async (request, reply) => {
    if (!token) return reply.code(404).send({ error: 'not_found', message: 'The admin pages are off: ADMIN_TOKEN is not set.' });
    if (!matches(presented(request), token)) {
      return reply.code(401).header('www-authenticate', 'Basic realm="budget-bot inbox", charset="UTF-8"').send({ error: 'unauthorized', message: 'The admin token is required.' });
    }
    return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(page(inbox));
  });
}
