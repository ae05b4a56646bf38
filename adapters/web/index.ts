/**
 * The web channel: the public-service desk page and its JSON API, over HTTP on WEB_HOST:WEB_PORT
 * (loopback unless told otherwise). Questions go through the same Bot as every chat platform.
 */
import type { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import type { Adapter } from '../../src/bot/adapter.js';
import type { Bot } from '../../src/bot/bot.js';
import type { WebConfig } from '../../src/bot/serviceConfig.js';
import type { LoadedDocument } from '../../src/engine/engine.js';
import type { Inbox } from '../../src/inbox/inbox.js';
import type { Metrics } from '../../src/metrics/metrics.js';
import { buildServer } from './server.js';

export interface WebDeps {
  documents: () => LoadedDocument[];
  metrics: Metrics;
  inbox?: Inbox;
}

export class WebAdapter implements Adapter {
  readonly name = 'web';
  private app?: FastifyInstance;
  private taking = true;

  constructor(
    private readonly config: WebConfig,
    private readonly deps: WebDeps,
  ) {}

  async start(bot: Bot): Promise<void> {
    const app = buildServer({ ...this.deps, bot, rateLimit: this.config.rateLimit, adminToken: this.config.adminToken, taking: () => this.taking });
    this.app = app;
    await app.listen({ port: this.config.port, host: this.config.host });
  }

  /** Where the desk is, with the port actually bound (WEB_PORT=0 takes any free one). */
  get url(): string {
    const address = this.app?.server.address() as AddressInfo | null;
    if (!address) return '';
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return `http://${host}:${address.port}/`;
  }

  /** New questions get a 503 from now on; answers already being written still go out. */
  async stopIntake(): Promise<void> {
    this.taking = false;
  }

  /** Closes the server once the responses in flight are sent. */
  async stop(): Promise<void> {
    this.taking = false;
    await this.app?.close();
  }
}
