/**
 * A map whose entries are forgotten after `ttlMs`, and past `max` entries the oldest go first, so
 * that a flood of distinct keys (event ids, answers, users) cannot grow memory.
 */
export class ExpiringMap<K, V> {
  /** key → value and when it was set; a Map keeps insertion order, oldest first. */
  private readonly entries = new Map<K, { value: V; at: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: K): V | undefined {
    this.forgetOld(this.now());
    return this.entries.get(key)?.value;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  /** Sets a new key; a key already there keeps its place and first time, so its expiry does not move. */
  set(key: K, value: V): void {
    const now = this.now();
    this.forgetOld(now);
    const known = this.entries.get(key);
    this.entries.set(key, { value, at: known?.at ?? now });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as K);
  }

  get size(): number {
    return this.entries.size;
  }

  private forgetOld(now: number): void {
    for (const [key, { at }] of this.entries) {
      if (now - at < this.ttlMs) break;
      this.entries.delete(key);
    }
  }
}
