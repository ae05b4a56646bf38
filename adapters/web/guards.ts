/**
 * What every response of the desk server carries and every request passes: security headers (a
 * strict CSP: the page's own scripts and styles only, nothing inline), a per-address rate limit on
 * /api and /admin, and errors as a 4xx JSON `{error, message}` whose message never repeats what
 * the client sent.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { RateLimiter } from '../../src/bot/rateLimiter.js';

const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

/** Paths under the rate limit: the page's files and the probes are cheap and must not be locked out. */
const LIMITED = /^\/(api|admin)\//;
const MINUTE_MS = 60_000;

/** The messages errors are answered with, by status: fixed texts, so nothing sent is echoed. */
const MESSAGES: Record<number, [string, string]> = {
  400: ['bad_request', 'The request could not be read: send JSON as the API describes.'],
  404: ['not_found', 'No such page or endpoint.'],
  405: ['method_not_allowed', 'That method is not allowed here.'],
  413: ['too_large', 'The request body is too large.'],
  415: ['unsupported_media_type', 'Send the request body as application/json.'],
  429: ['rate_limited', 'Too many requests from this address; wait a minute.'],
};

export function errorBody(status: number): { error: string; message: string } {
  const [error, message] = MESSAGES[status] ?? MESSAGES[400];
  return { error, message };
}

export function installGuards(app: FastifyInstance, requestsPerMinute: number): void {
  const limiter = new RateLimiter(requestsPerMinute, MINUTE_MS);

  app.addHook('onRequest', async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    if (!LIMITED.test(request.url) || limiter.allow(request.ip) === 'allowed') return;
    await reply.code(429).header('retry-after', '60').send(errorBody(429));
  });

  app.setNotFoundHandler((_request, reply) => reply.code(404).send(errorBody(404)));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) {
      request.log.error({ err: error }, 'request failed');
      return reply.code(500).send({ error: 'internal', message: 'Something went wrong; please try again.' });
    }
    return reply.code(status).send(errorBody(status));
  });
}
