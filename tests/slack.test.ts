import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlackAdapter } from '../adapters/slack/index.js';
import { Bot, APOLOGY } from '../src/bot/bot.js';
import { Engine } from '../src/engine/engine.js';
import { FakeSlack } from './fakes/slack.js';
import { seed } from './helpers.js';

const SECRET = 'test-signing-secret';
const engine = new Engine([seed]);

function signed(body: string, type: string, options: { secret?: string; timestamp?: number } = {}) {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', options.secret ?? SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { method: 'POST', body, headers: { 'content-type': type, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature } };
}

const eventBody = (event: object) => JSON.stringify({ token: 't', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `Ev${Math.random()}`, event_time: 1, event });

describe('Slack over the HTTP Events API (real Bolt, fake Slack on loopback)', () => {
  const slack = new FakeSlack();
  const errors: Record<string, unknown>[] = [];
  const logger = { info: () => {}, error: (_event: string, fields: Record<string, unknown> = {}) => void errors.push(fields) };
  let adapter: SlackAdapter;
  let url = '';

  beforeAll(async () => {
    await slack.start();
    adapter = new SlackAdapter({ mode: 'http', botToken: 'xoxb-test', signingSecret: SECRET, port: 0 }, { slackApiUrl: slack.apiUrl, botId: 'BBOT', botUserId: 'UBOT', logger, retries: { retries: 2, minTimeout: 50, maxTimeout: 200 } });
    await adapter.start(new Bot(engine));
    url = `http://127.0.0.1:${(adapter.server?.address() as AddressInfo).port}/slack/events`;
  });
  afterAll(async () => {
    await adapter.stop();
    await slack.stop();
  });

  it('answers an app_mention in its thread, with the figure and its source', async () => {
    const res = await fetch(url, signed(eventBody({ type: 'app_mention', user: 'U1', text: '<@UBOT> 三公经费多少', ts: '1.1', channel: 'C1', event_ts: '1.1' }), 'application/json'));
    expect(res.status).toBe(200);
    await slack.until(() => slack.posted.some((p) => p.thread_ts === '1.1'));
    const post = slack.posted.find((p) => p.thread_ts === '1.1');
    expect(post?.channel).toBe('C1');
    expect(post?.blocks?.[0].text?.text).toMatch(/^三公经费：0 万元/);
    expect(JSON.stringify(post?.blocks?.[1])).toContain('第53行');
  });

  it('answers an event Slack retries only once', async () => {
    const body = JSON.stringify({ token: 't', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: 'EvRetried', event_time: 1, event: { type: 'app_mention', user: 'U1', text: '<@UBOT> 机关运行费', ts: '9.1', channel: 'C9', event_ts: '9.1' } });
    for (let retry = 0; retry < 3; retry++) {
      const request = signed(body, 'application/json');
      await fetch(url, retry ? { ...request, headers: { ...request.headers, 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } } : request);
    }
    await slack.until(() => slack.posted.some((p) => p.thread_ts === '9.1'));
    await new Promise((r) => setTimeout(r, 200));
    expect(slack.posted.filter((p) => p.thread_ts === '9.1')).toHaveLength(1);
  });

  it('waits out a 429 and retries a 500 before delivering', async () => {
    slack.failures.push({ status: 429, retryAfter: 1 }, { status: 500 });
    const attempts = slack.postAttempts;
    await fetch(url, signed(eventBody({ type: 'app_mention', user: 'U1', text: '<@UBOT> 项目支出', ts: '10.1', channel: 'C10', event_ts: '10.1' }), 'application/json'));
    await slack.until(() => slack.posted.some((p) => p.thread_ts === '10.1'), 8000);
    expect(slack.postAttempts - attempts).toBe(3);
    expect(slack.posted.find((p) => p.thread_ts === '10.1')?.text).toContain('1065.58');
  });

  it('logs a reply Slack refuses with its channel and event id, and keeps answering', async () => {
    slack.failures.push({ error: 'channel_not_found' });
    const body = JSON.stringify({ token: 't', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: 'EvRefused', event_time: 1, event: { type: 'app_mention', user: 'U1', text: '<@UBOT> 三公', ts: '11.1', channel: 'C11', event_ts: '11.1' } });
    await fetch(url, signed(body, 'application/json'));
    await slack.until(() => errors.length > 0);
    expect(errors.at(-1)).toMatchObject({ adapter: 'slack', channel: 'C11', event_id: 'EvRefused', error: 'channel_not_found' });
    await fetch(url, signed(eventBody({ type: 'app_mention', user: 'U1', text: '<@UBOT> 三公', ts: '12.1', channel: 'C12', event_ts: '12.1' }), 'application/json'));
    await slack.until(() => slack.posted.some((p) => p.channel === 'C12'));
  });

  it('answers a question sent to the channel from a thread (thread_broadcast)', async () => {
    await fetch(url, signed(eventBody({ type: 'message', subtype: 'thread_broadcast', channel_type: 'im', user: 'U2', text: '机关运行费', ts: '13.2', thread_ts: '13.1', channel: 'D13', event_ts: '13.2' }), 'application/json'));
    await slack.until(() => slack.posted.some((p) => p.channel === 'D13'));
    expect(slack.posted.find((p) => p.channel === 'D13')?.thread_ts).toBe('13.1');
  });

  it('answers a direct message', async () => {
    await fetch(url, signed(eventBody({ type: 'message', channel_type: 'im', user: 'U2', text: '机关运行费', ts: '2.1', channel: 'D1', event_ts: '2.1' }), 'application/json'));
    await slack.until(() => slack.posted.some((p) => p.channel === 'D1'));
    expect(slack.posted.find((p) => p.channel === 'D1')?.text).toContain('78.66 万元');
  });

  it('ignores other bots’ messages', async () => {
    const before = slack.posted.length;
    await fetch(url, signed(eventBody({ type: 'message', channel_type: 'im', user: 'U3', bot_id: 'BOTHER', text: '三公经费', ts: '3.1', channel: 'D2', event_ts: '3.1' }), 'application/json'));
    await new Promise((r) => setTimeout(r, 200));
    expect(slack.posted.length).toBe(before);
  });

  it('answers the /budget slash command in its acknowledgement', async () => {
    const form = new URLSearchParams({ command: '/budget', text: '渣土处置单价', user_id: 'U1', channel_id: 'C1', team_id: 'T1', response_url: `${slack.apiUrl}respond`, trigger_id: 'tr' }).toString();
    const res = await fetch(url, signed(form, 'application/x-www-form-urlencoded'));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { response_type: string; text: string; blocks: object[] };
    expect(body.response_type).toBe('in_channel');
    expect(body.text).toContain('2.985 元/立方米');
    expect(JSON.stringify(body.blocks)).toContain('第325行');
  });

  it('shows clarify options as buttons and never echoes <!channel>', async () => {
    const form = new URLSearchParams({ command: '/budget', text: '<!channel> 服务对象满意度', user_id: 'U1', channel_id: 'C5', team_id: 'T1', response_url: 'x', trigger_id: 't' }).toString();
    const body = (await (await fetch(url, signed(form, 'application/x-www-form-urlencoded'))).json()) as { blocks: { type: string }[]; text: string };
    expect(body.blocks.find((b) => b.type === "actions"), JSON.stringify(body).slice(0, 300)).toBeDefined();
    expect(JSON.stringify(body)).not.toContain('<!channel>');
  });

  it('answers the reading a user picks from the clarify buttons', async () => {
    const payload = {
      type: 'block_actions',
      user: { id: 'U1', username: 'alice', team_id: 'T1' },
      api_app_id: 'A1',
      token: 't',
      team: { id: 'T1', domain: 'budget' },
      channel: { id: 'C7', name: 'budget' },
      container: { type: 'message', message_ts: '7.1', channel_id: 'C7', is_ephemeral: false },
      // The clarify message was the bot's reply in a thread: the reading picked is answered there.
      message: { type: 'message', ts: '7.1', thread_ts: '6.1', text: '有 2 项与问题相符' },
      trigger_id: 'tr',
      response_url: `${slack.apiUrl}respond`,
      actions: [{ type: 'button', action_id: 'clarify_0', block_id: 'b1', value: '专家评审费的服务对象满意度（≥95%）', action_ts: '7.2', text: { type: 'plain_text', text: '专家评审费的服务对象满意度（≥95%）' } }],
    };
    const res = await fetch(url, signed(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded'));
    expect(res.status).toBe(200);
    await slack.until(() => slack.posted.some((p) => p.channel === 'C7'));
    expect(slack.posted.find((p) => p.channel === 'C7')?.text).toMatch(/^专家评审费服务对象满意度（服务对象满意度指标）：≥95%/);
    expect(slack.posted.find((p) => p.channel === 'C7')?.thread_ts).toBe('6.1');
  });

  it('rejects a bad signature and a stale timestamp with 401', async () => {
    const body = eventBody({ type: 'app_mention', user: 'U1', text: '三公', ts: '4.1', channel: 'C1' });
    expect((await fetch(url, signed(body, 'application/json', { secret: 'wrong' }))).status).toBe(401);
    expect((await fetch(url, signed(body, 'application/json', { timestamp: Math.floor(Date.now() / 1000) - 3600 }))).status).toBe(401);
  });

  it('still replies politely when the answering code throws', async () => {
    const failing = new SlackAdapter({ mode: 'http', botToken: 'xoxb-test', signingSecret: SECRET, port: 0 }, { slackApiUrl: slack.apiUrl, botId: 'BBOT', botUserId: 'UBOT' });
    await failing.start(new Bot({ ask: () => { throw new Error('boom'); } }));
    try {
      const failingUrl = `http://127.0.0.1:${(failing.server?.address() as AddressInfo).port}/slack/events`;
      const form = new URLSearchParams({ command: '/budget', text: '三公', user_id: 'U9', channel_id: 'C9', team_id: 'T1', response_url: 'x', trigger_id: 't' }).toString();
      const body = (await (await fetch(failingUrl, signed(form, 'application/x-www-form-urlencoded'))).json()) as { text: string };
      expect(body.text).toBe(APOLOGY);
    } finally {
      await failing.stop();
    }
  });
});

describe('Slack over Socket Mode (real Bolt, fake Slack on loopback)', () => {
  const slack = new FakeSlack();
  let adapter: SlackAdapter;

  beforeAll(async () => {
    await slack.start();
    adapter = new SlackAdapter({ mode: 'socket', botToken: 'xoxb-test', appToken: 'xapp-test', port: 0 }, { slackApiUrl: slack.apiUrl, botId: 'BBOT', botUserId: 'UBOT' });
    await adapter.start(new Bot(engine));
    await slack.until(() => slack.connected);
  });
  afterAll(async () => {
    await adapter.stop();
    await slack.stop();
  });

  it('acks an events_api envelope and replies in the thread', async () => {
    slack.send({ type: 'events_api', envelope_id: 'env-1', accepts_response_payload: false, retry_attempt: 0, retry_reason: '', payload: JSON.parse(eventBody({ type: 'app_mention', user: 'U1', text: '<@UBOT> 台式计算机采购数量', ts: '5.1', channel: 'C5', event_ts: '5.1' })) });
    await slack.until(() => slack.acks.some((a) => a.envelope_id === 'env-1') && slack.posted.some((p) => p.channel === 'C5'));
    expect(slack.posted.find((p) => p.channel === 'C5')?.text).toMatch(/台式计算机采购数量：8 台/);
  });

  it('answers an event redelivered with retry_attempt only once, acking every delivery', async () => {
    const payload = { ...JSON.parse(eventBody({ type: 'app_mention', user: 'U1', text: '<@UBOT> 机关运行经费', ts: '7.1', channel: 'C7', event_ts: '7.1' })), event_id: 'EvSocketRetried' };
    for (let attempt = 0; attempt < 3; attempt++) {
      slack.send({ type: 'events_api', envelope_id: `env-retry-${attempt}`, accepts_response_payload: false, retry_attempt: attempt, retry_reason: attempt ? 'timeout' : '', payload });
    }
    await slack.until(() => [0, 1, 2].every((n) => slack.acks.some((a) => a.envelope_id === `env-retry-${n}`)) && slack.posted.some((p) => p.channel === 'C7'));
    await new Promise((r) => setTimeout(r, 200));
    expect(slack.posted.filter((p) => p.channel === 'C7')).toHaveLength(1);
  });

  it('answers a slash command in the ack payload', async () => {
    slack.send({ type: 'slash_commands', envelope_id: 'env-2', accepts_response_payload: true, payload: { command: '/budget', text: '项目支出占比', user_id: 'U1', channel_id: 'C6', team_id: 'T1', response_url: 'x', trigger_id: 't' } });
    await slack.until(() => slack.acks.some((a) => a.envelope_id === 'env-2'));
    const ack = slack.acks.find((a) => a.envelope_id === 'env-2') as { payload: { text: string } };
    expect(ack.payload.text).toContain('38.76%');
  });
});
