/**
 * The Bot turns an incoming message into a reply with the engine. Adapters call into it, never
 * the reverse. It keeps follow-up context per conversation and thread, rate-limits each user,
 * turns any exception into a short apology (logged with the conversation id), tells its observers
 * (metrics, the inbox) of each answer and each 👍/👎, and can wait for in-flight answers when the
 * process shuts down.
 */
import { randomUUID } from 'node:crypto';
import { shownBody, type Answer } from '../answer/answer.js';
import type { Engine } from '../engine/engine.js';
import type { Logger } from './logger.js';
import { silentLogger } from './logger.js';
import type { IncomingMessage, OutgoingReply } from './message.js';
import type { SessionStore } from '../engine/sessions.js';
import { MemoryState } from '../state/memoryState.js';
import { withSharedContext } from '../state/sharedContext.js';
import type { SharedState } from '../state/sharedState.js';
import type { AnswerObserver, Vote } from './observer.js';
import { RATE_LIMIT, RATE_WINDOW_MS } from './rateLimiter.js';
import { within } from './within.js';

export interface BotOptions {
  /** Questions a user may ask per window. Default: 20. */
  rateLimit?: number;
  /** The rate-limit window. Default: 60 000 ms. */
  rateWindowMs?: number;
  /** Where rate limits, retried events and follow-up context are shared between replicas (src/state). Default: this process's memory, limited by rateLimit and rateWindowMs. */
  state?: SharedState;
  /** The engine's session store, which shared contexts are copied into around each question. Default: none, and context stays the engine's own. */
  sessions?: SessionStore;
  /** Where structured logs go. Default: nowhere. */
  logger?: Logger;
  /** The clock, replaceable in tests. Default: Date.now. */
  now?: () => number;
  /** Runs the admin reload command and returns its report, off the main thread where it can. Default: none, and the command is refused. */
  reload?: () => string | Promise<string>;
  /** Who may reload, as `adapter:userId`. Default: the local terminal user only. */
  admins?: string[];
  /** A conversation's own document (file name or department), for channels that serve one department. Default: none. */
  channelDocuments?: Record<string, string>;
  /** Told of every answer and every vote (metrics, the inbox). Default: none. */
  observers?: AnswerObserver[];
}

/** What answers a question; the engine, or a stand-in in tests. */
export type Answerer = Pick<Engine, 'ask'>;

export const APOLOGY = '抱歉，处理这个问题时出错了，请稍后再试。Sorry, something went wrong answering that.';
export const RELOAD_DENIED = '只有管理员可以重新加载数据。Only an admin can reload the disclosures.';
/** The admin command: reload, /reload, !reload or 重新加载. */
const RELOAD_COMMAND = /^[!/]?(?:reload|重新加载|重载)$/i;

export const RATE_LIMITED = '提问太频繁了，请稍等一分钟再问。You are asking too fast; please wait a minute.';
/** Said, to the voter only where the platform allows, after a 👍/👎. */
export const FEEDBACK_THANKS = '谢谢反馈！Thanks for the feedback.';
/** Said after a 👍/👎 on an answer the bot no longer knows (given before a restart, or long ago). */
export const FEEDBACK_EXPIRED = '这条回答已无法评价，请重新提问。That answer can no longer be rated; please ask again.';
/** Said where a platform needs some reply (a Discord interaction) to a question that arrives during shutdown. */
export const SHUTTING_DOWN = '机器人正在重启，请稍后再问。The bot is restarting; please ask again in a moment.';

export class Bot {
  private readonly state: SharedState;
  private readonly logger: Logger;
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly admins: Set<string>;
  /** Set by drain: new questions are no longer taken. */
  private closing = false;

  constructor(
    private readonly engine: Answerer,
    private readonly options: BotOptions = {},
  ) {
    this.admins = new Set(options.admins ?? ['terminal:local']);
    this.state = options.state ?? new MemoryState({ limit: options.rateLimit ?? RATE_LIMIT, windowMs: options.rateWindowMs ?? RATE_WINDOW_MS, ...(options.now ? { now: options.now } : {}) });
    this.logger = options.logger ?? silentLogger;
  }

  /**
   * Answers one message. Never throws. Undefined: nothing to send (a burst past the rate limit,
   * already told; or the bot is shutting down and takes no new questions).
   */
  handle(message: IncomingMessage): Promise<OutgoingReply | undefined> {
    if (this.closing) return Promise.resolve(undefined);
    return this.track(this.answer(message));
  }

  /** True the first time any replica is offered this event id: a platform's retry is answered once. */
  firstDelivery(eventId: string): Promise<boolean> {
    return this.state.firstTime(eventId);
  }

  /**
   * Counts work in flight until it settles: adapters pass the delivery of each reply, so that a
   * shutdown waits until the platform has the answer, not just until it was composed.
   */
  track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => {});
    return work;
  }

  /**
   * Stops taking questions and resolves when everything in flight has settled, or at `deadlineMs`;
   * returns how many were still in flight then (0: nothing dropped).
   */
  async drain(deadlineMs = Infinity): Promise<number> {
    this.closing = true;
    const deadline = Date.now() + deadlineMs;
    // Work tracked while waiting (a delivery after its answer) is waited for on the next round.
    while (this.inFlight.size && Date.now() < deadline) {
      if (!(await within(Promise.allSettled([...this.inFlight]), deadline - Date.now())).settled) break;
    }
    return this.inFlight.size;
  }

  /**
   * A 👍/👎 on an answer, from any channel's buttons. False for an answer the inbox no longer knows
   * (given before a restart, or long ago); true otherwise, the inbox off included. Never throws.
   */
  vote(vote: Vote): boolean {
    return !this.notify((o) => o.voted?.(vote)).includes(false);
  }

  /** Calls every observer; one that throws is logged and skipped, never failing the answer. */
  private notify<T>(call: (observer: AnswerObserver) => T): T[] {
    const results: T[] = [];
    for (const observer of this.options.observers ?? []) {
      try {
        results.push(call(observer));
      } catch (error) {
        this.logger.error('observer_failed', { error: (error as Error).stack ?? String(error) });
      }
    }
    return results;
  }

  private async reload(message: IncomingMessage): Promise<OutgoingReply> {
    const allowed = this.admins.has(`${message.adapter}:${message.userId}`) && this.options.reload;
    this.logger.info('reload_requested', { adapter: message.adapter, user: message.userId, allowed: !!allowed });
    return { text: allowed ? await allowed() : RELOAD_DENIED, citations: [], answered: !!allowed };
  }

  private async answer(message: IncomingMessage): Promise<OutgoingReply | undefined> {
    const started = performance.now();
    const context = { adapter: message.adapter, conversation: message.conversationId, thread: message.threadId };
    const verdict = await this.state.allow(`${message.adapter}:${message.userId}`);
    if (verdict !== 'allowed') {
      this.logger.info('rate_limited', { ...context, user: message.userId, replied: verdict === 'refused' });
      // Told once a window: the rest of a burst gets no reply at all.
      return verdict === 'refused' ? { text: RATE_LIMITED, citations: [], answered: false } : undefined;
    }
    try {
      if (RELOAD_COMMAND.test(message.text.trim())) return this.reload(message);
      const session = [message.adapter, message.conversationId, message.threadId ?? ''].join(':');
      const defaultDocument = message.document ?? this.options.channelDocuments?.[message.conversationId];
      const ask = (): Answer => this.engine.ask(message.text, session, defaultDocument ? { defaultDocument } : {});
      const answer = this.options.sessions ? await withSharedContext(this.state, this.options.sessions, session, ask) : ask();
      const ms = Number((performance.now() - started).toFixed(2));
      this.logger.info('answered', { ...context, intent: answer.intent, answered: answer.answered, ms });
      const answerId = randomUUID();
      this.notify((o) => o.answered({ answerId, channel: message.adapter, userId: message.userId, question: message.text, answer, ms, ...(message.document ? { document: message.document } : {}) }));
      const { text, lang, citations, answered, clarify, intent, suggestions } = answer;
      // The suggestions travel apart from the body, for channels that offer them as buttons or links.
      const body = shownBody({ ...answer, suggestions: [] });
      return { text, body, lang, citations, answered, intent, answerId, ...(clarify ? { clarify } : {}), ...(suggestions.length ? { suggestions } : {}) };
    } catch (error) {
      this.logger.error('handler_failed', { ...context, error: (error as Error).stack ?? String(error) });
      return { text: APOLOGY, citations: [], answered: false };
    }
  }
}
