import { describe, expect, it } from 'vitest';
import { loadDocuments } from '../src/parse/load.js';
import { SHARED_DOCS, tempDir } from './helpers.js';

const { documents, errors } = loadDocuments([SHARED_DOCS]);
const byFile = (prefix: string) => {
  const doc = documents.find((d) => d.facts.identity.file.startsWith(prefix));
  if (!doc) throw new Error(`${prefix} not loaded`);
  return doc;
};
const value = (prefix: string, concept: string) => byFile(prefix).facts.amounts.find((a) => a.concept === concept)?.value;

describe('the other real disclosures', () => {
  it('all load with identities read from their text', () => {
    expect(errors).toEqual([]);
    expect(documents.map((d) => [d.facts.identity.department, d.facts.identity.year, d.facts.identity.kind])).toEqual([
      ['江苏省高级人民法院', 2019, '预算'],
      ['江苏省人大常委会办公厅', 2018, '预算'],
      ['上海市普陀区财政局', 2024, '决算'],
      ['上海市普陀区人民政府万里街道办事处', 2024, '预算'],
      ['国家信访局', 2024, '决算'],
      ['长沙市信访局', 2026, '预算'],
      ['北京市统计局', 2026, '预算'],
      ['昆明市人民政府办公室', 2026, '预算'],
      ['上海交通职业技术学院', 2026, '单位预算'],
    ]);
  });

  it('pairs a tables-only attachment with its narrative by their file names', () => {
    expect(byFile('b04').facts.identity.id).toBe('b04_beijing_tongjiju_2026_yusuan.txt+b04b_beijing_tongjiju_2026_yusuan_tables.txt');
    expect(byFile('b12').facts.identity.level).toBe('市级');
  });

  it('reads key facts from prose with thousands separators, letter-spacing and line breaks', () => {
    expect(value('02', 'budget.total')).toBe(37188.34);
    expect(value('02', 'expense.basic')).toBe(21968);
    expect(value('02', 'meeting')).toBe(271.02);
    expect(value('02', 'training')).toBe(1597.25);
    expect(value('06', 'admin')).toBe(1579.38); // 一 般 公 共 预 算 机 关 运 行 经 费 … split over two lines
    expect(value('10', 'admin')).toBe(443.18);
    expect(byFile('02').facts.counts[0]).toMatchObject({ value: 66, unit: '辆' });
  });

  it('reads totals that only the 公开表 give, converting 元 to 万元', () => {
    const basic = byFile('10').facts.amounts.find((a) => a.concept === 'expense.basic');
    // 99,706,020 元 and 88,537,451 元 as printed: the fact base keeps every 元.
    expect(basic).toMatchObject({ value: 9970.602, statedUnit: '元', source: { line: 507 } });
    expect(value('10', 'expense.personnel')).toBe(8853.7451);
    expect(value('10', 'expense.public')).toBe(1116.8569);
  });

  it('derives a 三公 total the prose gives only as parts, saying how', () => {
    const total = byFile('02').facts.amounts.find((a) => a.concept === 'sangong.total');
    expect(total).toMatchObject({ value: 513.75, derivation: '因公出国(境)费 160 + 公务用车购置及运行费 266.8 + 公务接待费 86.95 = 513.75' });
  });

  it('reads the counts beside the 三公 figures and a change stated in 元', () => {
    const count = (prefix: string, concept: string) => byFile(prefix).facts.counts.find((c) => c.concept === concept);
    expect(count('b11', 'sangong.receptionBatches')).toMatchObject({ value: 323, unit: '次', source: { line: 115 } });
    expect(count('b11', 'sangong.receptionVisits')).toMatchObject({ value: 3876, unit: '人次' });
    expect(count('b11', 'sangong.abroadVisits')).toMatchObject({ value: 0, unit: '人次' });
    expect(count('b01', 'sangong.receptionBatches')).toMatchObject({ value: 10, unit: '批次', source: { line: 628 } });
    expect(count('b01', 'sangong.abroadGroups')).toMatchObject({ value: 1, unit: '个' });
    expect(byFile('b11').facts.amounts.find((a) => a.concept === 'admin')?.change).toMatchObject({ direction: '增加', amount: 13.32754 });
  });

  it('keeps a 决算 figure apart from its 年初预算', () => {
    expect(byFile('07').facts.amounts.find((a) => a.concept === 'sangong.total')).toMatchObject({ value: 0, budgeted: 0.95 });
  });

  it('flags the published contradictions', () => {
    const failed = (prefix: string) => byFile(prefix).checks.filter((c) => !c.ok).map((c) => c.detail);
    expect(failed('07')).toContain('财政拨款收入支出总计 0.3 ≠ 财政拨款收入 2940.05');
    expect(failed('10')).toEqual(['第824行注明本表为空表，但表中有数值 47.91、1.35、46.56、25、21.56、443.18']);
    expect(failed('02')).toEqual([]);
  });
});

describe('companion files', () => {
  it('merges a narrative and a tables file of one department and year, citing each file', async () => {
    const { writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { SEED_TEXT } = await import('./helpers.js');
    const lines = SEED_TEXT.split('\n');
    const dir = tempDir('companions-');
    writeFileSync(join(dir, 'a_narrative.txt'), lines.slice(0, 180).join('\n'));
    writeFileSync(join(dir, 'b_tables.txt'), [...lines.slice(0, 5), ...lines.slice(180)].join('\n'));
    const { documents: merged } = loadDocuments([dir]);
    expect(merged).toHaveLength(1);
    const { facts } = merged[0];
    expect(facts.identity.id).toBe('a_narrative.txt+b_tables.txt');
    expect([facts.duties.length, facts.projectTables.length, facts.procurement.items.length, facts.glossary.length]).toEqual([9, 28, 25, 7]);
    expect(facts.amounts.find((a) => a.concept === 'admin')?.source).toMatchObject({ doc: 'a_narrative.txt', line: 49 });
    expect(facts.procurement.items[0].source).toMatchObject({ doc: 'b_tables.txt', line: 430 - 180 + 5 });
    expect(facts.missingSections).toEqual([]);
    expect(merged[0].checks.every((c) => c.ok)).toBe(true);
  });
});

describe('template variants', () => {
  it('reads a title that starts with the year, 亿元 figures and vehicles counted in 台 (the unit printed is kept)', async () => {
    const { parseDocument } = await import('../src/parse/document.js');
    const text = '2021年某某市财政局部门预算\n\n一、收支预算总体情况\n2021年收入预算总额1.25亿元，比上年增加0.1亿元，主要原因是项目增加。\n共有车辆12台。\n';
    const { facts } = parseDocument('variant.txt', text);
    expect(facts.identity).toMatchObject({ department: '某某市财政局', year: 2021, kind: '预算' });
    expect(facts.amounts.find((a) => a.concept === 'income.total')).toMatchObject({ value: 12500, change: { direction: '增加', amount: 1000, reason: '项目增加' } });
    expect(facts.counts[0]).toMatchObject({ value: 12, unit: '台', source: { line: 5 } });
  });
});
