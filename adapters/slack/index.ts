/**
 * Slack, with @slack/bolt: app mentions (answered in the thread), direct messages (thread
 * broadcasts and messages with files included), the /budget slash command (help when bare), clarify
 * and suggested-question buttons, and the App Home tab, which shows help.
 * 👍/👎 buttons under every answer. HTTP Events API with Bolt's signature checks, or Socket Mode when an app token is configured.
 * Its own and other bots' messages are ignored; an event Slack retries is answered once.
 */
import { App, HTTPReceiver, LogLevel, SocketModeReceiver, type types } from '@slack/bolt';
import type { Server } from 'node:http';
import type { Adapter } from '../../src/bot/adapter.js';
import { FEEDBACK_EXPIRED, FEEDBACK_THANKS, type Bot } from '../../src/bot/bot.js';
import type { SlackConfig } from '../../src/bot/config.js';
import { jsonLogger, type Logger } from '../../src/bot/logger.js';
import type { OutgoingReply } from '../../src/bot/message.js';
import { within } from '../../src/bot/within.js';
import { FEEDBACK_ACTION, QUESTION_ACTION, stripMention, toSlackHome, toSlackMessage } from './format.js';
import { strings } from '../../src/answer/strings/index.js';

export interface SlackTestHooks {
  /** Web API base, e.g. a local fake: `http://127.0.0.1:PORT/api/`. Default: Slack's, or SLACK_API_URL's. */
  slackApiUrl?: string;
  /** Known bot ids skip the auth.test call Bolt otherwise makes at construction. */
  botId?: string;
  botUserId?: string;
  /** Where failures are logged. Default: JSON lines on stderr. */
  logger?: Logger;
  /** Web API retry policy. Default: 3 retries with back-off; 429s wait out Retry-After. */
  retries?: { retries: number; factor?: number; minTimeout?: number; maxTimeout?: number };
}

/** What a bare /budget and the App Home tab ask: the help reply. */
const HELP = strings('zh').help.question;
/** A slash command's answer slower than this is acknowledged first and sent after. */
const ACK_WITHIN_MS = 1500;
/** Message subtypes that still carry a user's question: a reply also sent to the channel, a message with a file. */
const QUESTION_SUBTYPES = new Set(['thread_broadcast', 'file_share']);

export class SlackAdapter implements Adapter {
  readonly name = 'slack';
  private app?: InstanceType<typeof App>;
  /** The HTTP server in Events API mode, for the port actually bound. */
  server?: Server;

  constructor(
    private readonly config: SlackConfig,
    private readonly hooks: SlackTestHooks = {},
  ) {}

  async start(bot: Bot): Promise<void> {
    const logger = this.hooks.logger ?? jsonLogger();
    const slackApiUrl = this.hooks.slackApiUrl ?? this.config.apiUrl;
    const clientOptions = {
      ...(slackApiUrl ? { slackApiUrl } : {}),
      retryConfig: this.hooks.retries ?? { retries: 3, factor: 2, minTimeout: 500, maxTimeout: 5000 },
    };
    const receiver =
      this.config.mode === 'socket'
        ? new SocketModeReceiver({ appToken: this.config.appToken, installerOptions: { clientOptions }, logLevel: LogLevel.ERROR })
        : new HTTPReceiver({ signingSecret: this.config.signingSecret, logLevel: LogLevel.ERROR });
    const app = new App({
      token: this.config.botToken,
      receiver,
      clientOptions,
      logLevel: LogLevel.ERROR,
      // The token is checked below, where a failure can be reported; Bolt's own check would reject in the background.
      tokenVerificationEnabled: false,
      ...(this.hooks.botId ? { botId: this.hooks.botId } : {}),
      ...(this.hooks.botUserId ? { botUserId: this.hooks.botUserId } : {}),
    });
    this.app = app;

    // A retried event (X-Slack-Retry-Num, retry_attempt; the same event_id) is dropped before any
    // listener sees it, whichever replica took the first delivery.
    app.use(async ({ body, next }) => {
      const id = (body as { event_id?: unknown }).event_id;
      if (typeof id === 'string' && !(await bot.firstDelivery(id))) {
        logger.info('duplicate_dropped', { adapter: this.name, event_id: id });
        return;
      }
      await next();
    });

    const ask = (conversationId: string, threadId: string | undefined, userId: string, text: string, raw: unknown) =>
      bot.handle({ adapter: this.name, conversationId, threadId, userId, text: stripMention(text), addressed: true, raw });
    /** Posts a reply; a failure is logged with where it was going, and the process goes on. */
    const post = async (ids: Record<string, unknown>, send: () => Promise<unknown>) => {
      try {
        // Tracked, so that a shutdown waits for the delivery, not only for the answer.
        await bot.track(send());
        logger.info('delivered', { adapter: this.name, ...ids });
      } catch (error) {
        const e = error as { code?: unknown; data?: { error?: unknown }; message?: unknown };
        logger.error('slack_reply_failed', { adapter: this.name, ...ids, code: e.code, error: String(e.data?.error ?? e.message ?? error) });
      }
    };

    app.event('app_mention', async ({ event, client, body }) => {
      if (event.bot_id) return;
      const thread = event.thread_ts ?? event.ts;
      const reply = await ask(event.channel, thread, event.user ?? 'unknown', event.text, event);
      if (reply) await post({ channel: event.channel, event_id: body.event_id }, () => client.chat.postMessage({ channel: event.channel, thread_ts: thread, ...toSlackMessage(reply) }));
    });

    app.message(async ({ message, client, body }) => {
      if (message.channel_type !== 'im' || (message.subtype !== undefined && !QUESTION_SUBTYPES.has(message.subtype))) return;
      if (!('text' in message) || !message.text || ('bot_id' in message && message.bot_id)) return;
      const user = 'user' in message && typeof message.user === 'string' ? message.user : 'unknown';
      const thread = 'thread_ts' in message ? message.thread_ts : undefined;
      const reply = await ask(message.channel, thread, user, message.text, message);
      if (reply) await post({ channel: message.channel, event_id: (body as { event_id?: string }).event_id }, () => client.chat.postMessage({ channel: message.channel, ...(thread ? { thread_ts: thread } : {}), ...toSlackMessage(reply) }));
    });

    app.command('/budget', async ({ command, ack, respond }) => {
      // Acknowledged within Slack's 3 s whatever the answer costs: a quick answer rides in the ack, a slow one follows.
      // A bare /budget asks what the bot can do.
      const answering = ask(command.channel_id, undefined, command.user_id, command.text.trim() || HELP, command);
      const quick = await within(answering, ACK_WITHIN_MS);
      if (quick.settled) return ack(quick.value ? { response_type: 'in_channel', ...toSlackMessage(quick.value) } : undefined);
      await ack();
      const reply: OutgoingReply | undefined = await answering;
      if (reply) await post({ channel: command.channel_id, command: command.trigger_id }, () => respond({ response_type: 'in_channel', ...toSlackMessage(reply) }));
    });

    app.event('app_home_opened', async ({ event, client }) => {
      if (event.tab !== 'home') return;
      const reply = await bot.handle({ adapter: this.name, conversationId: `home:${event.user}`, userId: event.user, text: HELP, addressed: true, raw: event });
      if (reply) await post({ user: event.user, view: 'home' }, () => client.views.publish({ user_id: event.user, view: toSlackHome(reply) as types.HomeView }));
    });

    app.action(QUESTION_ACTION, async ({ ack, body, action, client, respond }) => {
      await ack();
      const value = 'value' in action ? action.value : undefined;
      if (!value) return;
      const channel = 'channel' in body ? body.channel?.id : undefined;
      // A reading picked in a thread is answered in that thread.
      const message = 'message' in body ? (body.message as { ts?: string; thread_ts?: string } | undefined) : undefined;
      const thread = message?.thread_ts ?? message?.ts;
      const reply = await ask(channel ?? body.user.id, thread, body.user.id, value, body);
      if (!reply) return;
      // Where the bot may not post (a channel it is not in), the interaction's own response URL still reaches the user.
      const ids = { channel, action: 'action_ts' in action ? action.action_ts : undefined };
      if (channel) await post(ids, () => client.chat.postMessage({ channel, ...(thread ? { thread_ts: thread } : {}), ...toSlackMessage(reply) }).catch(() => respond({ ...toSlackMessage(reply), replace_original: false })));
      // A button on the App Home tab has no message to answer under: the answer goes to the user's DM with the app.
      else if ('view' in body && body.view?.type === 'home') await post(ids, () => client.chat.postMessage({ channel: body.user.id, ...toSlackMessage(reply) }));
      else await post(ids, () => respond({ ...toSlackMessage(reply), replace_original: false }));
    });

    app.action(FEEDBACK_ACTION, async ({ ack, body, action, respond }) => {
      await ack();
      const answerId = 'value' in action ? action.value : undefined;
      const vote = 'action_id' in action && action.action_id === 'feedback_up' ? 'up' : 'down';
      if (!answerId) return;
      const kept = bot.vote({ answerId, vote, channel: this.name, userId: body.user.id });
      // Only the voter sees the thanks; the answer stays as it was for everyone else.
      await post({ action: 'action_ts' in action ? action.action_ts : undefined }, () => respond({ response_type: 'ephemeral', replace_original: false, text: kept ? FEEDBACK_THANKS : FEEDBACK_EXPIRED }));
    });

    app.error(async (error) => {
      // Bolt reports handler failures here; the bot itself never throws, so this is transport trouble.
      logger.error('slack_error', { adapter: this.name, error: String(error) });
    });

    // The token is checked before the adapter counts as started: a bad one is one clear error, not a
    // rejection Bolt raises later in the background.
    await app.client.auth.test();
    const started = await app.start(this.config.port);
    if (this.config.mode === 'http') this.server = started as Server;
  }

  /** Stops taking events (Slack resends what it cannot deliver); replies in flight still post through the Web API. */
  async stopIntake(): Promise<void> {
    const app = this.app;
    this.app = undefined;
    await app?.stop();
  }

  async stop(): Promise<void> {
    await this.stopIntake();
  }
}
