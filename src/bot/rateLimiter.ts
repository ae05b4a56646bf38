/**
 * A per-user sliding window: at most `limit` questions in `windowMs`. Users are forgotten once their
 * window has passed, and past `maxUsers` the least recently seen go first, so a million distinct
 * users cost a bounded map, not a growing one. A user over the limit is told so once a window:
 * `allow` says 'refused' the first time and 'ignored' for the rest of the burst.
 */
export type Verdict = 'allowed' | 'refused' | 'ignored';

/** The default limit: questions a user may ask per window, and the window. */
export const RATE_LIMIT = 20;
export const RATE_WINDOW_MS = 60_000;

interface Window {
  /** Times of the questions asked, oldest first; those before `head` have left the window. */
  hits: number[];
  head: number;
  /** The user has been told they are too fast in this window. */
  told: boolean;
}

/** Hits that left the window are dropped from the array once they are this many and half of it. */
const COMPACT_AFTER = 32;

export class RateLimiter {
  private readonly users = new Map<string, Window>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxUsers = 100_000,
  ) {}

  /**
   * Whether the user may ask now; records the question. Amortised constant time: the window's start
   * moves past hits that left it instead of filtering them, which with a high limit (a desk's per-address
   * limit) cost a pass over up to `limit` hits on every request.
   */
  allow(user: string): Verdict {
    const now = this.now();
    const window = this.users.get(user) ?? { hits: [], head: 0, told: false };
    while (window.head < window.hits.length && now - window.hits[window.head] >= this.windowMs) window.head++;
    if (window.head >= COMPACT_AFTER && window.head * 2 >= window.hits.length) {
      window.hits = window.hits.slice(window.head);
      window.head = 0;
    }
    const live = window.hits.length - window.head;
    if (!live) window.told = false;
    // Re-inserted on every question: the map's order is least recently seen first.
    this.users.delete(user);
    this.forget(now);
    this.users.set(user, window);
    if (live >= this.limit) {
      if (window.told) return 'ignored';
      window.told = true;
      return 'refused';
    }
    window.hits.push(now);
    return 'allowed';
  }

  get size(): number {
    return this.users.size;
  }

  /** Drops users whose window has passed, oldest first, and any beyond the cap. */
  private forget(now: number): void {
    for (const [user, window] of this.users) {
      const latest = window.hits.at(-1) ?? 0;
      if (this.users.size < this.maxUsers && now - latest < this.windowMs) break;
      this.users.delete(user);
    }
  }
}
