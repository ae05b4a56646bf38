/**
 * The inbox: what the bot could not answer (refusals, clarifications) and every 👍/👎, in an
 * embedded SQLite database under DATA_DIR, so that an operator sees which questions fail most
 * often. better-sqlite3 is synchronous, which suits a handful of small writes per answer and keeps
 * the bot free of an async database layer. User ids are kept only as salted hashes; rows older
 * than the retention are deleted.
 */
import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeQuestion } from '../intent/normalize.js';
import { BudgetBotError } from '../errors.js';

/** Why a question is in the inbox, or a vote on an answer. */
export type EntryKind = 'refused' | 'clarify' | 'down' | 'up';
/** The kinds an operator reads as unanswered: a 👍 is feedback, not a failure. */
const UNANSWERED: EntryKind[] = ['refused', 'clarify', 'down'];

export interface Entry {
  kind: EntryKind;
  question: string;
  intent: string;
  /** The document answered from or picked; empty where none. */
  doc: string;
  channel: string;
  userId: string;
  /** The answer a vote rates: one vote per answer and user, the latest kept. */
  answerId?: string;
}

/** Questions that read the same once normalised, counted together. */
export interface Group {
  normalised: string;
  /** The latest wording asked. */
  question: string;
  count: number;
  lastSeen: number;
  channels: string[];
  kinds: EntryKind[];
}

export interface InboxOptions {
  /** Rows older than this are deleted. Default: 180 days. */
  retentionDays?: number;
  /** The clock, replaceable in tests. Default: Date.now. */
  now?: () => number;
}

const DAY_MS = 86_400_000;
/** Old rows are deleted at most this often, on a write, rather than by a timer that would hold the process open. */
const PRUNE_EVERY_MS = 3_600_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS entries (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  question TEXT NOT NULL,
  normalised TEXT NOT NULL,
  intent TEXT NOT NULL,
  doc TEXT NOT NULL,
  channel TEXT NOT NULL,
  user_hash TEXT NOT NULL,
  answer_id TEXT,
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS entries_at ON entries (at);
CREATE INDEX IF NOT EXISTS entries_normalised ON entries (normalised);
CREATE UNIQUE INDEX IF NOT EXISTS one_vote ON entries (answer_id, user_hash) WHERE answer_id IS NOT NULL;
`;

export class Inbox {
  readonly path: string;
  private readonly db: Database.Database;
  private readonly salt: string;
  private readonly retentionMs: number;
  private readonly now: () => number;
  private lastPrune = 0;

  /** Opens (creating) `inbox.sqlite` in `dataDir`; a database that cannot be opened is one BudgetBotError naming it. */
  constructor(dataDir: string, options: InboxOptions = {}) {
    this.path = join(dataDir, 'inbox.sqlite');
    this.retentionMs = (options.retentionDays ?? 180) * DAY_MS;
    this.now = options.now ?? Date.now;
    try {
      mkdirSync(dataDir, { recursive: true });
      this.db = new Database(this.path);
      this.db.pragma('journal_mode = WAL');
      this.db.exec(SCHEMA);
      this.salt = this.saltOf();
    } catch (error) {
      throw new BudgetBotError('INBOX_UNAVAILABLE', `the inbox database ${this.path} could not be opened: ${(error as Error).message}`);
    }
    this.prune();
  }

  record(entry: Entry): void {
    const row = { ...entry, normalised: normalizeQuestion(entry.question) || entry.question.trim(), userHash: this.hashUser(entry.channel, entry.userId), answerId: entry.answerId ?? null, at: this.now() };
    this.db
      .prepare(
        `INSERT INTO entries (kind, question, normalised, intent, doc, channel, user_hash, answer_id, at)
         VALUES (@kind, @question, @normalised, @intent, @doc, @channel, @userHash, @answerId, @at)
         ON CONFLICT (answer_id, user_hash) WHERE answer_id IS NOT NULL DO UPDATE SET kind = excluded.kind, at = excluded.at`,
      )
      .run(row);
    if (row.at - this.lastPrune > PRUNE_EVERY_MS) this.prune();
  }

  /** The most frequent unanswered questions, most asked first, then most recent. */
  groups(limit = 50): Group[] {
    const marks = UNANSWERED.map(() => '?').join(', ');
    const rows = this.db
      .prepare(
        `SELECT normalised, COUNT(*) AS count, MAX(at) AS lastSeen, GROUP_CONCAT(DISTINCT channel) AS channels, GROUP_CONCAT(DISTINCT kind) AS kinds,
           (SELECT question FROM entries latest WHERE latest.normalised = e.normalised AND latest.kind IN (${marks}) ORDER BY at DESC, id DESC LIMIT 1) AS question
         FROM entries e WHERE kind IN (${marks}) GROUP BY normalised ORDER BY count DESC, lastSeen DESC LIMIT ?`,
      )
      .all(...UNANSWERED, ...UNANSWERED, limit) as { normalised: string; question: string; count: number; lastSeen: number; channels: string; kinds: string }[];
    return rows.map((r) => ({ ...r, channels: r.channels.split(',').sort(), kinds: r.kinds.split(',').sort() as EntryKind[] }));
  }

  /** How many rows of each kind are kept. */
  counts(): Record<EntryKind, number> {
    const counts: Record<EntryKind, number> = { refused: 0, clarify: 0, down: 0, up: 0 };
    for (const r of this.db.prepare('SELECT kind, COUNT(*) AS n FROM entries GROUP BY kind').all() as { kind: EntryKind; n: number }[]) counts[r.kind] = r.n;
    return counts;
  }

  /** Deletes every row; the salt stays, so hashes stay comparable. Returns how many went. */
  purge(): number {
    return this.db.prepare('DELETE FROM entries').run().changes;
  }

  /** Deletes rows past the retention. Returns how many went. */
  prune(): number {
    this.lastPrune = this.now();
    return this.db.prepare('DELETE FROM entries WHERE at < ?').run(this.lastPrune - this.retentionMs).changes;
  }

  close(): void {
    this.db.close();
  }

  /** The same user on the same channel hashes alike, so repeats can be told apart from many askers, but the id is not kept. */
  private hashUser(channel: string, userId: string): string {
    return createHash('sha256').update(`${this.salt}:${channel}:${userId}`).digest('hex').slice(0, 32);
  }

  /** A random salt made once per database, so its hashes cannot be matched against another's or a list of ids. */
  private saltOf(): string {
    this.db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('salt', randomBytes(32).toString('hex'));
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').get('salt') as { value: string }).value;
  }
}
