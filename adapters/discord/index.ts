/**
 * Discord, with discord.js v14: the /budget slash command (registered on start, per guild when
 * DISCORD_GUILD_ID is set; bare, it shows help), mentions and DMs, with 👍/👎 buttons under every
 * answer and the suggested next questions as buttons that ask them. Intents are the minimal set: Discord sends the
 * content of messages that mention the bot and of DMs without the privileged MessageContent
 * intent. Replies never ping anyone (allowedMentions parse: []).
 */
import { ChannelType, Client, Events, GatewayIntentBits, MessageFlags, Partials, Routes, SlashCommandBuilder, type Message } from 'discord.js';
import type { Adapter } from '../../src/bot/adapter.js';
import { FEEDBACK_EXPIRED, FEEDBACK_THANKS, RATE_LIMITED, SHUTTING_DOWN, type Bot } from '../../src/bot/bot.js';
import type { DiscordConfig } from '../../src/bot/config.js';
import { jsonLogger, type Logger } from '../../src/bot/logger.js';
import { within } from '../../src/bot/within.js';
import type { OutgoingReply } from '../../src/bot/message.js';
import { FEEDBACK_BUTTON, feedbackRow, QUESTION_BUTTON, stripMention, suggestionRow, toEmbeds, type DiscordEmbed } from './format.js';
import { strings } from '../../src/answer/strings/index.js';

export interface DiscordTestHooks {
  /** REST base, e.g. a local fake: `http://127.0.0.1:PORT/api`. Default: DISCORD_API_URL's, else Discord's. */
  api?: string;
  /** Where failures are logged. Default: JSON lines on stderr. */
  logger?: Logger;
  /** An answer slower than this is deferred first (Discord drops an interaction not answered in 3 s). Default: 1 500 ms. */
  deferAfterMs?: number;
}

/** How long an answer may take before an interaction is deferred. */
const DEFER_AFTER_MS = 1500;

/** What a failed Discord call says about itself: its HTTP status and Discord's error code (50013 Missing Permissions…). */
function failure(error: unknown): Record<string, unknown> {
  const e = error as { status?: unknown; code?: unknown; message?: unknown };
  return { status: e.status, code: e.code, error: String(e.message ?? error) };
}

const NO_PINGS = { parse: [] as never[], repliedUser: false };

const BUDGET_COMMAND = new SlashCommandBuilder()
  .setName('budget')
  .setDescription('Ask about the budget disclosure / 询问部门预算')
  // Optional: a bare /budget (or /budget help) shows what the bot can do.
  .addStringOption((option) => option.setName('question').setDescription('例如：三公经费多少；help / 帮助').setRequired(false))
  .toJSON();

/** What a bare /budget asks: the help reply. */
const HELP = strings('zh').help.question;

/** The messages a reply is sent as: its embeds one a message, the 👍/👎 row and the suggested questions under the last. */
function withButtons(reply: OutgoingReply): { embeds: DiscordEmbed[]; components?: ReturnType<typeof feedbackRow> }[] {
  const embeds = toEmbeds(reply);
  const rows = [...feedbackRow(reply), ...suggestionRow(reply)];
  return embeds.map((embed, i) => ({ embeds: [embed], ...(i === embeds.length - 1 && rows.length ? { components: rows } : {}) }));
}

export class DiscordAdapter implements Adapter {
  readonly name = 'discord';
  private client?: Client;
  /** Cleared by stopIntake: Discord does not resend, so what arrives after it is told to ask again. */
  private taking = true;

  constructor(
    private readonly config: DiscordConfig,
    private readonly hooks: DiscordTestHooks = {},
  ) {}

  async start(bot: Bot): Promise<void> {
    const client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
      partials: [Partials.Channel],
      allowedMentions: NO_PINGS,
      // discord.js retries 5xx and network failures and waits out 429s by itself (3 tries by default).
      rest: { ...((this.hooks.api ?? this.config.apiUrl) ? { api: this.hooks.api ?? this.config.apiUrl } : {}) },
      // Past one process: each runs its own range of the gateway's shards (Discord sends a guild's
      // events to shard (guild_id >> 22) % count). Unset, discord.js runs them all, or the range a
      // ShardingManager that spawned this process gave it.
      ...(this.config.shards ? { shards: this.config.shards.ids, shardCount: this.config.shards.count } : {}),
    });
    this.client = client;
    const logger = this.hooks.logger ?? jsonLogger();
    // An error event without a listener would be thrown, taking Slack down with Discord.
    client.on(Events.Error, (error) => logger.error('discord_client_error', { adapter: this.name, ...failure(error) }));

    const ask = (conversationId: string, userId: string, text: string, raw: unknown) =>
      bot.handle({ adapter: this.name, conversationId, userId, text: stripMention(text), addressed: true, raw });

    client.on(Events.MessageCreate, (message: Message) => {
      if (message.author.bot || !client.user || !this.taking) return;
      const isDm = message.channel.type === ChannelType.DM || !message.guildId;
      if (!isDm && !message.mentions.users.has(client.user.id)) return;
      const ids = { adapter: this.name, channel: message.channelId, message: message.id };
      void bot.track((async () => {
        const reply = await ask(message.channelId, message.author.id, message.content, message);
        if (!reply) return;
        const parts = withButtons(reply);
        for (const part of parts) await message.reply({ ...part, allowedMentions: NO_PINGS });
        logger.info('delivered', ids);
      })()).catch((error) => logger.error('discord_reply_failed', { ...ids, ...failure(error) }));
    });

    client.on(Events.InteractionCreate, (interaction) => {
      const feedback = interaction.isButton() ? FEEDBACK_BUTTON.exec(interaction.customId) : null;
      if (interaction.isButton() && feedback) {
        const kept = bot.vote({ answerId: feedback[2], vote: feedback[1] as 'up' | 'down', channel: this.name, userId: interaction.user.id });
        // Only the voter sees the thanks.
        void bot.track(interaction.reply({ content: kept ? FEEDBACK_THANKS : FEEDBACK_EXPIRED, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS }))
          .catch((error) => logger.error('discord_reply_failed', { adapter: this.name, interaction: interaction.id, ...failure(error) }));
        return;
      }
      const suggested = interaction.isButton() ? QUESTION_BUTTON.exec(interaction.customId)?.[1] : undefined;
      const command = interaction.isChatInputCommand() && interaction.commandName === 'budget';
      if (!interaction.isRepliable() || (!command && !suggested)) return;
      const question = suggested ?? ((interaction.isChatInputCommand() && interaction.options.getString('question')?.trim()) || HELP);
      const ids = { adapter: this.name, channel: interaction.channelId, interaction: interaction.id };
      if (!this.taking) {
        // An interaction left unanswered shows the user "did not respond"; a notice is kinder.
        void interaction.reply({ content: SHUTTING_DOWN, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS })
          .catch((error) => logger.error('discord_reply_failed', { ...ids, ...failure(error) }));
        return;
      }
      void bot.track((async () => {
        const answering = ask(interaction.channelId ?? interaction.user.id, interaction.user.id, question, interaction);
        // A slow answer is deferred first, so that Discord keeps the interaction open past its 3 s.
        const quick = await within(answering, this.hooks.deferAfterMs ?? DEFER_AFTER_MS);
        if (!quick.settled) await interaction.deferReply();
        // An interaction must be answered even past the rate limit: the short notice stands in.
        const reply: OutgoingReply = (quick.settled ? quick.value : await answering) ?? { text: RATE_LIMITED, citations: [], answered: false };
        const [first, ...rest] = withButtons(reply);
        if (quick.settled) await interaction.reply({ ...first, allowedMentions: NO_PINGS });
        else await interaction.editReply({ ...first, allowedMentions: NO_PINGS });
        for (const part of rest) await interaction.followUp({ ...part, allowedMentions: NO_PINGS });
        logger.info('delivered', ids);
      })()).catch((error) => logger.error('discord_reply_failed', { ...ids, ...failure(error) }));
    });

    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    await client.login(this.config.token);
    await ready;
    const route = this.config.guildId
      ? Routes.applicationGuildCommands(this.config.appId, this.config.guildId)
      : Routes.applicationCommands(this.config.appId);
    await client.rest.put(route, { body: [BUDGET_COMMAND] });
  }

  /** Stops taking questions; replies in flight still go out over REST until stop(). */
  async stopIntake(): Promise<void> {
    this.taking = false;
  }

  async stop(): Promise<void> {
    this.taking = false;
    await this.client?.destroy();
  }
}
