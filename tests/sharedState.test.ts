/**
 * The shared state against a real Redis: two RedisState instances stand for two replicas. Context,
 * retried events, rate limits and reload announcements are shared; with Redis unreachable or gone,
 * every call falls back to the process's memory and the bot still answers.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { Bot, RATE_LIMITED } from '../src/bot/bot.js';
import { jsonLogger, silentLogger } from '../src/bot/logger.js';
import { Engine } from '../src/engine/engine.js';
import { MemoryState } from '../src/state/memoryState.js';
import { RedisState } from '../src/state/redisState.js';
import { freePort } from './fakes/http.js';
import { seed } from './helpers.js';
import { canStartRedis, startRedisServer, testRedis } from './redis.js';

const redis = await testRedis();
afterAll(() => redis?.stop());

/** A replica's state on its own key prefix per test, so that tests never see each other's keys. */
function replicas(prefix: string, extra: Partial<ConstructorParameters<typeof RedisState>[0]> = {}) {
  const make = () => new RedisState({ url: redis!.url, prefix, logger: silentLogger, limit: 2, windowMs: 60_000, ...extra });
  return [make(), make()] as const;
}

describe.skipIf(!redis)('RedisState (a real redis-server)', () => {
  const opened: RedisState[] = [];
  const connected = async (...states: readonly RedisState[]) => {
    opened.push(...states);
    await Promise.all(states.map((s) => s.connect()));
    return states;
  };
  afterAll(() => Promise.all(opened.map((s) => s.close())));

  it('shares a conversation context, which expires with its TTL', async () => {
    const [a, b] = await connected(...replicas(`t-${randomUUID()}:`));
    expect(await b.readContext('slack:C1:t1')).toBeNull();
    await a.writeContext('slack:C1:t1', { concept: 'sangong.total', aspects: ['reason'], doc: 'seed' }, 300);
    expect(await b.readContext('slack:C1:t1')).toEqual({ concept: 'sangong.total', aspects: ['reason'], doc: 'seed' });
    await new Promise((r) => setTimeout(r, 400));
    expect(await b.readContext('slack:C1:t1')).toBeNull();
  });

  it('takes an event id once, whichever replica sees it first', async () => {
    const [a, b] = await connected(...replicas(`t-${randomUUID()}:`));
    expect(await a.firstTime('Ev1')).toBe(true);
    expect(await b.firstTime('Ev1')).toBe(false);
    expect(await a.firstTime('Ev1')).toBe(false);
    expect(await b.firstTime('Ev2')).toBe(true);
  });

  it('counts a user’s questions across replicas: told once, then ignored', async () => {
    const [a, b] = await connected(...replicas(`t-${randomUUID()}:`));
    const verdicts = [await a.allow('slack:U1'), await b.allow('slack:U1'), await a.allow('slack:U1'), await b.allow('slack:U1')];
    expect(verdicts).toEqual(['allowed', 'allowed', 'refused', 'ignored']);
    expect(await b.allow('slack:U2')).toBe('allowed');
  });

  it('announces a reload to the other replicas with the next generation, not to itself', async () => {
    const [a, b] = await connected(...replicas(`t-${randomUUID()}:`));
    const heard: string[] = [];
    a.onReload((g) => heard.push(`a${g}`));
    const bHeard = new Promise<number>((resolve) => b.onReload(resolve));
    await a.announceReload();
    expect(await bHeard).toBe(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(heard).toEqual([]);
  });

  it('still announces reloads after Redis lost its data and counts generations from 1 again', async () => {
    const prefix = `t-${randomUUID()}:`;
    const [a, b] = await connected(...replicas(prefix));
    const heard: number[] = [];
    a.onReload((g) => heard.push(g));
    await b.announceReload();
    await b.announceReload();
    await expect.poll(() => heard).toEqual([1, 2]);
    const raw = new Redis(redis!.url);
    await raw.del(`${prefix}generation`);
    raw.disconnect();
    await b.announceReload();
    await expect.poll(() => heard).toEqual([1, 2, 1]);
  });

  it('answers through a Bot whose follow-up context lives in Redis', async () => {
    const [a, b] = await connected(...replicas(`t-${randomUUID()}:`, { limit: 20 }));
    // Two bots, two engines: nothing shared in memory, only in Redis.
    const [engineA, engineB] = [new Engine([seed]), new Engine([seed])];
    const botA = new Bot(engineA, { state: a, sessions: engineA.sessions });
    const botB = new Bot(engineB, { state: b, sessions: engineB.sessions });
    const message = (text: string) => ({ adapter: 'fake', conversationId: 'C1', threadId: 't1', userId: 'U1', text, addressed: true });
    await botA.handle(message('三公经费多少'));
    expect((await botB.handle(message('原因是什么')))!.text).toContain('八项规定');
  });
});

describe('RedisState when Redis cannot be reached', () => {
  it('logs the outage once and falls back to the process’s memory for every call', async () => {
    const lines: string[] = [];
    const state = new RedisState({ url: `redis://127.0.0.1:${await freePort()}`, logger: jsonLogger((l) => lines.push(l)), limit: 1, windowMs: 60_000, commandTimeoutMs: 200 });
    await state.connect(300);
    expect(await state.readContext('s')).toBeUndefined();
    expect(await state.firstTime('Ev1')).toBe(true);
    expect(await state.firstTime('Ev1')).toBe(false);
    expect([await state.allow('U1'), await state.allow('U1')]).toEqual(['allowed', 'refused']);
    await state.writeContext('s', { aspects: [] }, 1000);
    await state.announceReload();
    expect(lines.filter((l) => l.includes('redis_failed'))).toHaveLength(1);
    await state.close();
  });

  it('a Bot on it still answers, with the engine’s own follow-up context', async () => {
    const state = new RedisState({ url: `redis://127.0.0.1:${await freePort()}`, logger: silentLogger, limit: 20, windowMs: 60_000, commandTimeoutMs: 200 });
    await state.connect(300);
    const engine = new Engine([seed]);
    const bot = new Bot(engine, { state, sessions: engine.sessions });
    const message = (text: string) => ({ adapter: 'fake', conversationId: 'C1', userId: 'U1', text, addressed: true });
    expect((await bot.handle(message('三公经费多少')))!.answered).toBe(true);
    expect((await bot.handle(message('原因是什么')))!.text).toContain('八项规定');
    await state.close();
  });

  it.skipIf(!canStartRedis())('recovers when Redis comes back: ids shared again, reloads announced again', async () => {
    const server = await startRedisServer();
    const port = Number(new URL(server.url).port);
    const lines: string[] = [];
    const logger = jsonLogger((l) => lines.push(l));
    const [a, b] = [new RedisState({ url: server.url, logger, limit: 20, windowMs: 60_000 }), new RedisState({ url: server.url, logger: silentLogger, limit: 20, windowMs: 60_000 })];
    await Promise.all([a.connect(), b.connect()]);
    await server.stop();
    expect(await a.firstTime('Ev-down')).toBe(true);
    expect(lines.some((l) => l.includes('redis_failed'))).toBe(true);
    const again = await startRedisServer(port);
    try {
      // Both back on Redis: an id one takes, the other sees taken.
      await expect.poll(async () => {
        const id = `probe-${randomUUID()}`;
        return (await b.firstTime(id)) && !(await a.firstTime(id));
      }, { timeout: 15_000, interval: 200 }).toBe(true);
      const caughtUp = new Promise<number>((resolve) => a.onReload(resolve));
      await b.announceReload();
      expect(await caughtUp).toBe(1);
      expect(await a.firstTime('Ev-up')).toBe(true);
      expect(await b.firstTime('Ev-up')).toBe(false);
      expect(lines.some((l) => l.includes('redis_recovered'))).toBe(true);
    } finally {
      await Promise.all([a.close(), b.close()]);
      await again.stop();
    }
  }, 30_000);
});

describe('MemoryState', () => {
  it('is the default: a Bot without a shared state rate-limits in memory', async () => {
    const bot = new Bot(new Engine([seed]), { state: new MemoryState({ limit: 1, windowMs: 60_000 }) });
    const message = { adapter: 'fake', conversationId: 'C1', userId: 'U1', text: '三公', addressed: true };
    expect((await bot.handle(message))!.answered).toBe(true);
    expect((await bot.handle(message))!.text).toBe(RATE_LIMITED);
  });
});
