/**
 * The platform-neutral message types. Adapters map their platform's events to an
 * IncomingMessage and render an OutgoingReply in their own formatting.
 */
import type { Citation, Lang } from '../answer/answer.js';

export interface IncomingMessage {
  /** Which adapter received it, for logs. */
  adapter: string;
  /** Channel, DM or terminal session: follow-up context is kept per conversation and thread. */
  conversationId: string;
  threadId?: string;
  userId: string;
  text: string;
  /** The bot was addressed directly (mention, DM, slash command); adapters only pass such messages on. */
  addressed: boolean;
  /** The document the asker picked (the desk's picker); answered from as a channel's own document is. */
  document?: string;
  /** The platform's own event, the only escape hatch for platform-specific needs. */
  raw?: unknown;
}

export interface OutgoingReply {
  /** The whole reply as plain text, sources included: what a platform without rich formatting shows. */
  text: string;
  /** The reply without its source lines and suggested questions (warnings kept), for renderers that show those apart. Absent: `text`. */
  body?: string;
  /** Questions to offer as buttons or links: what to ask next after an answer, examples under a refusal or help. `text` lists them too. */
  suggestions?: string[];
  /** The language the reply is framed in, for the renderer's own words (来源 / Source). Absent: Chinese. */
  lang?: Lang;
  citations: Citation[];
  /** Readings of an ambiguous question. Adapters that can show buttons do; `text` already lists them, which is the fallback. */
  clarify?: string[];
  answered: boolean;
  /** What kind of answer it is (the engine's intent), for channels that report it. Absent: not an engine answer. */
  intent?: string;
  /** The id its 👍/👎 buttons send back to `bot.vote`. Absent: nothing to rate (a rate-limit notice, an apology). */
  answerId?: string;
}
