/**
 * Facts the prose states outside the key figures, tested from the fact base of every shared
 * disclosure: the changes and reasons of classified lines, the bodies listed (处室, 下属单位) and
 * counts stated beside a name. Each is asked the way a user would and the answer must carry it.
 */
import { describe, expect, it } from 'vitest';
import { num } from '../src/answer/answer.js';
import { replyBody } from './replyBody.js';
import { Engine } from '../src/engine/engine.js';
import { loadDocuments } from '../src/parse/load.js';
import { SEED_PATH, SHARED_DOCS } from './helpers.js';
import { parseDocument } from '../src/parse/document.js';
import { withProseChanges } from '../src/parse/lineItemChanges.js';
import { SourceText } from '../src/parse/sourceText.js';
import type { LineItem } from '../src/schema/table.js';

const { documents } = loadDocuments([SEED_PATH, SHARED_DOCS]);
const body = (text: string) => replyBody(text);

describe('what the shared disclosures state in prose', () => {
  it('reads changes and reasons of classified lines in several templates', () => {
    const withReason = documents.flatMap((d) => d.facts.lineItems.filter((i) => i.change?.reason));
    expect(withReason.length).toBeGreaterThan(40);
    const byDoc = new Set(documents.filter((d) => d.facts.lineItems.some((i) => i.change?.reason)).map((d) => d.facts.identity.id));
    expect(byDoc.size).toBeGreaterThanOrEqual(4);
  });

  it('reads a reason in the sentence after its change and a stated last-year figure', () => {
    const renda = documents.find((d) => d.facts.identity.department.includes('人大'))!;
    expect(renda.facts.amounts.find((a) => a.concept === 'budget.total')?.change?.reason).toMatch(/^增人增资/);
    const wanli = documents.find((d) => d.facts.identity.department.includes('万里'))!;
    expect(wanli.facts.lineItems.find((i) => i.name === '公益性岗位补贴')?.change).toMatchObject({ previous: 389.59, rate: 8.12 });
  });

  it('reads what a 决算 says of each line against its budget', () => {
    const bureau = documents.find((d) => d.facts.identity.department === '国家信访局')!;
    expect(bureau.facts.executions.find((e) => e.name === '一般行政管理事务')).toMatchObject({ budgeted: 590.53, actual: 4.7, rate: 0.8, reason: expect.stringMatching(/^年中按规定将部门机动经费/) });
    expect(documents.filter((d) => d.facts.executions.length).map((d) => d.facts.identity.kind)).toEqual(['决算', '决算']);
  });

  it('reads money stated under a label no concept covers, with its change and reason', () => {
    const kunming = documents.find((d) => d.facts.identity.department.includes('昆明'))!;
    expect(kunming.facts.statedAmounts.find((a) => a.label === '委托业务费')).toMatchObject({ value: 2013.305, statedUnit: '元', change: { direction: '减少', reason: expect.stringMatching(/^压减项目支出/) } });
    const changsha = documents.find((d) => d.facts.identity.department.includes('长沙'))!;
    expect(changsha.facts.statedAmounts.map((a) => a.label)).toContain('委托业务费');
  });

  it('lists the bodies named in the prose', () => {
    const changsha = documents.find((d) => d.facts.identity.department.includes('长沙'))!;
    expect(changsha.facts.orgListings.find((o) => o.kind === 'internal')).toMatchObject({ count: 10, names: expect.arrayContaining(['接待来访处', '网络信访处', '政策法规处']) });
    const school = documents.find((d) => d.facts.identity.department.includes('交通职业'))!;
    expect(school.facts.orgListings[0].names).toEqual(expect.arrayContaining(['轨道交通学院', '智慧交通学院', '基础教学部']));
  });

  it('reads a line\'s change where the prose gives its name\'s words in another order beside the same figure', () => {
    const text = new SourceText('order.txt', ['2．某某（款）数据事务管理（项）支出 804.83 万元，与上年相比减少 45.14 万元，减少 5.31%。主要原因是平台建设经费安排减少。', '3．某某（款）数据管理事务（项）支出 99.00 万元。'].join('\n'));
    const item = { scheme: 'functional', code: '2049902', name: '数据管理事务', level: 3, value: 804.83, printed: '804.83', statedUnit: '万元', phase: 'budget', breakdown: [], source: { doc: 'order.txt', line: 1, quote: '' } } as unknown as LineItem;
    expect(withProseChanges(text, [item])[0].change).toMatchObject({ direction: '减少', amount: 45.14, reason: expect.stringMatching(/^平台建设经费/) });
    // Other characters beside the figure are no name of the line.
    expect(withProseChanges(text, [{ ...item, name: '数据服务事务' }])[0].change).toBeUndefined();
  });

  it('lists the units of a table printed a cell to a line, its row numbers lost and its remarks dropped', () => {
    const text = ['二、部门决算单位构成', '纳入本局2024年度部门决算编制范围的单位包括：', '序号', '单位名称', '备注', '1', '某市某区财政局（本级）', '2', '某市某区财政局财政所 预算不单列，并入本级', '3', '某市某区国库收付中心 预算不单列，并入本级', '', '三、收入支出决算总体情况说明'].join('\n');
    const listing = parseDocument('units.txt', text).facts.orgListings.find((o) => o.kind === 'subordinate');
    expect(listing?.names).toEqual(['某市某区财政局', '某市某区财政局财政所', '某市某区国库收付中心']);
    expect(listing?.source.line).toBe(7);
  });
});

describe.each(documents.map((d) => [d.facts.identity.id, d] as const))('prose facts of %s answer questions', (_, doc) => {
  const engine = new Engine([doc]);

  it('gives each classified line its stated reason when asked why it changed', () => {
    // A name several lines share (一般行政管理事务 under several 款) is asked back, not answered: unique names only.
    const unique = (name: string) => doc.facts.lineItems.filter((i) => i.name === name).length === 1;
    for (const item of doc.facts.lineItems.filter((i) => i.change?.reason && i.change.direction !== '持平' && unique(i.name))) {
      const answer = engine.ask(`${item.name}为什么${item.change!.direction}`, `why-${item.code}`);
      expect(body(answer.text), item.name).toContain(item.change!.reason!.slice(0, 6));
    }
  });

  it('lists the internal divisions it names', () => {
    const listing = doc.facts.orgListings.find((o) => o.kind === 'internal' && o.names.length >= 3);
    if (!listing) return;
    const answer = engine.ask('有哪些内设机构', 'bodies');
    for (const name of listing.names.slice(0, 3)) expect(body(answer.text)).toContain(name);
  });

  it('gives each line a 决算 explains its budget, actual and the reason they differ', () => {
    const unique = (name: string) => doc.facts.executions.filter((e) => e.name === name).length === 1;
    for (const statement of doc.facts.executions.filter((e) => unique(e.name))) {
      const answer = body(engine.ask(`${statement.name}年初预算多少，决算多少`, `exec-${statement.name}`).text);
      expect(answer, statement.name).toContain(`年初预算 ${num(statement.budgeted)} 万元`);
      expect(answer, statement.name).toContain(`支出决算 ${num(statement.actual)} 万元`);
      if (statement.reason) expect(answer, statement.name).toContain(statement.reason.slice(0, 6));
    }
  });

  it('answers a count by the words of its label', () => {
    // Labels cut at their longest (12 characters) may have lost their first word: whole ones only.
    const counts = doc.facts.statedCounts.filter((c) => c.label.length >= 4 && c.label.length < 12 && /^[\u4e00-\u9fa5]+$/.test(c.label) && doc.facts.statedCounts.filter((o) => o.label === c.label).length === 1);
    for (const count of counts.filter((c) => ['辆', '人', '名'].includes(c.unit))) {
      const answer = engine.ask(`${count.label}有几${count.unit === '辆' ? '辆' : '人'}`, `count-${count.label}`);
      expect(body(answer.text), count.label).toContain(`${num(count.value)} ${count.unit}`);
    }
  });
});

describe('a 决算 self-evaluation summary per project, broken across a page', () => {
  const text = [
    '某某局2024年度部门决算',
    '  （二）部门决算中项目绩效自评结果',
    '  1.城市平台运维项目绩效自评综述：根据年初设定的绩效目标，项目自评得分为 90.0 分。全年预算数为 100.00 万元，执',
    '行数为 60.00 万元，完成预算的 60.0%。存在的问题及原',
    '                  12',
    '',
    '因：预算执行率较低，主要是采购延迟。下一步改进措施：加快采购进度。',
    '  2.干部培训专项综述：项目自评得分为 98.0 分。存在的问题及原因：培训效果缺乏数据支撑。',
  ].join('\n');
  const doc = parseDocument('self-evaluation.txt', text);

  it('reads each project\'s 存在的问题及原因, joined over the page break, cited from the line it starts on', () => {
    const problems = doc.facts.projectSections.filter((s) => s.label === '问题及原因');
    expect(problems.map((s) => [s.project, s.text, s.source.line])).toEqual([
      ['城市平台运维', '预算执行率较低,主要是采购延迟。', 4],
      ['干部培训专项', '培训效果缺乏数据支撑。', 8],
    ]);
  });
});

describe('a count of things held or put out, the things named after it', () => {
  const doc = parseDocument('held.txt', ['某某委员会2024年部门预算', '（九）加强干部培训和宣传工作。举办9 期基层干部培训班；举办4期法律讲座；与某报社联办10期法制专刊。'].join('\n'));
  const engine = new Engine([doc]);

  it('reads 举办9期基层干部培训班 as 9 of those classes, and answers 计划办几期 / 联办了多少期', () => {
    const counts = doc.facts.statedCounts.map((c) => [c.label, c.value, c.unit]);
    expect(counts).toEqual(expect.arrayContaining([['基层干部培训班', 9, '期'], ['法律讲座', 4, '期'], ['法制专刊', 10, '期']]));
    expect(body(engine.ask('今年计划办几期基层干部培训班？', 'held').text)).toContain('9 期');
    expect(body(engine.ask('和报社联办了多少期法制专刊', 'held-2').text)).toContain('10 期');
  });
});

describe('a count of people in tens of thousands', () => {
  const doc = parseDocument('followers.txt', ['某某局2024年部门决算', '联合策划开展主题宣传活动。微信公众号用户关注总量超过 830 万人；全年刊发稿件 280 余篇。'].join('\n'));
  const engine = new Engine([doc]);

  it('reads 关注总量超过830万人 as a count, and answers 有多少人关注 / 有多少粉丝 with it', () => {
    expect(doc.facts.statedCounts.map((c) => [c.label, c.value, c.unit])).toContainEqual(['微信公众号用户关注总量', 830, '万人']);
    for (const q of ['微信公众号有多少人关注？', '我关注了他们的微信公众号，它有多少粉丝？']) expect(body(engine.ask(q, q).text), q).toContain('830 万人');
  });
});

describe('a count of a place\'s bodies, written before their name', () => {
  const doc = parseDocument('bodies-of-place.txt', ['某某局2020年部门预算', '绩效目标：推进规范化建设，确保全区 4 个街道（乡镇）综合（便民）服务中心工作进行顺利。'].join('\n'));

  it('reads 全区 4 个街道（乡镇）综合（便民）服务中心 as 4 of those centres, not 4 of 确保全区', () => {
    const counts = doc.facts.statedCounts.map((c) => [c.label, c.value, c.unit]);
    expect(counts).toContainEqual(['街道乡镇综合便民服务中心', 4, '个']);
    expect(counts.some(([label]) => String(label).includes('确保'))).toBe(false);
  });
});

describe('the parts of all assets the prose lists', () => {
  // The standard sentence of 国有资产占有使用情况: the total, then 其中 each kind of asset.
  const text = [
    '2026年某某局部门预算',
    '（四）国有资产占有使用情况',
    '截至2025年12月31日，某某局资产总额 1,250,000.00 元，其中，流动资产200,000.00元，固定资产850,000.00元，对外投资及有价证券0.00元，在建工程0.00元，无形资产 200,000.00 元，其他资产0.00元。',
  ].join('\n');
  const engine = new Engine([parseDocument('assets.txt', text)]);

  it('gives each kind asked its own figure, never fixed assets in place of another', () => {
    expect(body(engine.ask('流动资产有多少', 'current').text)).toContain('20 万元');
    expect(body(engine.ask('无形资产多少钱', 'intangible').text)).toContain('20 万元');
    expect(body(engine.ask('在建工程是多少', 'construction').text)).toContain('0 万元');
    expect(body(engine.ask('固定资产多少', 'fixed').text)).toContain('85 万元');
  });

  it('reads everything the body owns, in everyday words, as all its assets (名下的东西加起来总共值多少钱)', () => {
    for (const q of ['名下的东西加起来总共值多少钱？', '单位的家底一共有多少', '资产加起来值多少']) expect(body(engine.ask(q, q).text), q).toContain('125 万元');
  });
});
