/**
 * Understanding as a user meets it: follow-ups that point back, attributes a disclosure never
 * states, things named alike asked back as questions, definitions found inside other entries, and
 * several questions in one message. Values come from the seed and the shared disclosures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { replyBody } from './replyBody.js';
import { Engine } from '../src/engine/engine.js';
import { loadKnowledge } from '../src/intent/lexicon.js';
import { loadDocuments } from '../src/parse/load.js';
import { ROOT, SEED_PATH, SHARED_DOCS } from './helpers.js';

const seed = new Engine(loadDocuments([SEED_PATH]).documents);
const shared = (file: string) => new Engine(loadDocuments([`${SHARED_DOCS}/${file}`]).documents);
const body = (text: string) => replyBody(text);

describe('understanding', () => {
  it('keeps the subject of a conversation when a question points back or names nothing', () => {
    expect(body(seed.ask('档案扫描服务费的绩效指标', 'c1').text)).toContain('档案扫描服务费');
    expect(body(seed.ask('它的合格率要求呢', 'c1').text)).toMatch(/合格率.*95%/);
    expect(body(seed.ask('政务服务中心是什么性质的单位', 'c2').text)).toContain('事业');
    expect(body(seed.ask('级别呢', 'c2').text)).toContain('正科级');
  });

  it('refuses an attribute no disclosure states, and says what it does give', () => {
    const answer = seed.ask('档案扫描服务费是哪家公司中标的');
    expect(answer.answered).toBe(false);
    expect(answer.text).toContain('供应商或中标单位');
    expect(answer.text).toMatch(/披露给出的是：.*50 万元/);
  });

  it('asks back between things named alike, each reading a question that can be asked as it stands', () => {
    const answer = seed.ask('工装费用多少');
    if (answer.clarify) for (const option of answer.clarify) expect(seed.ask(option).clarify ?? []).toHaveLength(0);
    const timed = seed.ask('工装多久换一次');
    expect(body(timed.text)).toContain('办公人员统一工装质保金更换时间');
  });

  it('finds a definition inside another entry of the glossary', () => {
    const answer = seed.ask('公务用车购置及运行费包含什么');
    expect(answer.intent).toBe('definition');
    expect(body(answer.text)).toContain('燃料费');
  });

  it('answers each question of a message, the later leaning on the earlier', () => {
    const answer = shared('b01_guojia_xinfangju_2024_juesuan.txt').ask('一般公共预算财政拨款收入多少？为什么增加');
    expect(body(answer.text)).toContain('19572.91');
    expect(body(answer.text)).toContain('一次性项目');
  });

  it('gives a 自评表 project its execution beside its budget, in a follow-up too', () => {
    const bureau = shared('b01_guojia_xinfangju_2024_juesuan.txt');
    expect(body(bureau.ask('信息化运行维护项目全年预算多少', 'e1').text)).toContain('1639.34');
    expect(body(bureau.ask('执行率呢', 'e1').text)).toMatch(/全年执行数 1032\.99 万元.*执行率 63\.01%/);
  });

  it('gives a reason stated for the parts of a total that states none', () => {
    expect(body(seed.ask('今年预算为什么比去年多').text)).toMatch(/基本支出.*劳务派遣/s);
  });

  it('reads its own body typed with one character wrong as its own', () => {
    expect(seed.ask('行政服物局的三公经费多少').answered).toBe(true);
  });

  it('refuses another school sharing the ending of the loaded one', () => {
    expect(shared('b12_shanghai_jiaotongzhiyejishuxueyuan_2026_yusuan.txt').ask('上海海事职业技术学院2026年预算多少').answered).toBe(false);
  });
});

describe.each(loadDocuments([SEED_PATH, SHARED_DOCS]).documents.map((d) => [d.facts.identity.id, d] as const))('ranking inside a concept in %s', (_, doc) => {
  it('ranks the 302 classes for 公用经费里哪一项最多', () => {
    const classes = doc.facts.lineItems.filter((i) => i.scheme === 'economic' && i.level === 2 && i.code.startsWith('302'));
    if (classes.length < 2) return;
    const top = [...classes].sort((a, b) => b.value - a.value)[0];
    expect(body(new Engine([doc]).ask('公用经费里哪一项最多').text)).toMatch(new RegExp(`^按部门支出经济分类[^\\n]*\\n1\\. ${top.code} ${top.name}`));
  });
});

describe('knowledge passed in', () => {
  it('is the knowledge an engine reads with, and no other engine sees it', () => {
    const knowledge = loadKnowledge();
    knowledge.synonyms['胡吃海喝'] = '公务接待费';
    const told = new Engine(loadDocuments([SEED_PATH]).documents, { knowledge });
    expect(body(told.ask('胡吃海喝花多少').text)).toContain('公务接待费');
    expect(body(seed.ask('胡吃海喝花多少').text)).not.toContain('公务接待费：');
  });
});

describe('the intent layer is the only reader of question text', () => {
  it('leaves no pattern test of the question text in the engine or the answer layer', () => {
    const files = ['src/engine', 'src/answer'].flatMap((dir) => readdirSync(`${ROOT}${dir}`, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => `${ROOT}${dir}/${f}`));
    const readers = files.filter((f) => /\.test\(frame\.(?:text|raw)\)|frame\.(?:text|raw)\.match\(|frame\.raw\b/.test(readFileSync(f, 'utf8')));
    expect(readers).toEqual([]);
  });
});
