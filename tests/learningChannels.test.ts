/**
 * Help and suggested questions in each channel's own idiom, with real Bolt and discord.js against
 * fakes on loopback: Slack's App Home and buttons, Discord's buttons, the desk's links, the terminal's text.
 * The questions offered are the engine's own, and pressing one asks it.
 */
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordAdapter } from '../adapters/discord/index.js';
import { SlackAdapter } from '../adapters/slack/index.js';
import { TerminalAdapter } from '../adapters/terminal/index.js';
import { docLabel } from '../src/answer/compare.js';
import { Bot } from '../src/bot/bot.js';
import { Engine } from '../src/engine/engine.js';
import { APP_ID, FakeDiscord, GUILD_ID } from './fakes/discord.js';
import { FakeSlack } from './fakes/slack.js';
import { seed } from './helpers.js';
import { startDesk, type Desk } from './desk.js';

const SECRET = 'learning-secret';
const engine = new Engine([seed]);
const label = docLabel(seed.facts);
/** What the engine itself offers, which each channel must show. */
const helpExamples = engine.ask('帮助', 'reference').suggestions;
const followUps = engine.ask('项目支出多少', 'reference-2').suggestions;
const quiet = { info: () => {}, error: () => {} };

function signed(body: string, type: string): RequestInit {
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { method: 'POST', body, headers: { 'content-type': type, 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature } };
}

type Block = { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string }[] };
const buttonValues = (blocks: Block[] | undefined, kind: string) => (blocks ?? []).flatMap((b) => b.elements ?? []).filter((e) => e.action_id?.startsWith(kind)).map((e) => e.value);

describe('Slack', () => {
  const slack = new FakeSlack();
  let adapter: SlackAdapter;
  let url = '';

  beforeAll(async () => {
    await slack.start();
    adapter = new SlackAdapter({ mode: 'http', botToken: 'xoxb-test', signingSecret: SECRET, port: 0 }, { slackApiUrl: slack.apiUrl, botId: 'BBOT', botUserId: 'UBOT', logger: quiet });
    await adapter.start(new Bot(engine));
    url = `http://127.0.0.1:${(adapter.server?.address() as AddressInfo).port}/slack/events`;
  });
  afterAll(async () => {
    await adapter.stop();
    await slack.stop();
  });

  it('answers a bare /budget with help: the document loaded, and its examples as buttons', async () => {
    const form = new URLSearchParams({ command: '/budget', text: '', user_id: 'U1', channel_id: 'C1', team_id: 'T1', response_url: `${slack.apiUrl}respond`, trigger_id: 'tr' }).toString();
    const body = (await (await fetch(url, signed(form, 'application/x-www-form-urlencoded'))).json()) as { blocks: Block[] };
    expect(body.blocks[0].text?.text).toContain(label);
    expect(buttonValues(body.blocks, 'suggest_')).toEqual(helpExamples.slice(0, 5));
  });

  it('shows help on the App Home tab', async () => {
    const event = JSON.stringify({ token: 't', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: 'EvHome1', event_time: 1, event: { type: 'app_home_opened', user: 'U2', channel: 'D2', tab: 'home', event_ts: '2.1' } });
    await fetch(url, signed(event, 'application/json'));
    await slack.until(() => slack.published.length > 0);
    const [home] = slack.published;
    expect(home.user_id).toBe('U2');
    expect(home.view.type).toBe('home');
    expect(home.view.blocks[0].text?.text).toContain(label);
    expect(buttonValues(home.view.blocks, 'suggest_')).toEqual(helpExamples.slice(0, 5));
  });

  it('puts the follow-ups under an answer as buttons, and a pressed one is asked and answered', async () => {
    const event = JSON.stringify({ token: 't', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: 'EvNext1', event_time: 1, event: { type: 'app_mention', user: 'U3', text: '<@UBOT> 项目支出多少', ts: '3.1', channel: 'C3', event_ts: '3.1' } });
    await fetch(url, signed(event, 'application/json'));
    await slack.until(() => slack.posted.some((p) => p.thread_ts === '3.1'));
    const offered = buttonValues(slack.posted.find((p) => p.thread_ts === '3.1')?.blocks as Block[], 'suggest_');
    expect(offered).toEqual(followUps);
    const question = offered[0] ?? '';
    const payload = { type: 'block_actions', user: { id: 'U3', username: 'carol', team_id: 'T1' }, api_app_id: 'A1', token: 't', team: { id: 'T1', domain: 'b' }, channel: { id: 'C3', name: 'budget' }, container: { type: 'message', message_ts: '3.2', channel_id: 'C3', is_ephemeral: false }, message: { type: 'message', ts: '3.2', thread_ts: '3.1', text: '' }, trigger_id: 'tr', response_url: `${slack.apiUrl}respond`, actions: [{ type: 'button', action_id: 'suggest_0', block_id: 'b', value: question, action_ts: '3.3', text: { type: 'plain_text', text: question } }] };
    const posted = slack.posted.length;
    await fetch(url, signed(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded'));
    await slack.until(() => slack.posted.length > posted);
    const reply = slack.posted.at(-1);
    expect(reply?.thread_ts).toBe('3.1');
    expect(reply?.text).toBe(engine.ask(question, 'reference-3').text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  });
});

describe('Discord', () => {
  const discord = new FakeDiscord();
  let adapter: DiscordAdapter;

  beforeAll(async () => {
    await discord.start();
    adapter = new DiscordAdapter({ token: 'fake.token.value', appId: APP_ID, guildId: GUILD_ID }, { api: discord.api, logger: quiet });
    await adapter.start(new Bot(engine));
  });
  afterAll(async () => {
    await adapter.stop();
    await discord.stop();
  });

  const callback = (id: string) => discord.requests.find((r) => r.path.startsWith(`/interactions/${id}/`))?.body.data;
  const asked = (components: { components: { custom_id: string }[] }[] | undefined) => (components ?? []).flatMap((row) => row.components).map((b) => b.custom_id).filter((id) => id.startsWith('ask:')).map((id) => id.slice(4));

  it('answers a bare /budget with help, its examples as buttons', async () => {
    discord.sendCommand(undefined, '100000000000000041');
    await discord.until(() => !!callback('100000000000000041'));
    const data = callback('100000000000000041');
    expect(data?.embeds?.[0].description).toContain(label);
    expect(asked(data?.components)).toEqual(helpExamples.slice(0, 5));
  });

  it('puts the follow-ups under an answer as buttons, and a pressed one is asked and answered', async () => {
    discord.sendCommand('项目支出多少', '100000000000000042');
    await discord.until(() => !!callback('100000000000000042'));
    const offered = asked(callback('100000000000000042')?.components);
    expect(offered).toEqual(followUps);
    discord.pressButton(`ask:${offered[0]}`, '100000000000000043');
    await discord.until(() => !!callback('100000000000000043'));
    expect(callback('100000000000000043')?.embeds?.[0].description).toBe(engine.ask(offered[0], 'reference-4').text.split('\n来源')[0].split('\n接着可以问')[0]);
  });

  it('keeps the 👍/👎 row first under an answer', async () => {
    const rows = callback('100000000000000042')?.components ?? [];
    expect(rows[0].components.map((b) => b.custom_id.split(':')[0])).toEqual(['feedback', 'feedback']);
  });
});

describe('the desk API', () => {
  let desk: Desk;
  const ask = async (q: string, session: string) => (await fetch(`${desk.url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ q, session }) })).json() as Promise<{ answered: boolean; body: string; suggestions: string[] }>;

  beforeAll(async () => {
    desk = await startDesk();
  });
  afterAll(() => desk.stop());

  it('returns the suggested questions apart from the body, for the page to show as links, each answered when asked', async () => {
    const answer = await ask('项目支出多少', 'desk-learning-1');
    expect(answer.suggestions).toEqual(followUps);
    expect(answer.body).not.toContain(followUps[0]);
    for (const q of answer.suggestions) expect((await ask(q, 'desk-learning-1')).answered, q).toBe(true);
    const help = await ask('帮助', 'desk-learning-2');
    expect(help.body).toContain(label);
    expect(help.suggestions).toEqual(helpExamples);
  });
});

describe('the terminal', () => {
  it('prints help and the follow-ups as text under the answer', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk) => (printed += String(chunk)));
    const terminal = new TerminalAdapter({ input, output, prompt: '' });
    await terminal.start(new Bot(engine));
    input.end('帮助\n项目支出多少\n');
    await terminal.closed;
    expect(printed).toContain(label);
    for (const q of [...helpExamples, ...followUps]) expect(printed).toContain(`「${q}」`);
  });
});
