import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { TerminalAdapter } from '../adapters/terminal/index.js';
import { APOLOGY, Bot, RATE_LIMITED } from '../src/bot/bot.js';
import { readConfig } from '../src/bot/config.js';
import { jsonLogger } from '../src/bot/logger.js';
import type { IncomingMessage } from '../src/bot/message.js';
import { banner } from '../src/cli/banner.js';
import { Engine } from '../src/engine/engine.js';
import { ROOT, seed } from './helpers.js';
import { spawn, spawnSync } from 'node:child_process';
import { FakeSlack } from './fakes/slack.js';
import { RateLimiter } from '../src/bot/rateLimiter.js';
import { RecentIds } from '../src/bot/recentIds.js';

const engine = new Engine([seed]);
const message = (text: string, overrides: Partial<IncomingMessage> = {}): IncomingMessage => ({ adapter: 'fake', conversationId: 'C1', userId: 'U1', text, addressed: true, ...overrides });

describe('Bot', () => {
  it('keeps follow-up context per conversation and thread', async () => {
    const bot = new Bot(engine);
    await bot.handle(message('三公经费多少', { threadId: 't1' }));
    expect((await bot.handle(message('原因是什么', { threadId: 't1' })))!.text).toContain('八项规定');
    expect((await bot.handle(message('原因是什么', { threadId: 't2' })))!.answered).toBe(false);
    expect((await bot.handle(message('原因是什么', { conversationId: 'C2', threadId: 't1' })))!.answered).toBe(false);
  });

  it('rate-limits each user politely', async () => {
    let now = 0;
    const bot = new Bot(engine, { rateLimit: 2, rateWindowMs: 1000, now: () => now });
    await bot.handle(message('三公'));
    await bot.handle(message('三公'));
    expect((await bot.handle(message('三公')))!.text).toBe(RATE_LIMITED);
    expect((await bot.handle(message('三公', { userId: 'U2' })))!.answered).toBe(true);
    now = 1500;
    expect((await bot.handle(message('三公')))!.answered).toBe(true);
  });

  it('tells a user who floods once a window, and ignores the rest of the burst', async () => {
    let now = 0;
    const bot = new Bot(engine, { rateLimit: 2, rateWindowMs: 1000, now: () => now });
    const replies = [];
    for (let i = 0; i < 6; i++) replies.push(await bot.handle(message('三公')));
    expect(replies.map((r) => r?.text === RATE_LIMITED ? 'told' : r ? 'answered' : 'nothing')).toEqual(['answered', 'answered', 'told', 'nothing', 'nothing', 'nothing']);
    now = 1500;
    expect((await bot.handle(message('三公')))!.answered).toBe(true);
  });

  it('forgets users whose window has passed and keeps at most its cap of users', () => {
    let now = 0;
    const limiter = new RateLimiter(5, 1000, () => now, 1000);
    for (let i = 0; i < 5000; i++) limiter.allow(`u${i}`);
    expect(limiter.size).toBe(1000);
    now = 2000;
    limiter.allow('late');
    expect(limiter.size).toBe(1);
  });

  it('never lets more than its limit through in any window, as old questions leave it one by one', () => {
    let now = 0;
    const limiter = new RateLimiter(50, 1000, () => now);
    const allowedAt: number[] = [];
    // A question every 7 ms for 20 s: far over the limit, so the window slides through thousands of hits.
    for (let i = 0; i < 3000; i++, now += 7) if (limiter.allow('busy') === 'allowed') allowedAt.push(now);
    for (const [i, t] of allowedAt.entries()) expect(allowedAt.slice(i).filter((u) => u - t < 1000).length).toBeLessThanOrEqual(50);
    // Once a window is full, the next question is let through as soon as the oldest leaves it.
    expect(allowedAt.length).toBeGreaterThanOrEqual(50 * 20);
  });

  it('remembers a retried event id for its TTL, within its cap', () => {
    let now = 0;
    const seen = new RecentIds(1000, 100, () => now);
    expect(seen.firstTime('Ev1')).toBe(true);
    expect(seen.firstTime('Ev1')).toBe(false);
    for (let i = 0; i < 500; i++) seen.firstTime(`Ev-${i}`);
    expect(seen.size).toBe(100);
    now = 5000;
    expect(seen.firstTime('Ev1')).toBe(true);
    expect(seen.size).toBe(1);
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

  it('waits on shutdown for deliveries adapters track, takes no new questions, and counts what a deadline cuts off', async () => {
    const bot = new Bot(engine);
    let delivered = false;
    void bot.track(new Promise<void>((resolve) => setTimeout(() => resolve(void (delivered = true)), 100)));
    expect(await bot.drain(5000)).toBe(0);
    expect(delivered).toBe(true);
    expect(await bot.handle(message('三公'))).toBeUndefined();

    const stuck = new Bot(engine);
    void stuck.track(new Promise(() => {}));
    const started = Date.now();
    expect(await stuck.drain(150)).toBe(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('drains answers in flight', async () => {
    const bot = new Bot(engine);
    const pending = bot.handle(message('三公'));
    await bot.drain();
    expect((await pending)!.answered).toBe(true);
  });
});

describe('start-up errors', () => {
  it('stops with one line and exit 1 when Slack refuses the token', async () => {
    const slack = new FakeSlack();
    await slack.start();
    slack.authError = 'invalid_auth';
    try {
      const run = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts'], { cwd: ROOT, env: { ...process.env, SLACK_BOT_TOKEN: 'xoxb-bad', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: slack.apiUrl, PORT: '0', DISCORD_TOKEN: '', WEB_PORT: '0' } });
      let stderr = '';
      run.stderr.on('data', (chunk) => (stderr += chunk));
      const code = await new Promise((resolve) => run.on('exit', resolve));
      expect(code).toBe(1);
      expect(stderr.trim()).toMatch(/^error: slack could not start: invalid_auth( \(\w+\))?$/);
    } finally {
      await slack.stop();
    }
  }, 30_000);

  it('stops with one line and exit 1 on a --docs path that does not exist', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/start.ts', '--docs', '/no/such/dir'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' } });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('error: no such file or folder: /no/such/dir');
  });

  it('asks nothing of the seeds when a --docs file is missing: the batch names it and exits 2', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', '--jsonl', '--docs', '/no/such/disclosure.txt'], { cwd: ROOT, encoding: 'utf8', input: '三公经费是多少\n' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('/no/such/disclosure.txt');
  });
});

describe('configuration', () => {
  it('reads a variable set to nothing as unset, and takes the API endpoints', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '', PORT: '' })).toEqual({});
    const config = readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'http://127.0.0.1:9/api', DISCORD_TOKEN: 't', DISCORD_APP_ID: '1', DISCORD_API_URL: 'http://127.0.0.1:9/api/' });
    expect(config.slack?.apiUrl).toBe('http://127.0.0.1:9/api/');
    expect(config.discord?.apiUrl).toBe('http://127.0.0.1:9/api');
    expect(() => readConfig({ SLACK_API_URL: 'not a url' })).toThrow(/SLACK_API_URL/);
  });

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
