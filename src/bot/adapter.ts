/**
 * The Adapter interface: one platform a folder under adapters/, and only there is a platform SDK
 * imported. The adapter owns its transport and calls bot.handle(); the bot never calls back.
 */
import type { Bot } from './bot.js';

export interface Adapter {
  readonly name: string;
  /** Connects and starts passing addressed messages to the bot. */
  start(bot: Bot): Promise<void>;
  /** Stops taking new messages; answers in flight are finished by the caller's bot.drain(). */
  stop(): Promise<void>;
  /**
   * Optional: stops taking new messages while replies in flight can still be delivered, so that a
   * platform that resends what it could not deliver sends it elsewhere. Absent: intake stops at stop().
   */
  stopIntake?(): Promise<void>;
}
