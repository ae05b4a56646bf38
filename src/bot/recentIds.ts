/**
 * Ids seen lately, for answering a retried event once (Slack resends an event it thinks was not
 * acknowledged, with the same event_id). Bounded twice over: ids are forgotten after `ttlMs`, and
 * past `max` ids the oldest go first, so a flood of distinct ids cannot grow memory.
 */
export class RecentIds {
  /** id → when it was first seen; a Map keeps insertion order, oldest first. */
  private readonly seenAt = new Map<string, number>();

  constructor(
    private readonly ttlMs = 10 * 60_000,
    private readonly max = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time an id is offered within the TTL; false for a repeat. */
  firstTime(id: string): boolean {
    const now = this.now();
    this.forgetOld(now);
    if (this.seenAt.has(id)) return false;
    this.seenAt.set(id, now);
    if (this.seenAt.size > this.max) this.seenAt.delete(this.seenAt.keys().next().value as string);
    return true;
  }

  get size(): number {
    return this.seenAt.size;
  }

  private forgetOld(now: number): void {
    for (const [id, at] of this.seenAt) {
      if (now - at < this.ttlMs) break;
      this.seenAt.delete(id);
    }
  }
}
