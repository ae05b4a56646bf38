/**
 * Prometheus metrics of every channel, with prom-client (the maintained client; it renders the
 * text format and keeps histograms right): questions by channel and intent, refusals, answer
 * latency and feedback. A registry of its own, so that each bot (and each test) counts apart.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Answered, AnswerObserver, Vote } from '../bot/observer.js';

export class Metrics implements AnswerObserver {
  readonly registry = new Registry();
  private readonly questions = new Counter({ name: 'budget_bot_questions_total', help: 'Questions answered, by channel and answer intent', labelNames: ['channel', 'intent'] as const, registers: [this.registry] });
  private readonly refusals = new Counter({ name: 'budget_bot_refusals_total', help: 'Questions the bot could not answer, by channel', labelNames: ['channel'] as const, registers: [this.registry] });
  private readonly clarifications = new Counter({ name: 'budget_bot_clarifications_total', help: 'Questions answered with readings to choose from, by channel', labelNames: ['channel'] as const, registers: [this.registry] });
  private readonly latency = new Histogram({
    name: 'budget_bot_answer_seconds',
    help: 'Time to compose an answer, by channel',
    labelNames: ['channel'] as const,
    // Answers take about a millisecond; the upper buckets catch a document's first, index-building question.
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });
  private readonly votes = new Counter({ name: 'budget_bot_feedback_total', help: 'Thumbs up and down on answers, by channel', labelNames: ['channel', 'vote'] as const, registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'budget_bot_' });
  }

  answered({ channel, answer, ms }: Answered): void {
    this.questions.inc({ channel, intent: answer.intent });
    if (answer.clarify?.length) this.clarifications.inc({ channel });
    else if (!answer.answered) this.refusals.inc({ channel });
    this.latency.observe({ channel }, ms / 1000);
  }

  voted({ channel, vote }: Vote): undefined {
    // Counting is not keeping: whether the vote was kept is the inbox's to say.
    this.votes.inc({ channel, vote });
    return undefined;
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
