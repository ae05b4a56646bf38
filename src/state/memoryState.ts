/**
 * The default, for one process: rate limits and event ids in this process's memory (both bounded),
 * and no shared context, so that the engine's own session store holds it. Also what RedisState
 * falls back to while Redis cannot be reached.
 */
import { RateLimiter, type Verdict } from '../bot/rateLimiter.js';
import { RecentIds } from '../bot/recentIds.js';
import type { LimitOptions, SharedState } from './sharedState.js';

export class MemoryState implements SharedState {
  private readonly limiter: RateLimiter;
  private readonly seen: RecentIds;

  constructor({ limit, windowMs, now }: LimitOptions) {
    this.limiter = new RateLimiter(limit, windowMs, now);
    this.seen = new RecentIds(undefined, undefined, now);
  }

  async readContext(): Promise<undefined> {
    return undefined;
  }

  async writeContext(): Promise<void> {}

  async firstTime(eventId: string): Promise<boolean> {
    return this.seen.firstTime(eventId);
  }

  async allow(user: string): Promise<Verdict> {
    return this.limiter.allow(user);
  }

  async announceReload(): Promise<void> {}

  onReload(): void {}

  async close(): Promise<void> {}
}
