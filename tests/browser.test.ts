/**
 * The desk page in a real browser: Debian's chromium driven by playwright-core, against the desk
 * server on loopback. Ask, see the figure and the highlighted source line, follow up, press a
 * clarify button, send 👎 and find it in the inbox, the print slip, a <script> question shown as
 * text, English, counter mode and a phone's width. Screenshots go to test-output/desk/ for people
 * to look at; they are not compared.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocuments } from '../src/parse/load.js';
import { startDesk, type Desk } from './desk.js';
import { ROOT, SEED_PATH, SHARED_DOCS, tempDir } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
/** Flags for a machine with no network but loopback: nothing is fetched, synced or updated. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SHOTS = join(ROOT, 'test-output', 'desk');
const available = existsSync(CHROMIUM);
// CI must run it: there a missing browser is a failure, not a skip.
const runs = available || process.env.CI === 'true';
if (!runs) console.warn(`\n!!! SKIPPED the desk's browser test: ${CHROMIUM} is missing. Install it with: apt-get install -y chromium fonts-noto-cjk (.ci/run does) !!!\n`);

describe.runIf(runs)('the desk page in chromium', { timeout: 30_000 }, () => {
  let desk: Desk;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    desk = await startDesk();
    context = await chromium.launchPersistentContext(tempDir('chromium-profile-'), { executablePath: CHROMIUM, headless: true, args: FLAGS, locale: 'zh-CN', viewport: { width: 1100, height: 900 } });
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${desk.url}/`);
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await desk?.stop();
  });

  const ask = async (question: string) => {
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/ask'));
    await page.fill('#question', question);
    await page.press('#question', 'Enter');
    await answered;
    await expect.poll(() => page.textContent('#asked')).toBe(question);
  };

  it('suggests questions made from the loaded document', async () => {
    await page.waitForSelector('#suggestions .chip');
    expect(await page.locator('#suggestions .chip').allTextContents()).toContain('机关运行费是多少');
    // One document: no picker.
    expect(await page.isHidden('#picker')).toBe(true);
  });

  it('answers with the figure large and the cited line highlighted among its neighbours', async () => {
    await ask('机关运行费多少');
    expect(await page.textContent('#figure')).toBe('78.66 万元');
    const figureSize = await page.$eval('#figure', (e) => parseFloat(getComputedStyle(e).fontSize));
    const bodySize = await page.$eval('#body p', (e) => parseFloat(getComputedStyle(e).fontSize));
    expect(figureSize).toBeGreaterThan(bodySize * 2);
    expect(await page.textContent('.lines li.cited mark')).toContain('2020年度机关运行费安排78.66万');
    expect(await page.locator('.lines li').count()).toBe(5);
    expect(await page.textContent('.source figcaption')).toMatch(/高新区行政服务局.*第49行/);
    // Focus moves to the answer, so a screen reader reads it next.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('answer');
    await page.screenshot({ path: join(SHOTS, 'answer.png'), fullPage: true });
  });

  it('answers a follow-up in the same tab', async () => {
    await ask('比上年呢');
    expect(await page.textContent('#body')).toContain('13.34 万元');
  });

  it('offers the questions to ask next as links, and asks the one followed', async () => {
    await ask('项目支出多少');
    const links = await page.locator('#next-list a').allTextContents();
    expect(links.length).toBeGreaterThan(0);
    // Offered once, as links, not again in the body above them.
    expect(await page.textContent('#body')).not.toContain(links[0]);
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/ask'));
    await page.locator('#next-list a').first().click();
    await answered;
    await expect.poll(() => page.textContent('#asked')).toBe(links[0]);
    expect(await page.isHidden('#answer')).toBe(false);
  });

  it('shows clarify options as buttons, and answers the one pressed', async () => {
    await ask('服务对象满意度');
    const option = page.locator('#options .chip', { hasText: '专家评审费的服务对象满意度（≥95%）' });
    // Listed once, as buttons, not again as text above them.
    expect(await page.textContent('#body')).not.toContain('专家评审费的服务对象满意度');
    await page.screenshot({ path: join(SHOTS, 'clarify.png'), fullPage: true });
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/ask'));
    await option.click();
    await answered;
    await expect.poll(() => page.textContent('#body')).toMatch(/^专家评审费服务对象满意度（服务对象满意度指标）：≥95%/);
    expect(await page.isHidden('#clarify')).toBe(true);
  });

  it('sends 👎, which lands in the inbox with its question', async () => {
    await ask('项目支出多少');
    const sent = page.waitForResponse((r) => r.url().endsWith('/api/feedback'));
    await page.click('#down');
    expect(await (await sent).json()).toEqual({ accepted: true });
    expect(await page.textContent('#status')).toBe('谢谢反馈');
    expect(desk.inbox.groups().find((g) => g.question === '项目支出多少')?.kinds).toEqual(['down']);
  });

  it('prints a slip with the answer and its source only', async () => {
    await ask('机关运行费多少');
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.isVisible('#slip')).toBe(true);
      expect(await page.isHidden('main')).toBe(true);
      expect(await page.textContent('#slip-body')).toContain('78.66 万元');
      expect(await page.textContent('#slip-source')).toMatch(/来源：高新区行政服务局.*第49行「2020年度机关运行费安排78.66万/);
      await page.screenshot({ path: join(SHOTS, 'slip.png'), fullPage: true });
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('shows a <script> question as text and runs nothing', async () => {
    await ask('<script>window.pwned=1</script><img src=x onerror="window.pwned=2">');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('#history-list li').last().textContent()).toBe('<script>window.pwned=1</script><img src=x onerror="window.pwned=2">');
    expect(await page.locator('main img, main script').count()).toBe(0);
  });

  it('switches to English and to counter mode with large type', async () => {
    const before = await page.$eval('#question', (e) => parseFloat(getComputedStyle(e).fontSize));
    await page.click('#lang');
    expect(await page.textContent('#send')).toBe('Ask');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('#counter');
    expect(await page.getAttribute('#counter', 'aria-pressed')).toBe('true');
    expect(await page.$eval('#question', (e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThan(before * 1.4);
    await page.screenshot({ path: join(SHOTS, 'counter-english.png'), fullPage: true });
    await page.click('#counter');
    await page.click('#lang');
  });

  it('offers a document picker when several are loaded, and answers from the one picked', async () => {
    const { documents } = loadDocuments([SEED_PATH, `${SHARED_DOCS}/02_jiangsu_gaojirenminfayuan_2019_yusuan.txt`]);
    const several = await startDesk({ documents });
    try {
      await page.goto(`${several.url}/`);
      await page.waitForSelector('#picker:not([hidden])');
      expect(await page.locator('#doc option').count()).toBe(3);
      await page.selectOption('#doc', '2020_gaoxinqu_xingzhengfuwuju_yusuan.txt');
      await expect.poll(() => page.locator('#suggestions .chip').allTextContents()).toContain('机关运行费是多少');
      await ask('机关运行费多少');
      expect(await page.textContent('#figure')).toBe('78.66 万元');
      await page.screenshot({ path: join(SHOTS, 'picker.png'), fullPage: true });
    } finally {
      await page.goto(`${desk.url}/`);
      await several.stop();
    }
  });

  it('fits a phone without sideways scrolling', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await ask('三公经费多少');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'phone.png'), fullPage: true });
  });
});
