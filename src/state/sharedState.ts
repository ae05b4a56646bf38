/**
 * State that replicas of the bot must share to behave as one bot: a conversation's follow-up
 * context, which Slack events were already taken, each user's rate limit, and which knowledge
 * version is in service. One process keeps it in memory (memoryState.ts); several share it in
 * Redis (redisState.ts), each call falling back to the process's own memory when Redis fails.
 */
import type { Verdict } from '../bot/rateLimiter.js';
import type { Subject } from '../engine/sessions.js';

export interface SharedState {
  /**
   * The conversation's shared context: a subject, null when there is none (or it expired), or
   * undefined where nothing is shared and the process's own context stands.
   */
  readContext(session: string): Promise<Subject | null | undefined>;
  /** Shares a conversation's context for `ttlMs`. */
  writeContext(session: string, subject: Subject, ttlMs: number): Promise<void>;
  /** True the first time an event id is offered by any replica; false for a retry. */
  firstTime(eventId: string): Promise<boolean>;
  /** Whether the user may ask now (counted across replicas); records the question. */
  allow(user: string): Promise<Verdict>;
  /** Tells the other replicas that this one reloaded its knowledge, so that they reload too. */
  announceReload(): Promise<void>;
  /** Calls `listener` when another replica announces a reload. */
  onReload(listener: (generation: number) => void): void;
  /** Closes connections; what was shared stays for the other replicas. */
  close(): Promise<void>;
}

export interface LimitOptions {
  /** Questions a user may ask per window. */
  limit: number;
  windowMs: number;
  /** The clock, replaceable in tests. Default: Date.now. */
  now?: () => number;
}
