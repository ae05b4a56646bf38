/** The inbox: grouping by normalised text, retention, purge, salted user hashes, and `npm run inbox`. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BudgetBotError } from '../src/errors.js';
import { Inbox, type Entry } from '../src/inbox/inbox.js';
import { ROOT, tempDir } from './helpers.js';

const DAY = 86_400_000;
const entry = (question: string, extra: Partial<Entry> = {}): Entry => ({ kind: 'refused', question, intent: 'refuse', doc: '', channel: 'web', userId: 'u1', ...extra });

describe('the inbox', () => {
  it('groups questions that read the same once normalised, most frequent first, with last seen and channels', () => {
    let now = Date.UTC(2026, 0, 1);
    const inbox = new Inbox(tempDir('inbox-'), { now: () => now });
    inbox.record(entry('停车场收费标准是多少？'));
    now += 60_000;
    inbox.record(entry('停车场收费标准是多少', { channel: 'slack' }));
    now += 60_000;
    inbox.record(entry('停車場收費標準是多少！', { channel: 'discord', kind: 'down' }));
    inbox.record(entry('食堂几点开门'));
    inbox.record(entry('机关运行费多少', { kind: 'up' }));
    const groups = inbox.groups();
    expect(groups.map((g) => g.count)).toEqual([3, 1]);
    expect(groups[0]).toMatchObject({ question: '停車場收費標準是多少！', lastSeen: now, channels: ['discord', 'slack', 'web'], kinds: ['down', 'refused'] });
    expect(groups[1].question).toBe('食堂几点开门');
    // A 👍 is feedback, not a failure: kept, but not in the inbox's groups.
    expect(inbox.counts()).toEqual({ refused: 3, clarify: 0, down: 1, up: 1 });
    inbox.close();
  });

  it('keeps one vote per answer and user, the latest', () => {
    const inbox = new Inbox(tempDir('inbox-'));
    inbox.record(entry('机关运行费多少', { kind: 'up', answerId: 'a1' }));
    inbox.record(entry('机关运行费多少', { kind: 'down', answerId: 'a1' }));
    inbox.record(entry('机关运行费多少', { kind: 'down', answerId: 'a1', userId: 'u2' }));
    expect(inbox.counts()).toMatchObject({ up: 0, down: 2 });
    inbox.close();
  });

  it('deletes rows older than the retention', () => {
    let now = Date.UTC(2026, 0, 1);
    const dir = tempDir('inbox-');
    const inbox = new Inbox(dir, { retentionDays: 30, now: () => now });
    inbox.record(entry('旧问题'));
    now += 20 * DAY;
    inbox.record(entry('新问题'));
    now += 15 * DAY;
    expect(inbox.prune()).toBe(1);
    expect(inbox.groups().map((g) => g.question)).toEqual(['新问题']);
    inbox.close();
    // Reopened after the retention of the rest: pruned on opening.
    now += 30 * DAY;
    const reopened = new Inbox(dir, { retentionDays: 30, now: () => now });
    expect(reopened.groups()).toEqual([]);
    reopened.close();
  });

  it('purges everything', () => {
    const inbox = new Inbox(tempDir('inbox-'));
    inbox.record(entry('一'));
    inbox.record(entry('二', { kind: 'clarify' }));
    expect(inbox.purge()).toBe(2);
    expect(inbox.groups()).toEqual([]);
    inbox.close();
  });

  it('stores user ids only as salted hashes, alike for the same user and channel', () => {
    const dir = tempDir('inbox-');
    const inbox = new Inbox(dir);
    inbox.record(entry('一', { userId: 'U-SECRET-7731' }));
    inbox.record(entry('二', { userId: 'U-SECRET-7731' }));
    inbox.close();
    // Closed, the write-ahead log is folded into the file: every byte stored is in it.
    const bytes = readFileSync(join(dir, 'inbox.sqlite'));
    expect(bytes.includes(Buffer.from('二'))).toBe(true);
    expect(bytes.includes(Buffer.from('U-SECRET-7731'))).toBe(false);
  });

  it('names the database that cannot be opened', () => {
    const file = join(tempDir('inbox-'), 'not-a-folder');
    writeFileSync(file, 'x');
    expect(() => new Inbox(file)).toThrow(BudgetBotError);
    expect(() => new Inbox(file)).toThrow(/inbox database .*not-a-folder.* could not be opened/);
  });
});

describe('npm run inbox', () => {
  const run = (args: string[], env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/inbox.ts', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATA_DIR: '', ...env } });

  it('prints the groups, exports CSV and purges', () => {
    const dir = tempDir('inbox-cli-');
    const inbox = new Inbox(dir);
    for (const channel of ['web', 'slack']) inbox.record(entry('停车场收费标准是多少', { channel }));
    inbox.record(entry('食堂, "几点" 开门', { kind: 'clarify' }));
    inbox.close();

    const table = run([], { DATA_DIR: dir });
    expect(table.status).toBe(0);
    const lines = table.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^count\s+last_seen\s+channels\s+why\s+question$/);
    expect(lines[1]).toMatch(/^2\s+\d{4}-\d\d-\d\d \d\d:\d\d\s+slack,web\s+refused\s+停车场收费标准是多少$/);
    expect(lines[2]).toMatch(/^1 .*clarify\s+食堂, "几点" 开门$/);

    const csv = run(['--csv'], { DATA_DIR: dir });
    expect(csv.stdout.split('\r\n')[0]).toBe('count,last_seen,channels,why,question');
    expect(csv.stdout).toContain('"食堂, ""几点"" 开门"');

    expect(run(['--purge'], { DATA_DIR: dir }).stdout).toMatch(/^purged 3 entries from /);
    expect(run([], { DATA_DIR: dir }).stdout).toContain('The inbox is empty');
  }, 30_000);

  it('says in one line that there is no inbox without DATA_DIR', () => {
    const result = run([], {});
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^error: DATA_DIR is not set/);
  }, 30_000);
});
