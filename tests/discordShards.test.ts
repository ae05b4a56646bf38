/**
 * Discord past one process: two adapters stand for two bot processes, each running one of two
 * gateway shards (DISCORD_SHARDS=0 / 1, DISCORD_SHARD_COUNT=2) against the fake gateway. Each
 * guild's messages reach the process that runs its shard, and are answered there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordAdapter } from '../adapters/discord/index.js';
import { Bot } from '../src/bot/bot.js';
import { readConfig } from '../src/bot/config.js';
import type { IncomingMessage } from '../src/bot/message.js';
import { Engine } from '../src/engine/engine.js';
import { APP_ID, BOT_ID, CHANNEL_ID, FakeDiscord, GUILD_ID, SECOND_CHANNEL_ID, SECOND_GUILD_ID } from './fakes/discord.js';
import { seed } from './helpers.js';

describe('Discord sharding: two processes, one shard each, against the fake gateway', () => {
  const discord = new FakeDiscord();
  const adapters: DiscordAdapter[] = [];
  /** The guilds each process (shard) was asked from. */
  const askedOf: string[][] = [[], []];

  beforeAll(async () => {
    discord.guilds.push(SECOND_GUILD_ID);
    await discord.start();
    const engine = new Engine([seed]);
    for (const shard of [0, 1]) {
      const config = readConfig({ DISCORD_TOKEN: 'fake.token.value', DISCORD_APP_ID: APP_ID, DISCORD_SHARDS: String(shard), DISCORD_SHARD_COUNT: '2' }).discord!;
      const bot = new Bot(engine);
      const handle = bot.handle.bind(bot);
      bot.handle = (message: IncomingMessage) => {
        askedOf[shard].push(message.conversationId);
        return handle(message);
      };
      const adapter = new DiscordAdapter(config, { api: discord.api, logger: { info: () => {}, error: () => {} } });
      await adapter.start(bot);
      adapters.push(adapter);
    }
  }, 30_000);
  afterAll(async () => {
    await Promise.all(adapters.map((a) => a.stop()));
    await discord.stop();
  });

  it('reads the shard range from DISCORD_SHARDS and DISCORD_SHARD_COUNT', () => {
    expect(readConfig({ DISCORD_TOKEN: 't', DISCORD_APP_ID: 'a', DISCORD_SHARDS: '0,2-3', DISCORD_SHARD_COUNT: '4' }).discord?.shards).toEqual({ ids: [0, 2, 3], count: 4 });
    expect(() => readConfig({ DISCORD_TOKEN: 't', DISCORD_APP_ID: 'a', DISCORD_SHARDS: '2' })).toThrow(/DISCORD_SHARD_COUNT/);
  });

  it('connects both shards, one per process', () => {
    expect(discord.connectedShards).toEqual([0, 1]);
  });

  it('answers each guild from the process running its shard', async () => {
    discord.sendMessage(`<@${BOT_ID}> 三公经费多少`, { mentionBot: true, guildId: GUILD_ID });
    discord.sendMessage(`<@${BOT_ID}> 机关运行经费多少`, { mentionBot: true, guildId: SECOND_GUILD_ID, id: '900000000000000001' });
    const posted = (channel: string) => discord.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channel}/messages`);
    await discord.until(() => posted(CHANNEL_ID).length > 0 && posted(SECOND_CHANNEL_ID).length > 0, 10_000);
    expect(posted(CHANNEL_ID)[0].body.embeds?.[0].description).toMatch(/^三公经费：0 万元/);
    expect(posted(SECOND_CHANNEL_ID)[0].body.embeds?.[0].description).toContain('机关运行经费');
    expect(askedOf).toEqual([[CHANNEL_ID], [SECOND_CHANNEL_ID]]);
  });
});
