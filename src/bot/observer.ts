/**
 * What the bot tells its observers (the metrics, the inbox) after each answer and each 👍/👎, so
 * that counting and recording stay out of the bot and out of every adapter.
 */
import type { Answer } from '../answer/answer.js';

export interface Answered {
  /** The answer's own id, carried by its feedback buttons. */
  answerId: string;
  /** The adapter it came through: web, slack, discord, terminal. */
  channel: string;
  userId: string;
  question: string;
  answer: Answer;
  /** The document the asker picked, where a channel lets them (the desk's picker). */
  document?: string;
  ms: number;
}

export type VoteValue = 'up' | 'down';

export interface Vote {
  answerId: string;
  channel: string;
  userId: string;
  vote: VoteValue;
}

export interface AnswerObserver {
  answered(event: Answered): void;
  /** False when the observer keeps votes but no longer knows the answer rated; undefined when votes are not its to keep. */
  voted?(vote: Vote): boolean | undefined;
}
