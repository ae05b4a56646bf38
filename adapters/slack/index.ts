/**
 * Slack, with @slack/bolt: app mentions (answered in the thread), direct messages and the
 * /budget slash command. HTTP Events API with Bolt's signature checks, or Socket Mode when an
 * app token is configured. Its own and other bots' messages are ignored.
 */
import { App, HTTPReceiver, LogLevel, SocketModeReceiver } from '@slack/bolt';
import type { Server } from 'node:http';
import type { Adapter } from '../../src/bot/adapter.js';
import type { Bot } from '../../src/bot/bot.js';
import type { SlackConfig } from '../../src/bot/config.js';
import { CLARIFY_ACTION, stripMention, toSlackMessage } from './format.js';

export interface SlackTestHooks {
  /** Web API base, e.g. a local fake: `http://127.0.0.1:PORT/api/`. Default: Slack's. */
  slackApiUrl?: string;
  /** Known bot ids skip the auth.test call Bolt otherwise makes at construction. */
  botId?: string;
  botUserId?: string;
}

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
    const clientOptions = {
      ...(this.hooks.slackApiUrl ? { slackApiUrl: this.hooks.slackApiUrl } : {}),
      retryConfig: { retries: 0 },
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
      ...(this.hooks.botId ? { botId: this.hooks.botId } : {}),
      ...(this.hooks.botUserId ? { botUserId: this.hooks.botUserId } : {}),
    });
    this.app = app;

    const ask = (conversationId: string, threadId: string | undefined, userId: string, text: string, raw: unknown) =>
      bot.handle({ adapter: this.name, conversationId, threadId, userId, text: stripMention(text), addressed: true, raw });

    app.event('app_mention', async ({ event, client }) => {
      if (event.bot_id) return;
      const thread = event.thread_ts ?? event.ts;
      const reply = await ask(event.channel, thread, event.user ?? 'unknown', event.text, event);
      await client.chat.postMessage({ channel: event.channel, thread_ts: thread, ...toSlackMessage(reply) });
    });

    app.message(async ({ message, client }) => {
      if (message.channel_type !== 'im' || message.subtype !== undefined || !('text' in message) || !message.text) return;
      if ('bot_id' in message && message.bot_id) return;
      const thread = 'thread_ts' in message ? message.thread_ts : undefined;
      const reply = await ask(message.channel, thread, message.user, message.text, message);
      await client.chat.postMessage({ channel: message.channel, ...(thread ? { thread_ts: thread } : {}), ...toSlackMessage(reply) });
    });

    app.command('/budget', async ({ command, ack }) => {
      // The answer takes milliseconds, so it goes in the acknowledgement itself, well inside Slack's 3 s.
      const reply = await ask(command.channel_id, undefined, command.user_id, command.text, command);
      await ack({ response_type: 'in_channel', ...toSlackMessage(reply) });
    });

    app.action(CLARIFY_ACTION, async ({ ack, body, action, client }) => {
      await ack();
      const value = 'value' in action ? action.value : undefined;
      const channel = 'channel' in body ? body.channel?.id : undefined;
      if (!value || !channel) return;
      const reply = await ask(channel, undefined, body.user.id, value, body);
      await client.chat.postMessage({ channel, ...toSlackMessage(reply) });
    });

    app.error(async (error) => {
      // Bolt reports handler failures here; the bot itself never throws, so this is transport trouble.
      process.stderr.write(`${JSON.stringify({ level: 'error', event: 'slack_error', adapter: 'slack', error: String(error) })}\n`);
    });

    const started = await app.start(this.config.port);
    if (this.config.mode === 'http') this.server = started as Server;
  }

  async stop(): Promise<void> {
    await this.app?.stop();
  }
}
