/**
 * Shared state in Redis (ioredis), for replicas behind a load balancer: contexts and event ids as
 * keys with a TTL, rate limits with rate-limiter-flexible, and a reload generation announced on a
 * pub/sub channel. Every call can fail: a failure is logged and the call falls back to this
 * process's memory (MemoryState), so with Redis down each replica still answers, rate-limits and
 * drops retries on its own; only what needs sharing is lost (a follow-up whose turns reach different
 * replicas, a retry that reaches another replica, a reload announced meanwhile is caught up on
 * reconnection). Commands fail fast rather than queue while Redis is away.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Verdict } from '../bot/rateLimiter.js';
import type { Logger } from '../bot/logger.js';
import { within } from '../bot/within.js';
import type { Subject } from '../engine/sessions.js';
import { MemoryState } from './memoryState.js';
import type { LimitOptions, SharedState } from './sharedState.js';

export interface RedisOptions extends LimitOptions {
  url: string;
  /** Put before every key and channel, so that several bots can share one Redis. Default: budget-bot:. */
  prefix?: string;
  logger: Logger;
  /** How long a command may take before it counts as failed. Default: 500 ms. */
  commandTimeoutMs?: number;
  /** How long an event id is remembered. Default: 10 minutes, past Slack's retries. */
  eventTtlMs?: number;
}

const EVENT_TTL_MS = 10 * 60_000;

export class RedisState implements SharedState {
  private readonly client: Redis;
  private readonly subscriber: Redis;
  private readonly limiter: RateLimiterRedis;
  private readonly fallback: MemoryState;
  private readonly prefix: string;
  /** Tells this replica's own announcements apart from the others'. */
  private readonly id = randomUUID();
  /** The reload generation this replica serves. */
  private generation = 0;
  private readonly listeners: ((generation: number) => void)[] = [];
  /** Whether the last command failed: a failure is logged when it starts and when it ends, not at every call. */
  private down = false;
  /** Set once connect() has read the generation in service. */
  private started = false;

  constructor(private readonly options: RedisOptions) {
    this.prefix = options.prefix ?? 'budget-bot:';
    this.fallback = new MemoryState(options);
    // Both connect at once and reconnect by themselves for as long as the process runs.
    this.client = new Redis(options.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: options.commandTimeoutMs ?? 500 });
    // A subscribed connection takes no other commands; its SUBSCRIBE waits for Redis, and ioredis
    // subscribes it again on each reconnection.
    this.subscriber = new Redis(options.url, { maxRetriesPerRequest: null });
    // Without a listener ioredis prints every connection error; the failures are logged per call instead.
    this.client.on('error', () => {});
    this.subscriber.on('error', () => {});
    this.limiter = new RateLimiterRedis({ storeClient: this.client, keyPrefix: `${this.prefix}rate`, points: options.limit, duration: Math.max(1, Math.ceil(options.windowMs / 1000)) });
  }

  /**
   * Waits up to `waitMs` for Redis and reads the generation in service. An unreachable Redis is
   * logged and the replica starts on its own memory while the connections keep trying.
   */
  async connect(waitMs = 3000): Promise<void> {
    this.subscriber.on('message', (_channel, message: string) => this.announced(message));
    // After an outage, a reload announced meanwhile is caught up on, once both connections are back
    // (whichever comes back last does it).
    this.client.on('ready', () => void this.catchUp());
    this.subscriber.on('ready', () => void this.catchUp());
    this.subscriber.subscribe(this.key('reload')).catch((error: unknown) => this.failed('subscribe', error));
    const ready = this.client.status === 'ready' || (await within(new Promise((resolve) => this.client.once('ready', resolve)), waitMs)).settled;
    if (!ready) this.failed('connect', new Error(`no answer from Redis within ${waitMs} ms`));
    else {
      await this.attempt('connect', async () => {}, async () => {
        this.generation = Number(await this.client.get(this.key('generation'))) || 0;
        this.options.logger.info('redis_connected', { generation: this.generation });
      });
    }
    this.started = true;
  }

  async readContext(session: string): Promise<Subject | null | undefined> {
    return this.attempt('read_context', () => this.fallback.readContext(), async () => {
      const stored = await this.client.get(this.key(`context:${session}`));
      return stored === null ? null : (JSON.parse(stored) as Subject);
    });
  }

  async writeContext(session: string, subject: Subject, ttlMs: number): Promise<void> {
    await this.attempt('write_context', () => this.fallback.writeContext(), async () => {
      await this.client.set(this.key(`context:${session}`), JSON.stringify(subject), 'PX', ttlMs);
    });
  }

  async firstTime(eventId: string): Promise<boolean> {
    return this.attempt('first_time', () => this.fallback.firstTime(eventId), async () => {
      // SET NX: exactly one replica sets the key, whichever the retry reached.
      return (await this.client.set(this.key(`event:${eventId}`), '1', 'PX', this.options.eventTtlMs ?? EVENT_TTL_MS, 'NX')) === 'OK';
    });
  }

  async allow(user: string): Promise<Verdict> {
    return this.attempt('rate_limit', () => this.fallback.allow(user), async () => {
      try {
        await this.limiter.consume(user);
        return 'allowed';
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        // Told once a window: the first question past the limit is refused, the rest of the burst ignored.
        return rejection.consumedPoints === this.options.limit + 1 ? 'refused' : 'ignored';
      }
    });
  }

  async announceReload(): Promise<void> {
    await this.attempt('announce_reload', async () => {}, async () => {
      this.generation = await this.client.incr(this.key('generation'));
      await this.client.publish(this.key('reload'), JSON.stringify({ generation: this.generation, from: this.id }));
    });
  }

  onReload(listener: (generation: number) => void): void {
    this.listeners.push(listener);
  }

  async close(): Promise<void> {
    this.client.disconnect();
    this.subscriber.disconnect();
  }

  private key(name: string): string {
    return `${this.prefix}${name}`;
  }

  private announced(message: string): void {
    let parsed: { generation?: unknown; from?: unknown };
    try {
      parsed = JSON.parse(message);
    } catch {
      return void this.options.logger.error('redis_bad_message', { message: message.slice(0, 200) });
    }
    if (parsed.from === this.id || typeof parsed.generation !== 'number') return;
    this.reloadTo(parsed.generation);
  }

  private async catchUp(): Promise<void> {
    // The first connection is no reconnection: the knowledge was just loaded.
    if (!this.started) return;
    await this.attempt('catch_up', async () => {}, async () => {
      this.reloadTo(Number(await this.client.get(this.key('generation'))) || 0);
    });
  }

  /**
   * Reloads unless this generation is already served. Any other number means a reload elsewhere,
   * a lower one too: a Redis that lost its data counts again from 1.
   */
  private reloadTo(generation: number): void {
    if (generation === this.generation) return;
    this.generation = generation;
    for (const listener of this.listeners) listener(generation);
  }

  /** Runs a Redis call; on failure logs it (once an outage) and gives the fallback's answer. */
  private async attempt<T>(op: string, fallback: () => Promise<T>, call: () => Promise<T>): Promise<T> {
    try {
      const result = await call();
      if (this.down) this.options.logger.info('redis_recovered', { op });
      this.down = false;
      return result;
    } catch (error) {
      this.failed(op, error);
      return fallback();
    }
  }

  private failed(op: string, error: unknown): void {
    if (!this.down) this.options.logger.error('redis_failed', { op, error: String((error as Error)?.message ?? error), fallback: 'this process only' });
    this.down = true;
  }
}
