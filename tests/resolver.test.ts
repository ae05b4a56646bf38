/**
 * The scored resolver alone, on names made up for the test: abbreviations whose characters stand
 * apart in a name, two leading characters as the weakest reading, and plain bigram readings.
 */
import { describe, expect, it } from 'vitest';
import { Resolver } from '../src/resolve/resolver.js';
import type { Entity } from '../src/search/entities.js';
import { departmentNames, pickEntity, withoutOwnNames } from '../src/engine/resolve.js';
import type { LoadedDocument } from '../src/engine/engine.js';
import { analyze } from '../src/intent/frame.js';

const table = (name: string, goal?: string) => ({ kind: 'table', name, table: { project: name, goal } }) as unknown as Entity;
const resolver = new Resolver([table('城市绿化养护管理服务费'), table('道路清扫保洁服务费'), table('档案数字化加工服务费')]);
const top = (question: string, subject: string) => resolver.readings(question, undefined, undefined, subject)[0];

describe('the body\'s own names', () => {
  it('leave a question, abbreviated too (交通职院 of 上海交通职业技术学院), unless a thing\'s name holds the words', () => {
    expect(withoutOwnNames('我准备报考交通职院一年学费多少钱', ['上海交通职业技术学院'])).toBe('我准备报考一年学费多少钱');
    expect(withoutOwnNames('交通职院其他交通费用多少', ['上海交通职业技术学院'], ['交通职院专项'])).toBe('交通职院其他交通费用多少');
    // A three-character tail is the body's name too (信访局 of 国家信访局).
    expect(withoutOwnNames('信访局的微信公众号有多少粉丝', ['国家信访局'])).toBe('的微信公众号有多少粉丝');
    // Words in the name's own order run together are its tail or nothing: 技术学院 is removed as a tail.
    expect(withoutOwnNames('技术学院的收入', ['上海交通职业技术学院'])).toBe('的收入');
    // A street office's place alone (建设 of 建设街道办事处) goes only said as a place, before a word of where.
    const street = departmentNames('某某区人民政府建设街道办事处');
    expect(street).toEqual(['某某区人民政府建设街道办事处', '建设街道', '建设']);
    expect(withoutOwnNames('基本建设支出多少', street)).toBe('基本建设支出多少');
    expect(withoutOwnNames('建设这边项目支出多少', street)).toBe('这边项目支出多少');
  });
});

describe('the resolver', () => {
  it('reads two leading characters that stand apart in one name as that name, marked as the weakest reading', () => {
    const reading = top('绿养一年验收多少次', '绿养一年验收|次');
    expect(reading?.entity.name).toBe('城市绿化养护管理服务费');
    expect(reading?.lead).toBe(true);
  });

  it('takes no leading characters where a name is read by its words, and none that run together in a name', () => {
    const words = top('道路清扫保洁多少次', '道路清扫保洁|次');
    expect(words?.entity.name).toBe('道路清扫保洁服务费');
    expect(words?.lead).toBeUndefined();
    // 加工 runs together in 档案数字化加工服务费: a word of it, not an abbreviation; alone it reads as nothing.
    expect(resolver.readings('加工了吗', undefined, undefined, '加工').every((r) => !r.lead)).toBe(true);
  });

  it('reads a two-character word that is all the question names as the one name it abbreviates (绿养)', () => {
    const reading = top('绿养多少钱', '绿养|钱');
    expect(reading?.entity.name).toBe('城市绿化养护管理服务费');
    expect(reading?.lead).toBe(false);
  });

  it('takes no two-character abbreviation that a term of the knowledge also holds', () => {
    const withTerm = new Resolver([table('城市绿化养护管理服务费')], ['绿地养护经费']);
    expect(withTerm.readings('绿养多少钱', undefined, undefined, '绿养|钱')[0]?.lead).toBe(true);
  });

  it('finds an abbreviation that ends a clause of other words (听说道扫不收钱 → 道扫)', () => {
    expect(top('听说道清扫不收钱', '听说道清扫不收钱')?.entity.name).toBe('道路清扫保洁服务费');
    // Not from a character that many names hold: 务 starts no abbreviation inside a clause.
    const many = new Resolver([table('服务大厅运行费'), table('服务窗口维护费'), table('后勤服务保障费')]);
    expect(many.readings('听说务大不收钱', undefined, undefined, '听说务大不收钱')).toEqual([]);
    // Two characters ending the clause from a rare one (大运 of 务大运), apart in one name alone, name it.
    expect(many.readings('听说务大运不收钱', undefined, undefined, '听说务大运不收钱')[0]?.entity.name).toBe('服务大厅运行费');
    expect(new Resolver([table('服务大厅运行费')]).readings('听说务大运不收钱', undefined, undefined, '听说务大运不收钱')[0]?.entity.name).toBe('服务大厅运行费');
  });

  it('puts a thing whose name holds another\'s stem and says more of the question ahead of it (租赁费 … 办公)', () => {
    const line = { kind: 'lineItem', name: '租赁费', item: { code: '30214', scheme: 'economic' } } as unknown as Entity;
    const withLine = new Resolver([line, table('办公用房租赁'), table('档案数字化加工服务费')]);
    expect(withLine.readings('在外面租赁费办公一年多少', undefined, undefined, '在外面租赁费办公一年')[0]?.entity.name).toBe('办公用房租赁');
    // The stem alone, or with words that only say what kind of money it is, stays the general thing's.
    expect(withLine.readings('租赁费多少', undefined, undefined, '租赁费')[0]?.entity.name).toBe('租赁费');
    const lines = new Resolver([line, { ...line, name: '其他租赁费支出' } as Entity]);
    expect(lines.readings('租赁费支出多少', undefined, undefined, '租赁费支出')[0]?.entity.name).toBe('租赁费');
  });

  it('reads the word a name starts with, in no other name, said inside a clause (排队取号的机器 → 取号叫号系统升级费), but not the body\'s place', () => {
    const names = new Resolver([table('取号叫号系统升级费'), table('北京市农业普查'), table('档案数字化加工服务费')], [], ['北京市统计局']);
    expect(names.readings('排队取号的机器改了为啥', undefined, undefined, '排队取号|机器改了')[0]?.entity.name).toBe('取号叫号系统升级费');
    expect(names.readings('明天北京天气咋样', undefined, undefined, '明天北京天气咋样')).toEqual([]);
  });

  it('reads no procurement catalogue class by its first word alone, a word of every trade (审批业务 is no 业务用房施工)', () => {
    const item = { kind: 'procItem', name: '业务用房施工', item: { item: '业务用房施工', project: '综合服务中心装修工程费用' } } as unknown as Entity;
    const names = new Resolver([item, table('取号叫号系统升级费')]);
    expect(names.readings('大厅实际办结了多少件审批业务', undefined, undefined, '大厅实际办结了多少件审批业务')).toEqual([]);
    expect(names.readings('业务用房施工花了多少', undefined, undefined, '业务用房施工')[0]?.entity.name).toBe('业务用房施工');
  });

  it('reads what is named after 下面 / 里面 as asked, what is named before it as where (数据事务下面一般行管事务)', () => {
    const lines = new Resolver([table('数据事务'), table('一般行政管理事务'), table('档案数字化加工服务费')]);
    const q = '数据事务下面一般行管事务那个项年初多少';
    expect(lines.readings(q, undefined, undefined, '数据事务下面一般行管事务那个项年初')[0]?.entity.name).toBe('一般行政管理事务');
    // Nothing named after it: the thing before stays what is asked.
    expect(lines.readings('数据事务下面有哪些项', undefined, undefined, '数据事务下面|项')[0]?.entity.name).toBe('数据事务');
  });

  it('reads words each in two names, said apart, as the one name holding them all (工装…质保金)', () => {
    const three = new Resolver([table('办公人员统一工装质保金'), table('便民服务中心工装费用'), table('大厅升级改造设备质保金'), table('档案数字化加工服务费'), table('道路清扫保洁服务费')]);
    const readings = three.readings('听说工装有个质保金衣服多久换一次啊', undefined, undefined, '听说工装|个质保金衣服|换一次啊');
    expect(readings.map((r) => r.entity.name)).toEqual(['办公人员统一工装质保金']);
    // Worn (穿工装的), the word is read as it stands.
    expect(three.readings('大厅里那些穿工装的工作人员衣服多久换一次', undefined, undefined, '大厅里那些穿工装的工作人员衣服|换一次').map((r) => r.entity.name)).toContain('办公人员统一工装质保金');
    // One such word alone names neither.
    expect(three.readings('质保金多少', undefined, undefined, '质保金')[0]?.coverage).toBeLessThan(1);
  });

  it('takes, of two things each read by one word, the one whose purpose the question also describes', () => {
    const procItem = (name: string) => ({ kind: 'procItem', name, item: { item: name } }) as unknown as Entity;
    const entities = [table('渣土处置费', '对建筑工地渣土进行清运处置，按中标价结算'), procItem('其他数据处理服务'), table('档案扫描服务费', '扫描纸质档案')];
    const doc = { entities, resolver: new Resolver(entities), ownNames: [], thingNames: entities.map((e) => e.name), facts: { identity: { department: '某某局' } } } as unknown as LoadedDocument;
    const frame = analyze('拉渣土的，工地清运，政府给的处理费一方多少钱？');
    expect(doc.resolver.readings(frame.mentionText, undefined, undefined, frame.subjectText).map((r) => r.entity.name).sort()).toEqual(['其他数据处理服务', '渣土处置费']);
    expect(pickEntity(frame, doc, undefined)?.entity.name).toBe('渣土处置费');
  });

  it('takes, of things each read by one word, the table that gives the time asked (工装多久换一次 → the one with 更换时间)', () => {
    const withRows = (name: string, rows: string[]) => ({ kind: 'table', name, table: { project: name, goal: '', rows: rows.map((level3) => ({ level1: '产出指标', level2: '数量指标', level3, value: { raw: '1' } })) } }) as unknown as Entity;
    const entities = [withRows('便民中心窗口办公经费', ['采购数量']), withRows('中心工装费用', ['覆盖率']), withRows('统一工装质保金', ['更换时间'])];
    const doc = { entities, resolver: new Resolver(entities), ownNames: [], thingNames: entities.map((e) => e.name), facts: { identity: { department: '某某局' } } } as unknown as LoadedDocument;
    expect(pickEntity(analyze('我们窗口的工装多久换一次？'), doc, undefined)?.entity.name).toBe('统一工装质保金');
  });

  it('finds a thing described by its purpose beside a total that only asks (…，一共花了多少钱)', () => {
    const entities = [table('专项甲', '委托中介机构开展各类审计及绩效评价工作'), table('专项乙', '保障来访接待中心运行'), table('专项丙', '开展信访宣传培训')];
    const doc = { entities, resolver: new Resolver(entities), ownNames: [], thingNames: entities.map((e) => e.name), facts: { identity: { department: '某某局' } } } as unknown as LoadedDocument;
    const frame = analyze('请外面的中介机构来做审计和绩效评价，2024年一共花了多少钱？');
    expect(frame.concepts.map((c) => c.concept)).toEqual(['expense.total']);
    expect(pickEntity(frame, doc, frame.concepts[0])?.entity.name).toBe('专项甲');
  });

  it('finds a project by words of its goal that few goals hold, two of them at least', () => {
    const goals = new Resolver([table('专项甲', '拨付各区县开展信访工作'), table('专项乙', '保障来访接待中心运行'), table('专项丙', '开展信访宣传培训')]);
    expect(goals.byGoal('拨钱给各区县搞信访工作的那个专项')[0]?.entity.name).toBe('专项甲');
    // One word of one goal alone (接待) is not enough.
    expect(goals.byGoal('接待的那个专项')).toEqual([]);
  });

  it('reads a longer abbreviation whose characters stand in order (档数加 of 档案数字化加工)', () => {
    expect(top('档数加的满意度', '档数加|满意度')?.entity.name).toBe('档案数字化加工服务费');
  });
});
