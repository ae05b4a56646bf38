/** 👍/👎 under answers in Slack and Discord (real Bolt and discord.js, fakes on loopback) reach the inbox. */
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordAdapter } from '../adapters/discord/index.js';
import { SlackAdapter } from '../adapters/slack/index.js';
import { Bot, FEEDBACK_EXPIRED, FEEDBACK_THANKS } from '../src/bot/bot.js';
import { Engine } from '../src/engine/engine.js';
import { Inbox } from '../src/inbox/inbox.js';
import { Journal } from '../src/inbox/journal.js';
import { APP_ID, BOT_ID, CHANNEL_ID, FakeDiscord, GUILD_ID } from './fakes/discord.js';
import { FakeSlack } from './fakes/slack.js';
import { seed, tempDir } from './helpers.js';

const SECRET = 'feedback-secret';
const engine = new Engine([seed]);

function signed(body: string, type: string): RequestInit {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { method: 'POST', body, headers: { 'content-type': type, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature } };
}

describe('feedback buttons in Slack', () => {
  const slack = new FakeSlack();
  const inbox = new Inbox(tempDir('slack-inbox-'));
  let adapter: SlackAdapter;
  let url = '';

  beforeAll(async () => {
    await slack.start();
    adapter = new SlackAdapter({ mode: 'http', botToken: 'xoxb-test', signingSecret: SECRET, port: 0 }, { slackApiUrl: slack.apiUrl, botId: 'BBOT', botUserId: 'UBOT', logger: { info: () => {}, error: () => {} } });
    await adapter.start(new Bot(engine, { observers: [new Journal(inbox)] }));
    url = `http://127.0.0.1:${(adapter.server?.address() as AddressInfo).port}/slack/events`;
  });
  afterAll(async () => {
    await adapter.stop();
    await slack.stop();
    inbox.close();
  });

  const press = (actionId: string, value: string) =>
    fetch(url, signed(new URLSearchParams({ payload: JSON.stringify({ type: 'block_actions', user: { id: 'U77', username: 'bob', team_id: 'T1' }, api_app_id: 'A1', token: 't', team: { id: 'T1', domain: 'budget' }, channel: { id: 'C8', name: 'budget' }, container: { type: 'message', message_ts: '8.2', channel_id: 'C8', is_ephemeral: false }, message: { type: 'message', ts: '8.2', text: '' }, trigger_id: 'tr', response_url: `${slack.apiUrl}respond`, actions: [{ type: 'button', action_id: actionId, block_id: 'fb', value, action_ts: '8.3', text: { type: 'plain_text', text: '👎' } }] }) }).toString(), 'application/x-www-form-urlencoded'));

  it('puts 👍/👎 under an answer, and a 👎 lands in the inbox with the question', async () => {
    const event = JSON.stringify({ token: 't', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: 'EvFeedback1', event_time: 1, event: { type: 'app_mention', user: 'U77', text: '<@UBOT> 项目支出多少', ts: '8.1', channel: 'C8', event_ts: '8.1' } });
    await fetch(url, signed(event, 'application/json'));
    await slack.until(() => slack.posted.some((p) => p.thread_ts === '8.1'));
    const blocks = (slack.posted.find((p) => p.thread_ts === '8.1')?.blocks ?? []) as { elements?: { action_id?: string; value?: string }[] }[];
    const buttons = blocks.flatMap((b) => b.elements ?? []).filter((e) => e.action_id?.startsWith('feedback_'));
    expect(buttons.map((b) => b.action_id)).toEqual(['feedback_up', 'feedback_down']);
    const answerId = buttons[1].value ?? '';
    expect(answerId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await press('feedback_down', answerId)).status).toBe(200);
    await slack.until(() => slack.responded.length > 0);
    expect(slack.responded[0]).toMatchObject({ text: FEEDBACK_THANKS, response_type: 'ephemeral' });
    expect(inbox.groups()).toMatchObject([{ question: '项目支出多少', count: 1, kinds: ['down'], channels: ['slack'] }]);
  });

  it('says an answer it no longer knows cannot be rated', async () => {
    await press('feedback_up', '00000000-0000-4000-8000-000000000000');
    await slack.until(() => slack.responded.length > 1);
    expect(slack.responded[1].text).toBe(FEEDBACK_EXPIRED);
  });
});

describe('feedback buttons in Discord', () => {
  const discord = new FakeDiscord();
  const inbox = new Inbox(tempDir('discord-inbox-'));
  let adapter: DiscordAdapter;

  beforeAll(async () => {
    await discord.start();
    adapter = new DiscordAdapter({ token: 'fake.token.value', appId: APP_ID, guildId: GUILD_ID }, { api: discord.api, logger: { info: () => {}, error: () => {} } });
    await adapter.start(new Bot(engine, { observers: [new Journal(inbox)] }));
  });
  afterAll(async () => {
    await adapter.stop();
    await discord.stop();
    inbox.close();
  });

  it('puts 👍/👎 under an answer, and a 👎 lands in the inbox with the question', async () => {
    discord.sendMessage(`<@${BOT_ID}> 基本支出多少`, { mentionBot: true });
    await discord.until(() => discord.requests.some((r) => r.path === `/channels/${CHANNEL_ID}/messages` && r.body.components));
    const buttons = discord.requests.find((r) => r.body.components)?.body.components?.[0].components ?? [];
    expect(buttons.map((b) => b.emoji?.name)).toEqual(['👍', '👎']);
    const down = buttons[1].custom_id;
    expect(down).toMatch(/^feedback:down:[0-9a-f-]{36}$/);
    discord.pressButton(down, '100000000000000030');
    await discord.until(() => discord.requests.some((r) => r.path.startsWith('/interactions/100000000000000030/')));
    const callback = discord.requests.find((r) => r.path.startsWith('/interactions/100000000000000030/'));
    expect(callback?.body.data).toMatchObject({ content: FEEDBACK_THANKS, flags: 64 });
    expect(inbox.groups()).toMatchObject([{ question: '基本支出多少', count: 1, kinds: ['down'], channels: ['discord'] }]);
  });
});
