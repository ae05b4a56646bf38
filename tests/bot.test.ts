import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { TerminalAdapter } from '../adapters/terminal/index.js';
import { APOLOGY, Bot, RATE_LIMITED } from '../src/bot/bot.js';
import { readConfig } from '../src/bot/config.js';
import { jsonLogger } from '../src/bot/logger.js';
import type { IncomingMessage } from '../src/bot/message.js';
import { banner } from '../src/cli/banner.js';
import { Engine } from '../src/engine/engine.js';
import { seed } from './helpers.js';

const engine = new Engine([seed]);
const message = (text: string, overrides: Partial<IncomingMessage> = {}): IncomingMessage => ({ adapter: 'fake', conversationId: 'C1', userId: 'U1', text, addressed: true, ...overrides });

describe('Bot', () => {
  it('keeps follow-up context per conversation and thread', async () => {
    const bot = new Bot(engine);
    await bot.handle(message('三公经费多少', { threadId: 't1' }));
    expect((await bot.handle(message('原因是什么', { threadId: 't1' }))).text).toContain('八项规定');
    expect((await bot.handle(message('原因是什么', { threadId: 't2' }))).answered).toBe(false);
    expect((await bot.handle(message('原因是什么', { conversationId: 'C2', threadId: 't1' }))).answered).toBe(false);
  });

  it('rate-limits each user politely', async () => {
    let now = 0;
    const bot = new Bot(engine, { rateLimit: 2, rateWindowMs: 1000, now: () => now });
    await bot.handle(message('三公'));
    await bot.handle(message('三公'));
    expect((await bot.handle(message('三公'))).text).toBe(RATE_LIMITED);
    expect((await bot.handle(message('三公', { userId: 'U2' }))).answered).toBe(true);
    now = 1500;
    expect((await bot.handle(message('三公'))).answered).toBe(true);
  });

  it('turns an exception into an apology and logs it with the conversation id', async () => {
    const lines: string[] = [];
    const bot = new Bot({ ask: () => { throw new Error('boom'); } }, { logger: jsonLogger((l) => lines.push(l)) });
    expect(await bot.handle(message('三公', { conversationId: 'C42' }))).toEqual({ text: APOLOGY, citations: [], answered: false });
    const logged = JSON.parse(lines[0]);
    expect(logged).toMatchObject({ level: 'error', event: 'handler_failed', adapter: 'fake', conversation: 'C42' });
    expect(logged.error).toContain('boom');
  });

  it('logs which adapter answered and how long it took', async () => {
    const lines: string[] = [];
    await new Bot(engine, { logger: jsonLogger((l) => lines.push(l)) }).handle(message('三公'));
    expect(JSON.parse(lines[0])).toMatchObject({ event: 'answered', adapter: 'fake', intent: 'amount', answered: true, ms: expect.any(Number) });
  });

  it('drains answers in flight', async () => {
    const bot = new Bot(engine);
    const pending = bot.handle(message('三公'));
    await bot.drain();
    expect((await pending).answered).toBe(true);
  });
});

describe('configuration', () => {
  it('starts nothing without variables', () => {
    expect(readConfig({})).toEqual({});
  });
  it('picks Socket Mode when an app token is set, HTTP otherwise', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: 'xoxb', SLACK_APP_TOKEN: 'xapp' }).slack).toEqual({ botToken: 'xoxb', port: 3000, mode: 'socket', appToken: 'xapp' });
    expect(readConfig({ SLACK_BOT_TOKEN: 'xoxb', SLACK_SIGNING_SECRET: 's', PORT: '8080' }).slack).toEqual({ botToken: 'xoxb', port: 8080, mode: 'http', signingSecret: 's' });
  });
  it('configures every complete adapter together', () => {
    const config = readConfig({ SLACK_BOT_TOKEN: 'xoxb', SLACK_APP_TOKEN: 'xapp', DISCORD_TOKEN: 'd', DISCORD_APP_ID: '1' });
    expect(Object.keys(config).sort()).toEqual(['discord', 'slack']);
  });
  it('names what a partial configuration lacks, without echoing secrets', () => {
    expect(() => readConfig({ SLACK_BOT_TOKEN: 'xoxb-secret-value' })).toThrow(/Slack needs SLACK_SIGNING_SECRET .* or SLACK_APP_TOKEN/);
    expect(() => readConfig({ DISCORD_APP_ID: '1' })).toThrow(/Discord needs DISCORD_TOKEN/);
    try {
      readConfig({ SLACK_BOT_TOKEN: 'xoxb-secret-value' });
    } catch (error) {
      expect((error as Error).message).not.toContain('xoxb-secret-value');
    }
    expect(() => readConfig({ PORT: 'http' })).toThrow(/invalid configuration: PORT/);
  });
});

describe('terminal', () => {
  it('prints a banner with what is loaded and the check results', () => {
    const text = banner([seed]);
    expect(text).toContain('高新区行政服务局 2020年预算');
    expect(text).toContain('30 张公开表, 0 个分类科目, 28 张绩效目标表, 25 条采购明细, 7 个名词');
    expect(text).toMatch(/一致性检查 (\d+)\/\1 通过/);
  });

  it('chats with follow-ups until the input closes', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => (printed += String(chunk)));
    const terminal = new TerminalAdapter({ input, output, prompt: '> ' });
    await terminal.start(new Bot(engine));
    input.write('三公经费多少\n和上年比呢\n');
    input.end();
    await terminal.closed;
    expect(printed).toMatch(/三公经费：0 万元[\s\S]*三公经费与上年持平/);
  });
});
