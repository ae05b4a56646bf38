/**
 * Ids seen lately, for answering a retried event once (Slack resends an event it thinks was not
 * acknowledged, with the same event_id). Bounded twice over: ids are forgotten after `ttlMs`, and
 * past `max` ids the oldest go first, so a flood of distinct ids cannot grow memory.
 */
import { ExpiringMap } from './expiringMap.js';

export class RecentIds {
  private readonly seen: ExpiringMap<string, true>;

  constructor(ttlMs = 10 * 60_000, max = 10_000, now: () => number = Date.now) {
    this.seen = new ExpiringMap(ttlMs, max, now);
  }

  /** True the first time an id is offered within the TTL; false for a repeat. */
  firstTime(id: string): boolean {
    if (this.seen.has(id)) return false;
    this.seen.set(id, true);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }
}
