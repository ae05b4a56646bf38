/**
 * SIGTERM sent to the real `npm start` process, as a service manager or `docker stop` sends it,
 * with answers in flight to a Slack whose API takes 300 ms: every answer already taken is
 * delivered before the process exits 0.
 */
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FakeSlack } from './fakes/slack.js';
import { freePort } from './fakes/http.js';
import { ROOT } from './helpers.js';

const SECRET = 'shutdown-secret';
const IN_FLIGHT = 300;

function mention(i: number): RequestInit {
  const body = JSON.stringify({ type: 'event_callback', team_id: 'T1', api_app_id: 'A1', event_id: `EvStop${i}`, event_time: 1, event: { type: 'app_mention', user: `U${i}`, text: '<@UBOT> 三公经费多少', ts: `${i}.1`, channel: 'C1', event_ts: `${i}.1` } });
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature } };
}

describe('graceful shutdown of npm start', () => {
  it(`delivers all ${IN_FLIGHT} answers in flight across a SIGTERM and exits 0`, async () => {
    const slack = new FakeSlack();
    await slack.start();
    slack.latencyMs = 300;
    const port = await freePort();
    const child = spawn('npm', ['start'], {
      cwd: ROOT,
      env: { ...process.env, SLACK_BOT_TOKEN: 'xoxb-stop', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port), DISCORD_TOKEN: '', WEB_PORT: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr.on('data', (chunk) => (log += chunk));
    try {
      await slack.until(() => log.includes('"event":"adapter_started","adapter":"slack"'), 30_000);
      // Each event is acknowledged at once; its answer then waits 300 ms on the fake API.
      const acks = await Promise.all(Array.from({ length: IN_FLIGHT }, (_, i) => fetch(`http://127.0.0.1:${port}/slack/events`, mention(i)).then((r) => r.status)));
      expect(acks.every((status) => status === 200)).toBe(true);
      child.kill('SIGTERM');
      const [code] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
      expect(code).toBe(0);
      expect(slack.posted.filter((p) => p.channel === 'C1').length).toBeGreaterThanOrEqual(IN_FLIGHT - 1);
      expect(log).toContain('"event":"stopped"');
    } finally {
      child.kill('SIGKILL');
      await slack.stop();
    }
  }, 60_000);
});
