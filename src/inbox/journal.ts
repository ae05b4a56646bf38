/**
 * Records into the inbox what the bot could not answer (refusals and clarifications, as they
 * happen) and every 👍/👎. A vote names only its answer's id, so the answers are remembered a
 * while: the question, intent and document a vote is stored with are the bot's own, never
 * whatever a client sends along.
 */
import { ExpiringMap } from '../bot/expiringMap.js';
import type { Answered, AnswerObserver, Vote } from '../bot/observer.js';
import type { Inbox } from './inbox.js';

/** How long an answer can still be rated, and how many are remembered for that. */
const RATE_WITHIN_MS = 24 * 3_600_000;
const REMEMBERED_ANSWERS = 20_000;

interface Rated {
  question: string;
  intent: string;
  doc: string;
}

export class Journal implements AnswerObserver {
  private readonly answers: ExpiringMap<string, Rated>;

  constructor(
    private readonly inbox: Inbox,
    now: () => number = Date.now,
  ) {
    this.answers = new ExpiringMap(RATE_WITHIN_MS, REMEMBERED_ANSWERS, now);
  }

  answered({ answerId, channel, userId, question, answer, document }: Answered): void {
    const rated = { question, intent: answer.intent, doc: answer.citations[0]?.doc ?? document ?? '' };
    this.answers.set(answerId, rated);
    const kind = answer.clarify?.length ? 'clarify' : answer.answered ? undefined : 'refused';
    if (kind) this.inbox.record({ kind, ...rated, channel, userId });
  }

  voted({ answerId, channel, userId, vote }: Vote): boolean {
    const rated = this.answers.get(answerId);
    if (!rated) return false;
    this.inbox.record({ kind: vote, ...rated, channel, userId, answerId });
    return true;
  }
}
