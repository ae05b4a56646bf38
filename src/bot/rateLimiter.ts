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
  hits: number[];
  /** The user has been told they are too fast in this window. */
  told: boolean;
}

export class RateLimiter {
  private readonly users = new Map<string, Window>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
    private readonly maxUsers = 100_000,
  ) {}

  /** Whether the user may ask now; records the question. */
  allow(user: string): Verdict {
    const now = this.now();
    const known = this.users.get(user);
    const window: Window = { hits: (known?.hits ?? []).filter((t) => now - t < this.windowMs), told: known?.told ?? false };
    if (!window.hits.length) window.told = false;
    // Re-inserted on every question: the map's order is least recently seen first.
    this.users.delete(user);
    this.forget(now);
    this.users.set(user, window);
    if (window.hits.length >= this.limit) {
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
