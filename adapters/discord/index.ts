/**
 * Discord, with discord.js v14: the /budget slash command (registered on start, per guild when
 * DISCORD_GUILD_ID is set), mentions and DMs. Intents are the minimal set: Discord sends the
 * content of messages that mention the bot and of DMs without the privileged MessageContent
 * intent. Replies never ping anyone (allowedMentions parse: []).
 */
import { ChannelType, Client, Events, GatewayIntentBits, Partials, Routes, SlashCommandBuilder, type Message } from 'discord.js';
import type { Adapter } from '../../src/bot/adapter.js';
import type { Bot } from '../../src/bot/bot.js';
import type { DiscordConfig } from '../../src/bot/config.js';
import { stripMention, toEmbeds } from './format.js';

export interface DiscordTestHooks {
  /** REST base, e.g. a local fake: `http://127.0.0.1:PORT/api`. Default: Discord's. */
  api?: string;
}

const NO_PINGS = { parse: [] as never[], repliedUser: false };

const BUDGET_COMMAND = new SlashCommandBuilder()
  .setName('budget')
  .setDescription('Ask about the budget disclosure / 询问部门预算')
  .addStringOption((option) => option.setName('question').setDescription('例如：三公经费多少').setRequired(true))
  .toJSON();

export class DiscordAdapter implements Adapter {
  readonly name = 'discord';
  private client?: Client;

  constructor(
    private readonly config: DiscordConfig,
    private readonly hooks: DiscordTestHooks = {},
  ) {}

  async start(bot: Bot): Promise<void> {
    const client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
      partials: [Partials.Channel],
      allowedMentions: NO_PINGS,
      rest: { ...(this.hooks.api ? { api: this.hooks.api } : {}), retries: 0 },
    });
    this.client = client;

    const ask = (conversationId: string, userId: string, text: string, raw: unknown) =>
      bot.handle({ adapter: this.name, conversationId, userId, text: stripMention(text), addressed: true, raw });

    client.on(Events.MessageCreate, async (message: Message) => {
      if (message.author.bot || !client.user) return;
      const isDm = message.channel.type === ChannelType.DM || !message.guildId;
      if (!isDm && !message.mentions.users.has(client.user.id)) return;
      const reply = await ask(message.channelId, message.author.id, message.content, message);
      const [first, ...rest] = toEmbeds(reply);
      await message.reply({ embeds: [first], allowedMentions: NO_PINGS });
      for (const embed of rest) await message.reply({ embeds: [embed], allowedMentions: NO_PINGS });
    });

    client.on(Events.InteractionCreate, async (interaction) => {
      if (!interaction.isChatInputCommand() || interaction.commandName !== 'budget') return;
      const reply = await ask(interaction.channelId, interaction.user.id, interaction.options.getString('question', true), interaction);
      const [first, ...rest] = toEmbeds(reply);
      await interaction.reply({ embeds: [first], allowedMentions: NO_PINGS });
      for (const embed of rest) await interaction.followUp({ embeds: [embed], allowedMentions: NO_PINGS });
    });

    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    await client.login(this.config.token);
    await ready;
    const route = this.config.guildId
      ? Routes.applicationGuildCommands(this.config.appId, this.config.guildId)
      : Routes.applicationCommands(this.config.appId);
    await client.rest.put(route, { body: [BUDGET_COMMAND] });
  }

  async stop(): Promise<void> {
    await this.client?.destroy();
  }
}
