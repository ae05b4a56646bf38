/** Per-conversation follow-up context: the last subject and aspects, forgotten after a while. */
import type { ConceptKey } from '../schema/concept.js';

export interface Subject {
  concept?: ConceptKey;
  entity?: string;
  /** Which kind of thing `entity` names, where several kinds share a name (a 决算 line and its table row). */
  entityKind?: string;
  aspects: string[];
  /** The document the conversation was about. */
  doc?: string;
  /** The name of the subject talked about before this one (这两个加起来 adds the two). */
  previous?: string;
  /** The indicator the last answer gave (群众满意度): 那另一个项目呢 asks the same of that project. */
  indicator?: string;
  /** What the last list answer named, in order (at most MAX_LISTED): 第二个 means its second. */
  listed?: string[];
}

/** Names of a list kept for 第N个, so that a long listing cannot grow a conversation's context without bound. */
export const MAX_LISTED = 50;

/** Conversations kept at most; the oldest is dropped first, so memory stays bounded. */
const MAX_SESSIONS = 10_000;

export class SessionStore {
  private readonly entries = new Map<string, { subject: Subject; at: number }>();

  constructor(
    /** How long a context lives; shared copies (src/state) live as long. */
    readonly ttlMs: number,
    private readonly now: () => number,
  ) {}

  get(session: string): Subject | undefined {
    const entry = this.entries.get(session);
    if (!entry) return undefined;
    if (this.now() - entry.at > this.ttlMs) {
      this.entries.delete(session);
      return undefined;
    }
    return entry.subject;
  }

  delete(session: string): void {
    this.entries.delete(session);
  }

  set(session: string, subject: Subject): void {
    this.entries.delete(session);
    this.entries.set(session, { subject, at: this.now() });
    if (this.entries.size > MAX_SESSIONS) this.entries.delete(this.entries.keys().next().value as string);
  }
}
