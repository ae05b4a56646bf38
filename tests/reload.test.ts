import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Bot, RELOAD_DENIED } from '../src/bot/bot.js';
import { readConfig } from '../src/bot/config.js';
import { KnowledgeStore, reportText } from '../src/engine/store.js';
import { SEED_PATH, SHARED_DOCS, tempDir } from './helpers.js';

function folderWithSeed(): string {
  const dir = tempDir('reload-');
  copyFileSync(SEED_PATH, join(dir, 'seed.txt'));
  return dir;
}

describe('reloading without a restart', () => {
  it('reports added documents and changed figures, and answers from the new knowledge', () => {
    const dir = folderWithSeed();
    const store = new KnowledgeStore([dir]);
    expect(store.ask('机关运行费').text).toContain('78.66');
    writeFileSync(join(dir, 'seed.txt'), readFileSync(SEED_PATH, 'utf8').replace('机关运行费安排 78.66 万', '机关运行费安排 80.00 万'));
    copyFileSync(join(SHARED_DOCS, '10_shanghai_putuo_wanlijiedao_2024_yusuan.txt'), join(dir, 'wanli.txt'));
    const report = store.reload();
    expect(report).toMatchObject({ replaced: true, added: ['wanli.txt'], removed: [], errors: [] });
    expect(report.changed).toContain('seed.txt: 机关运行费 78.66 → 80');
    expect(store.ask('高新区行政服务局机关运行费').text).toContain('80 万元');
    expect(reportText(report)).toMatch(/^已重新加载。新增 wanli.txt\n变化 1 项：/);
  });

  it('keeps serving the old knowledge when the new set does not load', () => {
    const dir = folderWithSeed();
    const store = new KnowledgeStore([dir]);
    rmSync(join(dir, 'seed.txt'));
    writeFileSync(join(dir, 'broken.txt'), '');
    const report = store.reload();
    expect(report).toEqual({ replaced: false, added: [], removed: [], changed: [], errors: ['broken.txt: the file is empty'] });
    expect(store.ask('机关运行费').text).toContain('78.66');
  });

  it('keeps each document\'s previous version when its new one is cut short, binary or unreadable', () => {
    const dir = folderWithSeed();
    copyFileSync(join(SHARED_DOCS, '10_shanghai_putuo_wanlijiedao_2024_yusuan.txt'), join(dir, 'wanli.txt'));
    let clock = 0;
    const store = new KnowledgeStore([dir], { now: () => clock, confirmShortMs: 10_000 });
    const full = readFileSync(SEED_PATH, 'utf8');
    // The seed truncated a fifth of the way in, as a reader racing a slow writer would see it.
    writeFileSync(join(dir, 'seed.txt'), full.slice(0, Math.floor(full.length / 5)));
    writeFileSync(join(dir, 'wanli.txt'), Uint8Array.from({ length: 4000 }, (_, i) => (i * 13) % 256));
    const report = store.reload();
    expect(report.replaced).toBe(true);
    expect(report.errors.some((e) => e.startsWith('seed.txt: the new version holds far fewer figures'))).toBe(true);
    expect(report.errors).toContain('wanli.txt: the new version could not be loaded; the previous version stays in service');
    expect(store.ask('高新区行政服务局机关运行费').text).toContain('78.66');
    expect(store.ask('万里街道机关运行经费').text).toContain('443.18');
    // Still there, unchanged, before the confirmation period has passed: still doubted.
    clock = 9_000;
    expect(store.reload().errors.some((e) => e.startsWith('seed.txt'))).toBe(true);
    // A full version in between clears the doubt: the same cut returning later starts its wait again.
    writeFileSync(join(dir, 'seed.txt'), full);
    expect(store.reload().errors.some((e) => e.startsWith('seed.txt'))).toBe(false);
    writeFileSync(join(dir, 'seed.txt'), full.slice(0, Math.floor(full.length / 5)));
    clock = 20_000;
    expect(store.reload().errors.some((e) => e.startsWith('seed.txt'))).toBe(true);
    expect(store.ask('高新区行政服务局台式计算机采购数量').text).toMatch(/8 台/);
    // Unchanged past the confirmation period, the short version was meant, and is served.
    clock = 30_000;
    expect(store.reload().errors.some((e) => e.startsWith('seed.txt'))).toBe(false);
    expect(store.ask('高新区行政服务局台式计算机采购数量').text).not.toMatch(/8 台/);
  });

  it('waits for a file being written slowly before reading it', async () => {
    const dir = folderWithSeed();
    const store = new KnowledgeStore([dir]);
    const text = readFileSync(join(SHARED_DOCS, '10_shanghai_putuo_wanlijiedao_2024_yusuan.txt'), 'utf8');
    const reports: string[][] = [];
    const stop = store.watch((report) => reports.push(report.added), 150);
    const path = join(dir, 'wanli.txt');
    // Written in ten pieces, 60 ms apart: no reload may read it half-way.
    for (let i = 1; i <= 10; i++) {
      writeFileSync(path, text.slice(0, Math.floor((text.length * i) / 10)));
      await new Promise((r) => setTimeout(r, 60));
    }
    // The load runs in a worker thread: wait for its report, then a while longer for any second one.
    for (let waited = 0; !reports.length && waited < 15_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 500));
    stop();
    expect(reports).toEqual([['wanli.txt']]);
    expect(store.ask('万里街道机关运行经费').text).toContain('443.18');
  });

  it('keeps follow-up context across a reload', () => {
    const store = new KnowledgeStore([folderWithSeed()]);
    store.ask('三公经费多少', 's1');
    store.reload();
    expect(store.ask('原因是什么', 's1').text).toContain('八项规定');
  });

  it('reloads when a watched file changes', async () => {
    const dir = folderWithSeed();
    const store = new KnowledgeStore([dir]);
    const reported = new Promise<string[]>((resolve) => {
      const stop = store.watch((report) => {
        stop();
        resolve(report.added);
      }, 50);
    });
    copyFileSync(join(SHARED_DOCS, '02_jiangsu_gaojirenminfayuan_2019_yusuan.txt'), join(dir, 'court.txt'));
    expect(await reported).toEqual(['court.txt']);
  });
});

describe('the admin reload command and channel defaults', () => {
  it('lets admins reload and refuses everyone else', async () => {
    const store = new KnowledgeStore([folderWithSeed()]);
    const bot = new Bot(store, { reload: () => reportText(store.reload()), admins: ['slack:UADMIN'] });
    const ask = (userId: string) => bot.handle({ adapter: 'slack', conversationId: 'C1', userId, text: '/reload', addressed: true });
    expect((await ask('UADMIN'))!.text).toBe('已重新加载。没有变化。');
    expect((await ask('USOMEONE'))!.text).toBe(RELOAD_DENIED);
  });

  it('answers from a channel’s own document when several are loaded', async () => {
    const store = new KnowledgeStore([SEED_PATH, SHARED_DOCS]);
    const config = readConfig({ BUDGET_BOT_CHANNEL_DOCS: 'CCOURT=江苏省高级人民法院;CSEED=2020_gaoxinqu_xingzhengfuwuju_yusuan.txt' });
    const bot = new Bot(store, { channelDocuments: config.channelDocuments });
    const ask = (conversationId: string) => bot.handle({ adapter: 'slack', conversationId, userId: 'U1', text: '三公经费', addressed: true });
    expect((await ask('CCOURT'))!.text).toContain('513.75');
    expect((await ask('CSEED'))!.text).toMatch(/^三公经费：0 万元/);
    const elsewhere = (await ask('COTHER'))!;
    expect(elsewhere.answered).toBe(false);
    expect(elsewhere.clarify).toHaveLength(10);
  });

  it('rejects a malformed channel map', () => {
    expect(() => readConfig({ BUDGET_BOT_CHANNEL_DOCS: 'C1' })).toThrow(/BUDGET_BOT_CHANNEL_DOCS must look like/);
  });
});

describe('comparing years of one department', () => {
  it('answers 2021年和2020年比 from the two years loaded', () => {
    const dir = folderWithSeed();
    writeFileSync(join(dir, 'seed-2021.txt'), readFileSync(SEED_PATH, 'utf8').replaceAll('2020', '2021').replace('机关运行费安排 78.66 万', '机关运行费安排 90.00 万'));
    copyFileSync(join(SHARED_DOCS, '02_jiangsu_gaojirenminfayuan_2019_yusuan.txt'), join(dir, 'court.txt'));
    const store = new KnowledgeStore([dir]);
    const a = store.ask('行政服务局机关运行费2021年和2020年比');
    expect(a.intent).toBe('compare');
    expect(a.text).toContain('高新区行政服务局 2021年预算：90 万元');
    expect(a.text).toContain('高新区行政服务局 2020年预算：78.66 万元');
    expect(a.text).not.toContain('江苏省高级人民法院');
    expect(a.citations.map((c) => c.doc).sort()).toEqual(['seed-2021.txt', 'seed.txt']);
  });
});
