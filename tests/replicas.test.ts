/**
 * Two replicas of the real `npm start` in Slack HTTP mode, sharing state in a real Redis, behind
 * a loopback round-robin balancer: a follow-up whose turns alternate replicas keeps its subject,
 * an event Slack retries to the other replica is answered once, and an admin's reload on one
 * replica is served by both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './fakes/http.js';
import { RoundRobin } from './fakes/roundRobin.js';
import { FakeSlack } from './fakes/slack.js';
import { ROOT, SEED_PATH, SHARED_DOCS, tempDir } from './helpers.js';
import { testRedis } from './redis.js';

const SECRET = 'replica-secret';
const redis = await testRedis();

interface Replica {
  child: ChildProcess;
  log: string;
}

describe.skipIf(!redis)('two npm start replicas sharing Redis behind a round-robin balancer', () => {
  const slack = new FakeSlack();
  const replicas: Replica[] = [];
  const docs = tempDir('budget-bot-replica-docs-');
  let balancer: RoundRobin;
  let sent = 0;

  /** Posts a signed app_mention through the balancer; returns the HTTP status. */
  async function mention(text: string, options: { thread: string; user?: string; eventId?: string; retry?: number }): Promise<number> {
    sent++;
    const body = JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: options.eventId ?? `Ev${randomUUID()}`, event_time: 1, event: { type: 'app_mention', user: options.user ?? 'U1', text: `<@UBOT> ${text}`, ts: `${options.thread.split('.')[0]}.${sent + 100}`, thread_ts: options.thread, channel: 'C1', event_ts: `${sent}.1` } });
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
    const retry: Record<string, string> = options.retry ? { 'x-slack-retry-num': String(options.retry), 'x-slack-retry-reason': 'http_timeout' } : {};
    const reply = await fetch(`${balancer.url}/slack/events`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature, ...retry } });
    return reply.status;
  }

  const repliesIn = (thread: string) => slack.posted.filter((p) => p.thread_ts === thread);
  /** Asks in a thread and waits for the answer posted there. */
  async function ask(text: string, thread: string, user?: string): Promise<string> {
    const before = repliesIn(thread).length;
    expect(await mention(text, { thread, ...(user ? { user } : {}) })).toBe(200);
    await slack.until(() => repliesIn(thread).length > before, 20_000);
    return repliesIn(thread)[before].text;
  }

  beforeAll(async () => {
    copyFileSync(join(SHARED_DOCS, '06_jiangsu_renda_changweihui_bangongting_2018_yusuan.txt'), join(docs, '06.txt'));
    await slack.start();
    const ports = [await freePort(), await freePort()];
    const prefix = `replicas-${randomUUID()}:`;
    const dataDir = tempDir('budget-bot-replica-data-');
    for (const port of ports) {
      const child = spawn('npm', ['start', '--', '--docs', docs], {
        cwd: ROOT,
        env: { ...process.env, SLACK_BOT_TOKEN: 'xoxb-replica', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port), WEB_PORT: '0', DISCORD_TOKEN: '', REDIS_URL: redis!.url, REDIS_KEY_PREFIX: prefix, DATA_DIR: dataDir, BUDGET_BOT_ADMINS: 'slack:UADMIN' },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const replica: Replica = { child, log: '' };
      child.stderr?.on('data', (chunk) => (replica.log += chunk));
      replicas.push(replica);
    }
    // Two cold starts on a loaded 2-core machine (the parallel suites just ran) may take a while; a replica that
    // never starts says why in its own log, which the failure shows.
    await slack.until(() => replicas.every((r) => r.log.includes('adapter_started')) || replicas.some((r) => r.child.exitCode !== null), 150_000).catch((error: Error) => {
      throw new Error(`${error.message}; replica logs:\n${replicas.map((r) => r.log.slice(-2000)).join('\n---\n')}`);
    });
    expect(replicas.map((r) => r.child.exitCode), replicas.map((r) => r.log.slice(-2000)).join('\n---\n')).toEqual([null, null]);
    expect(replicas.every((r) => r.log.includes('redis_connected'))).toBe(true);
    balancer = new RoundRobin(ports.map((port) => `http://127.0.0.1:${port}`));
    await balancer.start();
  }, 180_000);

  afterAll(async () => {
    for (const { child } of replicas) child.kill('SIGKILL');
    await balancer?.stop();
    await slack.stop();
    await redis?.stop();
  });

  it('answers a three-turn follow-up whose turns alternate replicas', async () => {
    const first = balancer.served.length;
    expect(await ask('其他人大事务支出今年安排了多少', '500.1')).toContain('580 万元');
    // Asked alone, this would be about the whole budget (2248.37): only the shared subject makes it 480.
    expect(await ask('比上年多了多少？', '500.1')).toContain('增加 480 万元');
    expect(await ask('为啥增加这么多', '500.1')).toContain('280万元');
    expect(balancer.served.slice(first)).toEqual([first % 2, (first + 1) % 2, first % 2]);
  }, 60_000);

  it('answers once an event that Slack retries to the other replica', async () => {
    const first = balancer.served.length;
    expect(await mention('三公经费多少', { thread: '600.1', eventId: 'EvRetried' })).toBe(200);
    expect(await mention('三公经费多少', { thread: '600.1', eventId: 'EvRetried', retry: 1 })).toBe(200);
    expect(new Set(balancer.served.slice(first)).size).toBe(2);
    await slack.until(() => repliesIn('600.1').length > 0, 20_000);
    await expect.poll(() => replicas.some((r) => r.log.includes('"event":"duplicate_dropped"')), { timeout: 10_000 }).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    expect(repliesIn('600.1')).toHaveLength(1);
  }, 60_000);

  it('serves a reload made on one replica from both', async () => {
    copyFileSync(SEED_PATH, join(docs, 'seed.txt'));
    expect(await ask('reload', '700.1', 'UADMIN')).toContain('已重新加载');
    // The replica that did not take the command reloads on the announcement, not only on its watcher.
    await expect.poll(() => replicas.some((r) => /"event":"reloaded","source":"peer","generation":\d+,"replaced":true/.test(r.log)), { timeout: 20_000 }).toBe(true);
    const first = balancer.served.length;
    const answers = [await ask('高新区行政服务局的三公经费是多少', '701.1'), await ask('高新区行政服务局的三公经费是多少', '702.1')];
    expect(new Set(balancer.served.slice(first)).size).toBe(2);
    for (const answer of answers) expect(answer).toContain('八项规定');
  }, 60_000);
});
