/** A desk server on a free loopback port over the real seed, with its inbox in a fresh folder, for the API and browser tests. */
import { WebAdapter } from '../adapters/web/index.js';
import { Bot } from '../src/bot/bot.js';
import { Engine } from '../src/engine/engine.js';
import { Inbox } from '../src/inbox/inbox.js';
import { Journal } from '../src/inbox/journal.js';
import { Metrics } from '../src/metrics/metrics.js';
import type { ParsedDocument } from '../src/parse/document.js';
import { seed, tempDir } from './helpers.js';

export const ADMIN_TOKEN = 'desk-admin-token-0123456789';

export interface Desk {
  url: string;
  inbox: Inbox;
  adapter: WebAdapter;
  stop(): Promise<void>;
}

export async function startDesk(options: { rateLimit?: number; documents?: ParsedDocument[] } = {}): Promise<Desk> {
  const engine = new Engine(options.documents ?? [seed]);
  const inbox = new Inbox(tempDir('desk-inbox-'));
  const metrics = new Metrics();
  const bot = new Bot(engine, { observers: [metrics, new Journal(inbox)], rateLimit: 1000 });
  const adapter = new WebAdapter({ port: 0, host: '127.0.0.1', rateLimit: options.rateLimit ?? 1000, adminToken: ADMIN_TOKEN }, { documents: () => engine.documents, metrics, inbox });
  await adapter.start(bot);
  return {
    url: adapter.url.replace(/\/$/, ''),
    inbox,
    adapter,
    async stop() {
      await adapter.stop();
      inbox.close();
    },
  };
}
