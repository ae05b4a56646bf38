/**
 * The desk page's files, served as they are from public/: no build step, so `npm start` serves
 * what is in the repository. Read once at start; the set is fixed, so no path from a request
 * ever reaches the file system.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { extname } from 'node:path';
import type { FastifyInstance } from 'fastify';

const PUBLIC = new URL('./public/', import.meta.url);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export function installPage(app: FastifyInstance): void {
  for (const name of readdirSync(PUBLIC)) {
    const type = TYPES[extname(name)];
    if (!type) continue;
    const content = readFileSync(new URL(name, PUBLIC));
    const path = name === 'index.html' ? '/' : `/${name}`;
    // no-cache: revalidated on every load, so an upgrade of the bot is never half old page, half new.
    app.get(path, async (_request, reply) => reply.type(type).header('cache-control', 'no-cache').send(content));
  }
}
