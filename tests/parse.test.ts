import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, SEED_PATH, seed } from './helpers.js';

const { facts, checks } = seed;
const amount = (concept: string) => facts.amounts.find((a) => a.concept === concept);

describe('the shipped seed', () => {
  it('is a byte-identical copy of the shared seed', () => {
    expect(readFileSync(SEED_PATH).equals(readFileSync(`${ROOT}../shared/seeds/000_d0072111a6d4e4f8.txt`))).toBe(true);
  });
});

describe('document identity', () => {
  it('reads department, year and kind from the text', () => {
    expect(facts.identity).toMatchObject({ department: '高新区行政服务局', year: 2020, kind: '预算', title: '2020年行政服务局部门预算情况说明' });
  });
});

describe('duties and units', () => {
  it('has all 9 duties, numbered, from line 11', () => {
    expect(facts.duties).toHaveLength(9);
    expect(facts.duties[0]).toMatchObject({ index: 1, text: '贯彻执行行政审批相关政策、法律、法规和规定。' });
    expect(facts.duties[0].source.line).toBe(11);
    expect(facts.duties[8].source.line).toBe(19);
  });
  it('has both units with nature, rank and funding', () => {
    expect(facts.units.map((u) => [u.name, u.nature, u.rank, u.funding, u.source.line])).toEqual([
      ['高新区行政服务局', '行政', '副处级', '财政拨款', 26],
      ['高新区政务服务中心', '事业', '正科级', '财政性资金基本保证', 27],
    ]);
  });
});

describe('income and expenditure', () => {
  it('reads the total and every income source, zeros included', () => {
    expect(amount('income.total')).toMatchObject({ value: 2748.82, source: { line: 33 } });
    for (const c of ['income.superior', 'income.business', 'income.operating', 'income.affiliated', 'income.other']) {
      expect(amount(c)).toMatchObject({ value: 0, source: { line: 33 } });
    }
    expect(amount('income.general')?.value).toBe(2748.82);
    expect(amount('income.govfund')).toMatchObject({ value: 0, source: { line: 35 } });
  });
  it('reads the expenditure split and the stated uses of 项目支出', () => {
    expect([amount('expense.basic')?.value, amount('expense.personnel')?.value, amount('expense.public')?.value, amount('expense.project')?.value]).toEqual([1683.24, 1604.58, 78.66, 1065.58]);
    expect(facts.projectUses).toContain('渣土处置费');
    expect(amount('expense.general')?.value).toBe(2748.82);
    expect(amount('expense.govfund')?.value).toBe(0);
  });
  it('joins the sentence broken across the page break at lines 43–45', () => {
    expect(amount('budget.total')?.change).toMatchObject({ direction: '增加', amount: 346.75, source: { line: 43 } });
    expect(amount('expense.basic')?.change).toMatchObject({ direction: '增加', amount: 392.05, reason: '劳务派遣人员工资保险列入基本支出' });
    expect(amount('expense.project')?.change).toMatchObject({ direction: '减少', amount: 45.3, reason: '劳务派遣人员工资保险调整为基本支出', source: { line: 45 } });
  });
});

describe('机关运行费 and 三公经费', () => {
  it('reads 机关运行费 with its change and reason', () => {
    expect(amount('admin')).toMatchObject({ value: 78.66, label: '机关运行费', source: { line: 49 } });
    expect(amount('admin')?.change).toMatchObject({ direction: '增加', amount: 13.34, reason: '人员增加,增加了公务交通补贴及公务移动通讯费用补贴' });
  });
  it('reads the 三公 total, its parts, 持平 and the reason on line 55', () => {
    expect(amount('sangong.total')).toMatchObject({ value: 0, source: { line: 53 } });
    expect(amount('sangong.total')?.derivation).toBeUndefined();
    expect(amount('sangong.total')?.change).toMatchObject({ direction: '持平', reasonSource: { line: 55 } });
    expect(amount('sangong.total')?.change?.reason).toMatch(/八项规定/);
    for (const c of ['sangong.abroad', 'sangong.vehicle', 'sangong.vehiclePurchase', 'sangong.vehicleOperation', 'sangong.reception']) expect(amount(c)?.value).toBe(0);
  });
});

describe('预算绩效', () => {
  it('has the overall goal joined across its page break', () => {
    expect(facts.overallGoal?.text).toMatch(/按照六个统一要求/);
    expect(facts.overallGoal?.source.line).toBe(65);
  });
  it('has 13 分项 goals with parsed indicators', () => {
    expect(facts.subGoals).toHaveLength(13);
    expect(facts.subGoals[2].name).toBe('开展社会事务审批');
    expect(facts.subGoals[2].indicators[0]).toEqual({ name: '审批时限压缩率', value: { raw: '≥90%', comparator: '≥', number: 90, unit: '%' } });
    expect(facts.subGoals[12].indicators[2].name).toBe('通过规范大厅管理提高服务对象满意度');
  });
  it('has the 7 保障措施', () => {
    expect(facts.measures.map((m) => m.title)).toEqual(['完善制度建设', '加强支出管理', '加强绩效运行监控', '做好绩效自评', '规范财务资产管理', '加强内部监督', '加强宣传培训调研等']);
  });
  it('has 28 project tables with every indicator row', () => {
    expect(facts.projectTables).toHaveLength(28);
    expect(facts.projectTables.map((t) => t.index)).toEqual([...Array(28).keys()].map((i) => i + 1));
    expect(facts.projectTables[27].project).toBe('综合便民服务中心装修工程费用');
  });
  it('keeps table 2 as one table across its blank line and repeated header', () => {
    expect(facts.projectTables[1].rows.map((r) => r.level3)).toEqual(['办公家具和办公设备购置数量(台/件/套)', '提升公共服务水平', '群众满意度']);
  });
  it('lets a blank 一级指标 inherit from the row above (lines 315–318)', () => {
    const rows = facts.projectTables[15].rows;
    expect(rows.map((r) => [r.source.line, r.level1, r.level2])).toEqual([
      [314, '产出指标', '数量指标'],
      [315, '产出指标', '质量指标'],
      [316, '产出指标', '时效指标'],
      [317, '效果指标', '社会效益指标'],
      [318, '效果指标', '社会效益指标'],
      [319, '满意度指标', '服务对象满意度指标'],
    ]);
  });
  it('keeps 指标值 raw and parsed', () => {
    const row = (t: number, l3: string) => facts.projectTables[t - 1].rows.find((r) => r.level3 === l3);
    expect(row(6, '完成数量')?.value).toEqual({ raw: '≥80 万页', comparator: '≥', number: 80, unit: '万页' });
    expect(row(1, '更换时间')).toMatchObject({ description: '三年一换', value: { raw: '3年', number: 3, unit: '年' } });
    expect(row(17, '处置成本')).toMatchObject({ description: '按照政府采购中标价2.985元/立方米', value: { raw: '2.98 元', number: 2.98, unit: '元' }, source: { line: 325 } });
    expect(row(3, '方便企业,项目尽快建成投产')?.value).toEqual({ raw: '推进企业项目尽快投产' });
  });
});

describe('政府采购', () => {
  const { procurement } = facts;
  it('reads the total, both unit subtotals and 25 rows', () => {
    expect(procurement.total).toBe(576.69);
    expect(amount('procurement.total')).toMatchObject({ value: 576.69, source: { line: 418 } });
    expect(procurement.subtotals.map((s) => [s.unit, s.amount, s.source.line])).toEqual([
      ['石家庄高新技术产业开发区行政服务局', 487.48, 429],
      ['石家庄高新技术产业开发区政务服务中心', 89.21, 464],
    ]);
    expect(procurement.items).toHaveLength(25);
  });
  it('removes PDF spaces inside CJK words and attributes rows to units', () => {
    expect(procurement.items[0]).toMatchObject({ project: '档案扫描服务费', projectFunds: 50, item: '其他数据处理服务', catalogueCode: 'C020399', measure: '次', quantity: 1, unitPrice: 50, amount: 50, fundingColumn: '一般公共预算拨款', unit: '石家庄高新技术产业开发区行政服务局', source: { line: 430 } });
    const desktop = procurement.items.find((i) => i.item === '台式计算机');
    expect(desktop).toMatchObject({ catalogueCode: 'A02010104', quantity: 8, unitPrice: 0.45, amount: 3.6, source: { line: 447 } });
    expect(procurement.items.at(-1)).toMatchObject({ project: '综合便民服务中心窗口办公经费', amount: 1.2, unit: '石家庄高新技术产业开发区政务服务中心', source: { line: 472 } });
  });
});

describe('国有资产, 名词解释, 其他重要事项', () => {
  it('reads the totals and keeps blank cells as not reported', () => {
    expect(amount('assets.total')).toMatchObject({ value: 762.43, source: { line: 476 } });
    expect(amount('assets.purchasePlan')?.value).toBe(54.28);
    expect(amount('assets.other')?.value).toBe(715.5);
    expect(facts.assets.find((r) => r.name.startsWith('房屋'))).toMatchObject({ quantity: null, value: null, printed: { quantity: '', value: '' }, source: { line: 483 } });
    expect(facts.assets.find((r) => r.name.startsWith('单价'))).toMatchObject({ quantity: null, printed: { quantity: '——', value: '' } });
    expect(facts.counts.find((c) => c.concept === 'assets.vehicleCount')).toMatchObject({ value: 3, unit: '辆', source: { line: 485 } });
    expect(facts.assets.find((r) => r.name.startsWith('车辆'))?.value).toBe(46.93);
  });
  it('has the 7 terms, with 机关运行费 joined across lines 504–506', () => {
    expect(facts.glossary.map((g) => g.term)).toEqual(['财政拨款收入', '其他收入', '上年结转和结余', '基本支出', '项目支出', '三公经费', '机关运行费']);
    expect(facts.glossary[6].definition).toMatch(/公务用车运行维护费以及其他费用。$/);
    expect(facts.glossary[6].source.line).toBe(504);
  });
  it('records that there is no 国有资本经营预算 or 政府性基金预算', () => {
    expect(facts.absences.map((a) => [a.subject, a.source.line])).toEqual([
      ['国有资本经营预算', 510],
      ['政府性基金预算', 510],
    ]);
  });
});

describe('consistency checks', () => {
  it('all pass on the seed, with their figures', () => {
    expect(checks.length).toBeGreaterThanOrEqual(10);
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.find((c) => c.name.startsWith('办公设备'))?.detail).toBe('9 行合计 30.28 = 预算资金 30.28');
  });
  it('cites sources with document, line and quote', () => {
    expect(amount('admin')?.source).toMatchObject({ doc: '2020_gaoxinqu_xingzhengfuwuju_yusuan.txt', line: 49, section: '三、机关运行费安排情况' });
    expect(amount('admin')?.source.quote).toContain('78.66');
  });
});
