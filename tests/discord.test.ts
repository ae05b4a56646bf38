import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordAdapter } from '../adapters/discord/index.js';
import { splitText } from '../adapters/discord/format.js';
import { APOLOGY, Bot, SHUTTING_DOWN } from '../src/bot/bot.js';
import { Engine } from '../src/engine/engine.js';
import { APP_ID, BOT_ID, CHANNEL_ID, FakeDiscord, GUILD_ID } from './fakes/discord.js';
import { seed } from './helpers.js';

describe('Discord (real discord.js, fake REST and gateway on loopback)', () => {
  const discord = new FakeDiscord();
  let adapter: DiscordAdapter;
  let failing = false;
  let slow = false;
  const errors: Record<string, unknown>[] = [];
  const logger = { info: () => {}, error: (_event: string, fields: Record<string, unknown> = {}) => void errors.push(fields) };

  beforeAll(async () => {
    await discord.start();
    const engine = new Engine([seed]);
    adapter = new DiscordAdapter({ token: 'fake.token.value', appId: APP_ID, guildId: GUILD_ID }, { api: discord.api, logger, deferAfterMs: 100 });
    const answerer = { ask: (q: string, s?: string) => (failing ? (() => { throw new Error('boom'); })() : engine.ask(q, s)) };
    // A slow answer: the bot's reply is held back past the defer threshold.
    const bot = new Bot(answerer);
    const handle = bot.handle.bind(bot);
    bot.handle = async (message) => {
      const reply = await handle(message);
      if (slow) await new Promise((r) => setTimeout(r, 300));
      return reply;
    };
    await adapter.start(bot);
  });
  afterAll(async () => {
    await adapter.stop();
    await discord.stop();
  });

  it('registers /budget for the guild on start', () => {
    const put = discord.requests.find((r) => r.method === 'PUT');
    expect(put?.path).toBe(`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`);
    expect(JSON.stringify(put?.body)).toContain('"name":"budget"');
  });

  it('answers a mention with an embed whose footer cites the source, pinging nobody', async () => {
    discord.sendMessage(`<@${BOT_ID}> 三公经费多少`, { mentionBot: true });
    await discord.until(() => discord.requests.some((r) => r.path === `/channels/${CHANNEL_ID}/messages`));
    const post = discord.requests.find((r) => r.path === `/channels/${CHANNEL_ID}/messages`);
    expect(post?.body.embeds?.[0].description).toMatch(/^三公经费：0 万元/);
    expect(post?.body.embeds?.[0].footer?.text).toContain('第53行');
    expect(post?.body.allowed_mentions?.parse).toEqual([]);
  });

  it('ignores channel messages that do not mention it', async () => {
    const before = discord.requests.length;
    discord.sendMessage('三公经费多少');
    await new Promise((r) => setTimeout(r, 200));
    expect(discord.requests.length).toBe(before);
  });

  it('answers a DM', async () => {
    discord.sendMessage('机关运行费', { dm: true });
    await discord.until(() => discord.requests.some((r) => r.path === '/channels/100000000000000009/messages'));
    expect(discord.requests.find((r) => r.path === '/channels/100000000000000009/messages')?.body.embeds?.[0].description).toContain('78.66 万元');
  });

  it('answers the /budget slash command through the interaction callback', async () => {
    discord.sendCommand('渣土处置单价', '100000000000000020');
    await discord.until(() => discord.requests.some((r) => r.path.startsWith('/interactions/100000000000000020/')));
    const callback = discord.requests.find((r) => r.path.startsWith('/interactions/100000000000000020/'));
    expect(callback?.path).toBe('/interactions/100000000000000020/interaction-token/callback');
    expect(callback?.body.data?.embeds?.[0].description).toContain('2.985 元/立方米');
    expect(callback?.body.data?.allowed_mentions?.parse).toEqual([]);
  });

  it('survives a reply Discord refuses (403 Missing Permissions), logs it with its ids, and answers the next', async () => {
    discord.failures.push({ status: 403, code: 50013, message: 'Missing Permissions' });
    discord.sendMessage(`<@${BOT_ID}> 三公经费多少`, { mentionBot: true });
    await discord.until(() => errors.length > 0);
    expect(errors[0]).toMatchObject({ adapter: 'discord', channel: CHANNEL_ID, status: 403, code: 50013 });
    const before = discord.requests.length;
    discord.sendMessage(`<@${BOT_ID}> 机关运行费`, { mentionBot: true });
    await discord.until(() => discord.requests.slice(before).some((r) => r.path === `/channels/${CHANNEL_ID}/messages` && r.body.embeds !== undefined));
    expect(discord.requests.slice(before).find((r) => r.body.embeds)?.body.embeds?.[0].description).toContain('78.66 万元');
  });

  it('retries a reply that meets a 500 and delivers it', async () => {
    discord.failures.push({ status: 500, code: 0, message: 'Internal Server Error' });
    const before = discord.requests.length;
    discord.sendMessage(`<@${BOT_ID}> 项目支出多少`, { mentionBot: true });
    await discord.until(() => discord.requests.slice(before).filter((r) => r.path === `/channels/${CHANNEL_ID}/messages`).length >= 2, 8000);
    const posts = discord.requests.slice(before).filter((r) => r.path === `/channels/${CHANNEL_ID}/messages`);
    expect(posts.at(-1)?.body.embeds?.[0].description).toContain('1065.58');
  });

  it('defers a slow answer to a slash command, then edits the deferred reply', async () => {
    slow = true;
    try {
      discord.sendCommand('三公经费', '100000000000000022');
      await discord.until(() => discord.requests.some((r) => r.path.startsWith('/webhooks/') && r.method === 'PATCH'));
      const callback = discord.requests.find((r) => r.path.startsWith('/interactions/100000000000000022/'));
      expect(callback?.body.type).toBe(5);
      expect(discord.requests.find((r) => r.path.startsWith('/webhooks/') && r.method === 'PATCH')?.body.embeds?.[0].description).toMatch(/^三公经费/);
    } finally {
      slow = false;
    }
  });

  it('still replies politely when the answering code throws', async () => {
    failing = true;
    try {
      discord.sendCommand('三公经费', '100000000000000021');
      await discord.until(() => discord.requests.some((r) => r.path.startsWith('/interactions/100000000000000021/')));
      expect(discord.requests.find((r) => r.path.startsWith('/interactions/100000000000000021/'))?.body.data?.embeds?.[0].description).toBe(APOLOGY);
    } finally {
      failing = false;
    }
  });
});

describe('Discord across a shutdown', () => {
  it('delivers the answer in flight, tells a new slash command to ask again, and ignores new mentions', async () => {
    const discord = new FakeDiscord();
    await discord.start();
    const engine = new Engine([seed]);
    const bot = new Bot(engine);
    const handle = bot.handle.bind(bot);
    bot.handle = async (message) => {
      const reply = await handle(message);
      await new Promise((r) => setTimeout(r, 300));
      return reply;
    };
    const adapter = new DiscordAdapter({ token: 'fake.token.value', appId: APP_ID, guildId: GUILD_ID }, { api: discord.api, logger: { info: () => {}, error: () => {} }, deferAfterMs: 2000 });
    try {
      await adapter.start(bot);
      discord.sendCommand('三公经费', '100000000000000030');
      await new Promise((r) => setTimeout(r, 100));
      await adapter.stopIntake();
      discord.sendCommand('机关运行费', '100000000000000031');
      discord.sendMessage(`<@${BOT_ID}> 项目支出多少`, { mentionBot: true });
      expect(await bot.drain(5000)).toBe(0);
      await discord.until(() => discord.requests.some((r) => r.path.startsWith('/interactions/100000000000000031/')));
      const reply = (id: string) => discord.requests.find((r) => r.path.startsWith(`/interactions/${id}/`))?.body.data as { embeds?: { description: string }[]; content?: string } | undefined;
      expect(reply('100000000000000030')?.embeds?.[0].description).toMatch(/^三公经费/);
      expect(reply('100000000000000031')?.content).toBe(SHUTTING_DOWN);
      await new Promise((r) => setTimeout(r, 100));
      expect(discord.requests.some((r) => r.path === `/channels/${CHANNEL_ID}/messages`)).toBe(false);
    } finally {
      await adapter.stop();
      await discord.stop();
    }
  });
});

describe('splitting long replies', () => {
  it('keeps every part within 2,000 characters and loses nothing', () => {
    const text = Array.from({ length: 300 }, (_, i) => `第${i}行：${'预'.repeat(i % 40)}`).join('\n');
    const parts = splitText(text);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((p) => p.length <= 2000)).toBe(true);
    expect(parts.join('\n')).toBe(text);
    expect(splitText('x'.repeat(4500)).map((p) => p.length)).toEqual([2000, 2000, 500]);
  });
});
