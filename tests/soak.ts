/**
 * `npm run soak`: the real `npm start` process, run for a while against the loopback fakes of Slack
 * and Discord as an operator would see it in production, then stopped with SIGTERM. It measures what
 * issue 10's "done when" asks for and exits 1 when a target is missed:
 *
 * - process exits before the SIGTERM (target 0), with Slack 429s and 500s and Discord 403s and 500s
 *   injected into the replies;
 * - doubled answers to Slack events delivered up to three times with X-Slack-Retry-Num (target 0);
 * - answers that lost the figure while the watched disclosure was rewritten slowly, cut short and
 *   replaced by a binary file, then restored (target 0 served from a partial file);
 * - answers delivered across a SIGTERM with 300 in flight at 300 ms API latency (target ≥ 299);
 * - the bot's resident memory, sampled every second.
 *
 * SOAK_SECONDS sets the length of the first phase (default 60).
 */
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_ID, BOT_ID, FakeDiscord, GUILD_ID, user } from './fakes/discord.js';
import { FakeSlack } from './fakes/slack.js';
import { freePort } from './fakes/http.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SEED = join(ROOT, 'seeds', '2020_gaoxinqu_xingzhengfuwuju_yusuan.txt');
const SECONDS = Number(process.env.SOAK_SECONDS) || 60;
const SECRET = 'soak-secret';
const IN_FLIGHT = 300;
/** The question asked throughout, and the figure its every answer must carry. */
const QUESTION = '机关运行费多少';
const FIGURE = '78.66';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function slackEvent(n: number, retry: number): RequestInit {
  const body = JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: `EvSoak${n}`, event_time: 1, event: { type: 'app_mention', user: `U${n}`, text: `<@UBOT> ${QUESTION}`, ts: `${n}.1`, channel: 'CSOAK', event_ts: `${n}.1` } });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
  if (retry) Object.assign(headers, { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' });
  return { method: 'POST', body, headers };
}

/** Rewrites the watched disclosure in the ways a careless upload does, one after another, for ever. */
async function churn(file: string, full: string, running: () => boolean): Promise<number> {
  let rounds = 0;
  while (running()) {
    // Written slowly, in ten pieces over two seconds, stalling after the first past the watcher's 500 ms wait.
    writeFileSync(file, '');
    for (let piece = 1; piece <= 10 && running(); piece++) {
      writeFileSync(file, full.slice(0, Math.floor((full.length * piece) / 10)));
      await sleep(piece === 1 ? 1500 : 200);
    }
    await sleep(1500);
    // Cut short before the figure asked about (line 49 of 400-odd).
    writeFileSync(file, full.slice(0, Math.floor(full.length / 20)));
    await sleep(2500);
    writeFileSync(file, Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 31) % 256)));
    await sleep(2500);
    writeFileSync(file, full);
    await sleep(2500);
    rounds++;
  }
  return rounds;
}

async function main(): Promise<void> {
  const docs = mkdtempSync(join(tmpdir(), 'budget-bot-soak-'));
  const file = join(docs, 'seed.txt');
  copyFileSync(SEED, file);
  const full = readFileSync(SEED, 'utf8');
  const slack = new FakeSlack();
  const discord = new FakeDiscord();
  await Promise.all([slack.start(), discord.start()]);
  const port = await freePort();
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      BUDGET_BOT_DOCS: docs,
      SLACK_BOT_TOKEN: 'xoxb-soak', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port),
      DISCORD_TOKEN: 'fake.token.value', DISCORD_APP_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: discord.api, WEB_PORT: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr.on('data', (chunk) => (log = (log + chunk).slice(-2_000_000)));
  let exitedEarly: string | undefined;
  let signalled = false;
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => {
    if (!signalled) exitedEarly = `code ${code} signal ${signal}`;
    resolve(code);
  }));
  let peakRssMb = 0;
  const sampler = setInterval(() => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
      peakRssMb = Math.max(peakRssMb, kb / 1024);
    } catch { /* gone, or not Linux */ }
  }, 1000);

  try {
    // Slack and Discord; the desk starts too.
    await slack.until(() => ['slack', 'discord'].every((name) => log.includes(`"event":"adapter_started","adapter":"${name}"`)), 60_000);
    process.stderr.write(`soak: bot up (pid ${child.pid}); ${SECONDS} s of questions, injected failures and file churn\n`);

    // Phase 1: questions on both platforms, failures injected, the document churned.
    const end = Date.now() + SECONDS * 1000;
    const running = () => Date.now() < end && !exitedEarly;
    const churning = churn(file, full, running);
    let slackEvents = 0;
    let deliveries = 0;
    let discordMessages = 0;
    let discordRefused = 0;
    const progress = setInterval(() => process.stderr.write(`soak: ${slackEvents} Slack events, ${discordMessages} Discord messages, ${slack.posted.length} Slack replies\n`), 10_000);
    const sends: Promise<unknown>[] = [];
    for (let n = 0; running(); n++) {
      const copies = 1 + (n % 3);
      slackEvents++;
      for (let retry = 0; retry < copies; retry++) {
        deliveries++;
        sends.push(fetch(`http://127.0.0.1:${port}/slack/events`, slackEvent(n, retry)).catch(() => undefined));
      }
      if (n % 10 === 3) slack.failures.push(n % 20 === 3 ? { status: 429, retryAfter: 1 } : { status: 500 });
      if (n % 5 === 0) {
        // A 403 is final (the reply is lost, and logged); a 500 is retried by discord.js.
        if (n % 50 === 0) {
          discord.failures.push({ status: 403, code: 50013, message: 'Missing Permissions' });
          discordRefused++;
        } else if (n % 25 === 0) discord.failures.push({ status: 500, code: 0, message: 'Internal Server Error' });
        discordMessages++;
        discord.sendMessage(`<@${BOT_ID}> ${QUESTION}`, { mentionBot: true, id: String(200000000000000000n + BigInt(n)), author: user(String(300000000000000000n + BigInt(n))) });
      }
      await sleep(25);
    }
    clearInterval(progress);
    const rounds = await churning;
    await Promise.all(sends);
    await sleep(4000);

    const perEvent = new Map<string, number>();
    for (const post of slack.posted) if (post.channel === 'CSOAK') perEvent.set(post.thread_ts ?? '', (perEvent.get(post.thread_ts ?? '') ?? 0) + 1);
    const doubled = [...perEvent.values()].filter((count) => count > 1).length;
    const slackWrong = slack.posted.filter((p) => p.channel === 'CSOAK' && !p.text.includes(FIGURE)).length;
    const discordReplies = discord.requests.filter((r) => /^\/channels\/\d+\/messages$/.test(r.path) && r.method === 'POST' && r.body.embeds && !r.failedWith);
    const discordWrong = discordReplies.filter((r) => !r.body.embeds?.[0]?.description.includes(FIGURE)).length;
    const discordDelivered = new Set(discordReplies.map((r) => (r.body as { message_reference?: { message_id?: string } }).message_reference?.message_id)).size;

    // Phase 2: SIGTERM with 300 answers in flight at 300 ms API latency.
    slack.latencyMs = 300;
    const before = slack.posted.length;
    const acks = await Promise.all(Array.from({ length: IN_FLIGHT }, (_, i) => fetch(`http://127.0.0.1:${port}/slack/events`, slackEvent(1_000_000 + i, 0)).then((r) => r.status, () => 0)));
    signalled = true;
    child.kill('SIGTERM');
    const code = await exited;
    const acrossSigterm = slack.posted.slice(before).filter((p) => p.channel === 'CSOAK').length;

    const results = {
      seconds: SECONDS,
      slack: { events: slackEvents, deliveriesWithRetries: deliveries, answered: perEvent.size, doubled, wrongFigure: slackWrong, failuresInjected: slack.postAttempts - slack.posted.length },
      discord: { messages: discordMessages, delivered: discordDelivered, refusedBy403: discordRefused, wrongFigure: discordWrong },
      fileChurn: { rounds, reloads: (log.match(/"event":"reloaded"/g) ?? []).length },
      exitsBeforeSigterm: exitedEarly ? 1 : 0,
      sigterm: { acked: acks.filter((s) => s === 200).length, delivered: acrossSigterm, exitCode: code },
      peakRssMb: Math.round(peakRssMb),
    };
    const checks: [string, boolean][] = [
      ['0 process exits before SIGTERM', !exitedEarly],
      ['0 doubled answers on retried events', doubled === 0],
      ['every Slack event answered', perEvent.size === slackEvents],
      ['every Discord message answered but those refused with 403', discordDelivered >= discordMessages - discordRefused],
      ['0 answers without the figure (none from a partial file)', slackWrong + discordWrong === 0],
      [`≥ ${IN_FLIGHT - 1} of ${IN_FLIGHT} delivered across SIGTERM, exit 0`, acrossSigterm >= IN_FLIGHT - 1 && code === 0],
    ];
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    for (const [check, ok] of checks) process.stdout.write(`${ok ? 'pass' : 'FAIL'}  ${check}\n`);
    if (exitedEarly) process.stdout.write(`the bot exited early (${exitedEarly}); its last log lines:\n${log.split('\n').slice(-20).join('\n')}\n`);
    process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
  } finally {
    clearInterval(sampler);
    child.kill('SIGKILL');
    await Promise.all([slack.stop(), discord.stop()]);
    rmSync(docs, { recursive: true, force: true });
  }
}

await main();
