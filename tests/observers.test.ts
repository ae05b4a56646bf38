/** The bot's observers: told of each answer with its id, votes passed on, and one that throws never fails an answer. */
import { describe, expect, it } from 'vitest';
import { Bot } from '../src/bot/bot.js';
import type { Answered, AnswerObserver } from '../src/bot/observer.js';
import { Engine } from '../src/engine/engine.js';
import { Inbox } from '../src/inbox/inbox.js';
import { Journal } from '../src/inbox/journal.js';
import { seed, tempDir } from './helpers.js';

const engine = new Engine([seed]);
const message = (text: string) => ({ adapter: 'fake', conversationId: 'C1', userId: 'U1', text, addressed: true });

describe('answer observers', () => {
  it('are told of each answer under the id the reply carries, with its intent', async () => {
    const seen: Answered[] = [];
    const bot = new Bot(engine, { observers: [{ answered: (e) => void seen.push(e) }] });
    const reply = await bot.handle(message('机关运行费多少'));
    expect(reply?.intent).toBe('amount');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ answerId: reply?.answerId, channel: 'fake', userId: 'U1', question: '机关运行费多少' });
    expect(seen[0].answer.body).toContain('78.66 万元');
  });

  it('never fail an answer by throwing, and the failure is logged', async () => {
    const errors: string[] = [];
    const broken: AnswerObserver = { answered: () => { throw new Error('disk full'); }, voted: () => { throw new Error('disk full'); } };
    const bot = new Bot(engine, { observers: [broken], logger: { info: () => {}, error: (event) => void errors.push(event) } });
    expect((await bot.handle(message('机关运行费多少')))?.body).toContain('78.66 万元');
    expect(bot.vote({ answerId: 'x', vote: 'up', channel: 'fake', userId: 'U1' })).toBe(true);
    expect(errors).toEqual(['observer_failed', 'observer_failed']);
  });

  it('accept a vote on an answer the inbox knows, and refuse one it does not', async () => {
    const inbox = new Inbox(tempDir('observer-inbox-'));
    const bot = new Bot(engine, { observers: [new Journal(inbox)] });
    const reply = await bot.handle(message('项目支出多少'));
    expect(bot.vote({ answerId: reply?.answerId as string, vote: 'down', channel: 'fake', userId: 'U1' })).toBe(true);
    expect(bot.vote({ answerId: 'not-an-answer', vote: 'down', channel: 'fake', userId: 'U1' })).toBe(false);
    expect(inbox.groups()).toMatchObject([{ question: '项目支出多少', kinds: ['down'] }]);
    inbox.close();
  });
});
