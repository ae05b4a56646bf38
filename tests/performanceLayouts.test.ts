/**
 * Performance tables printed as aligned text: the central 项目绩效自评表 (b01), the Hunan
 * 项目支出 and 部门整体支出绩效目标表 (b03), and Beijing's 预算表12 / 预算13表 (b04b), checked
 * against the values the disclosures print.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { performanceTables } from '../src/parse/performance/tables.js';
import { SourceText } from '../src/parse/sourceText.js';
import type { ProjectTable } from '../src/schema/fact.js';
import { SHARED_DOCS } from './helpers.js';

const DOCS = SHARED_DOCS;
const read = (file: string, cut?: number) => {
  const text = readFileSync(`${DOCS}/${file}`, 'utf8');
  return performanceTables(new SourceText(file, cut ? text.split('\n').slice(0, cut).join('\n') : text), 0);
};
const row = (tables: ProjectTable[], project: string, level3: string) =>
  tables.find((t) => t.project.includes(project))?.rows.find((r) => r.level3 === level3);
const count = (tables: ProjectTable[]) => tables.reduce((n, t) => n + t.rows.length, 0);

describe('b01 项目绩效自评表 (central ministry)', () => {
  const tables = read('b01_guojia_xinfangju_2024_juesuan.txt');

  it('reads the four 自评表 with their funds and goals', () => {
    expect(tables.map((t) => t.project)).toEqual(['信访干部培训专项', '信访研究宣传立法专项', '资产运行维护', '信息化运行维护']);
    expect(tables.every((t) => t.selfEvaluation)).toBe(true);
    expect(tables[0].funds).toBe(180.03);
    expect(tables[0].goal).toMatch(/^1\.分级分类抓好信访系统干部培训/);
    expect(count(tables)).toBe(38);
  });

  it('keeps each 自评表 总分 and cites the table by its title', () => {
    expect(tables.map((t) => [t.total?.weight, t.total?.score])).toEqual([[100, 98], [100, 94.7], [100, 98], [100, 90.5]]);
    expect(tables[2].total?.source.section).toBe('资产运行维护项目绩效自评表');
    expect(tables[2].rows.every((r) => r.source.section === '资产运行维护项目绩效自评表')).toBe(true);
  });

  it('reads target, actual, weight and score', () => {
    const r = row(tables, '信访干部培训专项', '培训人数');
    expect(r?.value).toMatchObject({ comparator: '≥', number: 300, unit: '人' });
    expect(r?.actual).toMatchObject({ number: 366, unit: '人' });
    expect([r?.weight, r?.score, r?.level1, r?.level2]).toEqual([6, 6, '产出指标', '数量指标']);
    expect(row(tables, '信访研究宣传立法专项', '微信发稿量(篇)')).toMatchObject({ weight: 6, score: 4, actual: { number: 335 } });
    expect(row(tables, '信息化运行维护', '设备完好率')).toMatchObject({ value: { number: 96 }, actual: { raw: '85%' }, score: 7.1, level2: '质量指标' });
    expect(row(tables, '信访干部培训专项', '参加培训学员人均培训费')?.value.raw).toBe('不超标准');
  });

  it('joins a 三级指标 wrapped over lines around its values', () => {
    expect(row(tables, '信访干部培训专项', '培养实践锻炼、跟班学习干部人数')).toMatchObject({ value: { number: 110 }, actual: { number: 123 } });
    expect(row(tables, '信息化运行维护', '系统持续稳定运行时间比率(运行小时数/全年总小时数)')).toMatchObject({ score: 8.8 });
  });

  it('keeps what a truncated table read, without throwing', () => {
    const cut = read('b01_guojia_xinfangju_2024_juesuan.txt', 785);
    expect(cut).toHaveLength(1);
    expect(cut[0].rows.map((r) => r.level3)).toEqual(['参加培训学员人均培训费', '培养实践锻炼、跟班学习干部人数', '培训人数', '培训班次', '培训合格率', '培训参与度']);
    expect(row(cut, '信访干部培训专项', '培训人数')).toMatchObject({ value: { number: 300 }, actual: { number: 366 }, weight: 6 });
  });
});

describe('b03 Hunan 项目支出 and 部门整体支出绩效目标表', () => {
  const tables = read('b03_changsha_xinfangju_2026_yusuan.txt');

  it('reads four projects and the overall table', () => {
    expect(tables.map((t) => t.project)).toEqual([
      '基层及其他信访业务工作经费专项', '人民来访接待中心及特护期运行专项', '人民来访接待中心业务专项', '信访业务工作专项', '部门整体支出绩效目标',
    ]);
    expect(tables[0].funds).toBe(35.78);
    expect(count(tables)).toBeGreaterThanOrEqual(95);
  });

  it('reads a row whose cells wrap, with its 指标值类型, unit, 指标值内容 and 评分标准', () => {
    const r = row(tables, '基层及其他信访业务工作经费专项', '调拨经费单位数');
    expect(r).toMatchObject({ level1: '产出指标', level2: '数量指标', value: { comparator: '≥', number: 10, unit: '个' }, nature: '≥', unit: '个' });
    expect(r?.description).toBe('调拨经费至信访业务相关单位数量');
    expect(r?.basis).toMatch(/^高于10个得满分/);
    expect(row(tables, '基层及其他信访业务工作经费专项', '总成本')?.level2).toBe('经济成本指标');
  });

  it('answers the overall goal by indicator name', () => {
    expect(row(tables, '部门整体支出绩效目标', '转办申诉求决类信访事项总量')?.value).toMatchObject({ comparator: '≥', number: 10000, unit: '件' });
  });
});

describe('b04b Beijing 预算表12 项目支出绩效目标表', () => {
  const tables = read('b04b_beijing_tongjiju_2026_yusuan_tables.txt');

  it('reads every project of the table and the 部门整体 table', () => {
    expect(tables.length).toBe(21);
    expect(tables[0]).toMatchObject({ project: '0551-统计监测分析及统计资料编印工作经费', funds: 76.64 });
    expect(count(tables)).toBeGreaterThanOrEqual(150);
  });

  it('reads 性质, value and unit into one indicator value', () => {
    expect(row(tables, '办公设备购置', '笔记本电脑采购数量')).toMatchObject({ level2: '数量指标', value: { comparator: '=', number: 3, unit: '台' }, unit: '台' });
    expect(row(tables, '办公设备购置', 'A4彩色打印机采购数量')?.value.number).toBe(3);
    expect(row(tables, '统计监测分析', '综合统计资料编印进度')).toMatchObject({ nature: '定性', value: { raw: '按计划完成' } });
    expect(row(tables, '统计监测分析', '编印综合统计资料种类')?.value).toMatchObject({ comparator: '≥', number: 7, unit: '种' });
  });

  it('keeps the rows a project carries onto the next page its own, where the page reprints its name above them (not the next project\'s)', () => {
    // 7305 goes on after a page break: its name printed again among the header words, its goal beside these rows.
    expect(row(tables, '第四次全国农业普查', '培训人员合格率')?.value).toMatchObject({ comparator: '≥', number: 95 });
    expect(row(tables, '第四次全国农业普查', '4月底前开展综合试点工作')).toBeDefined();
    expect(row(tables, '办公设备购置', '培训人员合格率')).toBeUndefined();
    expect(row(tables, '区域协同调查', '调研次数')?.value.number).toBe(2);
    expect(row(tables, '消费者信心调查', '调研次数')).toBeUndefined();
    expect(row(tables, '办公用房租赁', '租赁面积')?.value.number).toBe(1152.2);
  });
});

describe('documents without a performance table', () => {
  it.each(['02_jiangsu_gaojirenminfayuan_2019_yusuan.txt', '06_jiangsu_renda_changweihui_bangongting_2018_yusuan.txt', '10_shanghai_putuo_wanlijiedao_2024_yusuan.txt', 'b12_shanghai_jiaotongzhiyejishuxueyuan_2026_yusuan.txt'])('%s has none', (file) => {
    expect(read(file)).toEqual([]);
  });
});

describe('indicator names run together with their levels (Beijing 预算13表: 产出指标数量指标开展监测工作)', () => {
  it('reads each row its own indicator, split from its levels, in every shared document', () => {
    for (const file of readdirSync(DOCS).filter((f) => f.endsWith('.txt'))) {
      for (const table of read(file)) {
        for (const r of table.rows) expect(r.level3, `${file} ${table.project}`).not.toMatch(/(?:产出|效益|效果|成本|满意度)指标.*(?:数量|质量|时效|效益|成本)指标/);
      }
    }
  });

  it('gives b04b 预算13表 its thirteen rows, each with its own value', () => {
    const overall = read('b04b_beijing_tongjiju_2026_yusuan_tables.txt').find((t) => t.project === '部门整体支出绩效目标')!;
    expect(overall.rows).toHaveLength(13);
    expect(row([overall], '部门整体', '人口抽样调查数据差错率')).toMatchObject({ level1: '产出指标', level2: '质量指标', value: { number: 2, unit: '%' } });
    expect(row([overall], '部门整体', '开展监测工作')?.value.raw).toBe('≥12项');
  });
});
