import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse/document.js';
import { SourceText } from '../src/parse/sourceText.js';
import { readTables } from '../src/parse/tables/index.js';
import { withHeadersOverFigures } from '../src/parse/tables/shiftedHeaders.js';
import { mainColumn } from '../src/parse/fromTables/columns.js';
import type { Table, TableKind } from '../src/schema/table.js';
import { SEED_FILE, SEED_TEXT, SHARED_DOCS } from './helpers.js';

const FILES: Record<string, string> = {
  '02': '02_jiangsu_gaojirenminfayuan_2019_yusuan.txt',
  '06': '06_jiangsu_renda_changweihui_bangongting_2018_yusuan.txt',
  '10': '10_shanghai_putuo_wanlijiedao_2024_yusuan.txt',
  b01: 'b01_guojia_xinfangju_2024_juesuan.txt',
  b03: 'b03_changsha_xinfangju_2026_yusuan.txt',
  b04b: 'b04b_beijing_tongjiju_2026_yusuan_tables.txt',
  b12: 'b12_shanghai_jiaotongzhiyejishuxueyuan_2026_yusuan.txt',
};

function read(key: string) {
  const file = FILES[key];
  return readTables(new SourceText(file, readFileSync(`${SHARED_DOCS}/${file}`, 'utf8')));
}
const seed = readTables(new SourceText(SEED_FILE, SEED_TEXT));
const docs = Object.fromEntries(Object.keys(FILES).map((k) => [k, read(k)]));

function table(tables: Table[], title: string): Table {
  const found = tables.find((t) => t.title.includes(title));
  if (!found) throw new Error(`no table ${title}`);
  return found;
}

/** The value in the row found by a code or label, under the first column of that name. */
function cell(t: Table, row: string | ((r: Table['rows'][number]) => boolean), column: string | number) {
  const r = t.rows.find(typeof row === 'function' ? row : (x) => x.classes.some((c) => c.code === row) || x.label === row);
  const c = typeof column === 'number' ? column : t.columns.findIndex((col) => col.name === column);
  if (!r || c < 0) throw new Error(`no cell ${String(row)} / ${column} in ${t.title}`);
  return r.cells[c].value;
}

function kinds(tables: Table[]): Partial<Record<TableKind, number>> {
  const out: Partial<Record<TableKind, number>> = {};
  for (const t of tables) out[t.kind] = (out[t.kind] ?? 0) + 1;
  return out;
}

const JIANGSU_KINDS = { 收支总表: 1, 收入总表: 1, 支出总表: 1, 财政拨款收支总表: 1, 财政拨款支出表: 1, 财政拨款基本支出表: 1, 一般公共预算支出表: 1, 一般公共预算基本支出表: 1, 三公经费表: 1, 政府性基金: 1, 机关运行经费表: 1, 政府采购: 1 };
const SHANGHAI_KINDS = { 收支总表: 1, 收入总表: 1, 支出总表: 1, 财政拨款收支总表: 1, 一般公共预算支出表: 1, 政府性基金: 1, 国有资本经营: 1, 一般公共预算基本支出表: 1, 三公经费表: 1 };

describe('the seed (tab-separated tables)', () => {
  it('finds 28 项目绩效目标表, the procurement table under a bare heading, and the asset table', () => {
    expect(kinds(seed.tables)).toEqual({ 项目绩效目标表: 28, 政府采购: 1, 资产: 1 });
    expect(seed.warnings).toEqual([]);
  });

  it('merges the procurement table over its page breaks and reads its cells', () => {
    const t = table(seed.tables, '部门政府采购预算');
    expect([t.unit, t.rows.length, t.span]).toEqual(['万元', 28, { from: 420, to: 472 }]);
    expect(cell(t, '合计', '合计')).toBe(576.69);
    expect(cell(t, '档案扫描服务费', '合计')).toBe(50);
    expect(cell(t, '综合便民服务中心窗口办公经费', '一般公共预算拨款')).toBe(1.2);
    expect(t.rows.find((r) => r.label === '档案扫描服务费')?.cells[3].text).toBe('C020399');
  });

  it('reads a 绩效目标表 row by row with its header words', () => {
    const t = table(seed.tables, '办公人员统一工装质保金绩效目标表');
    expect(t.columns.map((c) => c.name)).toEqual(['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']);
    expect(t.rows.find((r) => r.label === '产出指标')?.cells[4].text).toBe('3年');
  });

  it('keeps a dash as printed with no value', () => {
    const t = table(seed.tables, '固定资产占用情况表');
    const total = t.rows.find((r) => r.label === '资产总额');
    expect(total?.cells.map((c) => [c.text, c.value])).toEqual([['资产总额', null], ['—', null], ['762.43', 762.43]]);
  });
});

describe('column-aligned layout tables', () => {
  it('02: twelve 公开表 with numbers, units and codes', () => {
    const { tables, warnings } = docs['02'];
    expect(kinds(tables)).toEqual(JIANGSU_KINDS);
    expect(warnings).toEqual([]);
    expect(tables.map((t) => t.number)).toEqual(['公开01表', '公开02表', '公开03表', '公开04表', '公开05表', '公开06表', '公开07表', '公开08表', '公开09表', '公开10表', '公开11表', '公开12表']);
    const basic = table(tables, '财政拨款基本支出预算表');
    expect(basic.rows).toHaveLength(34);
    expect(cell(basic, '30101', '金额')).toBe(2827.41);
    expect(basic.rows.find((r) => r.classes[0]?.code === '30101')?.classes[0]).toEqual({ scheme: 'economic', code: '30101', name: '基本工资', level: 2 });
    expect(cell(basic, '合计', '金额')).toBe(21968);
    // A label wrapped above and below its code line: 机关事业单位基本养老保险缴费支 / 2080505 1,384.70 / 出
    const functional = table(tables, '财政拨款支出预算表');
    expect(functional.rows).toHaveLength(18);
    const pension = functional.rows.find((r) => r.classes[0]?.code === '2080505');
    // Header words of this table still land one column off (see the report): the amount is the 4th cell.
    expect([pension?.label, pension?.lines, cell(functional, '2080505', 3)]).toEqual(['机关事业单位基本养老保险缴费支出', [331, 332, 333], 1384.7]);
    const sangong = table(tables, '三公');
    expect([cell(sangong, () => true, '会议费'), cell(sangong, () => true, '培训费'), cell(sangong, () => true, '合计')]).toEqual([271.02, 1597.25, 2382.02]);
    expect(sangong.unit).toBe('万元'); // 单位：万 / 元 split over two lines
  });

  it('06: the same template, letter-spaced headings', () => {
    const { tables } = docs['06'];
    expect(kinds(tables)).toEqual(JIANGSU_KINDS);
    expect(cell(table(tables, '财政拨款基本支出预算表'), '30101', 2)).toBe(1186.73);
    expect(cell(table(tables, '三公'), () => true, '培训费')).toBe(403.75);
  });

  it('10: tables in 元, 类/款/项 codes in separate columns, empty tables declared', () => {
    const { tables } = docs['10'];
    expect(kinds(tables)).toEqual(SHANGHAI_KINDS);
    expect(tables.every((t) => t.unit === (t.kind === '三公经费表' ? '万元' : '元'))).toBe(true);
    const spending = table(tables, '部门支出预算总表');
    expect(cell(spending, '2010507', '合计')).toBe(257700);
    expect(spending.rows.find((r) => r.classes[0]?.code === '2010507')?.classes[0]).toMatchObject({ scheme: 'functional', level: 3, name: '专项普查活动' });
    const basic = table(tables, '基本支出部门预算经济分类');
    expect(basic.rows).toHaveLength(32);
    expect(cell(basic, '30102', '合计')).toBe(16623810); // printed `301   2`: the 款 is padded
    const sangong = table(tables, '三公');
    expect([sangong.declaredEmpty, cell(sangong, () => true, '公务接待费'), cell(sangong, () => true, '运行费')]).toEqual([true, 1.35, 21.56]);
    expect(table(tables, '政府性基金').declaredEmpty).toBe(true);
  });

  it('b01: a 决算 with 行次 columns, side-by-side blocks and 自评表', () => {
    const { tables } = docs.b01;
    expect(kinds(tables)).toMatchObject({ 收支总表: 1, 收入总表: 1, 支出总表: 1, 财政拨款收支总表: 1, 一般公共预算支出表: 1, 一般公共预算基本支出表: 1, 政府性基金: 1, 国有资本经营: 1, 三公经费表: 1, 绩效自评表: 4 });
    expect(tables.filter((t) => t.number).every((t) => t.phase === '决算')).toBe(true);
    const total = table(tables, '收入支出决算总表');
    expect(cell(total, '一、一般公共预算财政拨款收入', '金额')).toBe(19572.91);
    const basic = table(tables, '基本支出决算表');
    expect(cell(basic, '30101', '决算数')).toBe(1857.4);
    expect(basic.rows[0].classes.map((c) => c.code)).toEqual(['301', '302', '307']);
    expect(cell(table(tables, '三公'), () => true, 0)).toBe(76.43);
    expect(table(tables, '国有资本经营').declaredEmpty).toBe(true);
  });

  it('b03: titles repeated on a new page continue the table', () => {
    const { tables } = docs.b03;
    expect(kinds(tables)).toEqual({ 收支总表: 1, 收入总表: 1, 支出总表: 1, 财政拨款收支总表: 1, 一般公共预算支出表: 1, 一般公共预算基本支出表: 1, 三公经费表: 1, 政府性基金: 1, 项目绩效目标表: 1, 整体绩效目标表: 1 });
    const money = table(tables, '财政拨款收支总体情况表');
    expect(money.span).toEqual({ from: 238, to: 276 });
    expect(money.rows.some((r) => r.label === '22、其他支出')).toBe(true);
    const general = table(tables, '一般公共预算支出情况表');
    expect(cell(general, '2014001', '基本支出')).toBe(1517.95);
    expect(cell(general, '20140', 6)).toBe(417.41); // 项目支出 // 类 left blank under its parent
  });

  it('b04b: thirteen 预算表 to six decimals, three classifications a row', () => {
    const { tables } = docs.b04b;
    expect(tables.map((t) => t.number)).toEqual(['预算01表', '预算02表', '预算03表', '预算04表', '预算05表', '预算06表', '预算07表', '预算08表', '预算09表', '预算10表', '预算11表', '预算表12', '预算13表']);
    expect(kinds(tables)).toMatchObject({ 收支总表: 1, 支出总表: 1, 项目绩效目标表: 1, 整体绩效目标表: 1, 三公经费表: 1, 政府采购: 1 });
    const total = table(tables, '收支总表');
    expect(cell(total, '一、一般公共预算拨款收入', '预算数')).toBe(50665.496773);
    expect(total.rows.find((r) => r.label === '一、一般公共预算拨款收入')?.cells[1].text).toBe('50,665.496773');
    const spending = table(tables, '支出总表');
    expect(spending.rows).toHaveLength(117);
    const pay = (r: Table['rows'][number]) => r.classes.map((c) => c.code).join('/') === '2010501/50101/30101';
    expect(cell(spending, pay, '合计')).toBe(3702.2064);
    expect(spending.rows.find(pay)?.label).toBe('基本工资');
    expect(spending.rows.find(pay)?.classes.map((c) => c.scheme)).toEqual(['functional', 'governmentEconomic', 'economic']);
    // A functional name wrapped over three lines, its code line first.
    const pension = spending.rows.find((r) => r.classes[0]?.code === '2080505');
    expect([pension?.classes[0].name, pension?.lines]).toEqual(['机关事业单位基本养老保险缴费支出', [174, 175, 176]]);
    expect(cell(spending, '合计', '合计')).toBe(50927.950741);
    const basic = table(tables, '一般公共预算基本支出表');
    expect(basic.rows).toHaveLength(60);
    expect(cell(basic, '30102', '合计')).toBe(8039.449852);
  });

  it('b12: a school in 元', () => {
    const { tables } = docs.b12;
    expect(kinds(tables)).toEqual(SHANGHAI_KINDS);
    expect(cell(table(tables, '财务收支预算总表'), '一、财政拨款收入', '预算数')).toBe(304413900);
    const basic = table(tables, '基本支出部门预算经济分类');
    expect(basic.rows).toHaveLength(39);
    expect(cell(basic, '30101', '合计')).toBe(29228000);
  });
});

describe('a header word printed one column left of its figures', () => {
  const row = (label: string, values: (number | null)[]) => ({ label, classes: [], cells: values.map((value) => ({ text: value === null ? '' : String(value), value })), source: { doc: 'x', line: 1, quote: '' }, lines: [1] });
  const columns = [{ header: ['科目代码'], name: '科目代码' }, { header: ['项目', '科目名称', '小计'], name: '小计' }, { header: [], name: '第3列' }, { header: ['本年支出', '基本支出'], name: '基本支出' }];

  it('moves over to the unnamed column of figures beside its blank one, which keeps the words above it', () => {
    const moved = withHeadersOverFigures(columns, [row('合计', [null, null, 100, 60]), row('一般公共服务支出', [null, null, 40, 20])]);
    expect(moved.map((c) => c.name)).toEqual(['科目代码', '科目名称', '小计', '基本支出']);
    expect(moved[1].header).toEqual(['项目', '科目名称']);
  });

  it('stays where the named column has a figure, or the column beside it has none', () => {
    expect(withHeadersOverFigures(columns, [row('合计', [null, 5, 100, 60])]).map((c) => c.name)).toEqual(['科目代码', '小计', '第3列', '基本支出']);
    expect(withHeadersOverFigures(columns, [row('合计', [null, null, null, 60])]).map((c) => c.name)).toEqual(['科目代码', '小计', '第3列', '基本支出']);
  });

  it('takes a table\'s main column by its own name before a group heading above several (本年支出 over 小计 and 基本支出)', () => {
    const { tables } = read('b01');
    const general = table(tables, '一般公共预算财政拨款支出决算表');
    expect(general.columns[mainColumn(general)!].name).toBe('小计');
    expect(cell(general, '合计', '小计')).toBe(13733.8);
  });
});

describe('odd input', () => {
  const page = (cellText: string) =>
    ['2021年某某局部门预算', '', '一般公共预算基本支出表', '单位：万元', '科目编码      科目名称          金额', `301           工资福利支出      ${cellText}`, '30101         基本工资          12.50', ''].join('\n');

  it('a 400-digit cell has no value and does not drop the document', () => {
    const { facts } = parseDocument('odd.txt', page('9'.repeat(400)));
    const t = facts.tables[0];
    expect(t.kind).toBe('一般公共预算基本支出表');
    const row = t.rows.find((r) => r.classes[0]?.code === '301');
    expect(row?.cells.some((c) => c.text.length === 400)).toBe(true);
    expect(row?.cells.every((c) => c.value === null)).toBe(true);
    expect(cell(t, '30101', 2)).toBe(12.5);
  });

  it('a table whose lines cannot be aligned is kept as text with one warning naming its lines', () => {
    const text = ['2021年某某局部门预算', '', '三公经费支出表', '单位：万元', '1.5', ''].join('\n');
    const { tables, warnings } = readTables(new SourceText('odd.txt', text));
    expect(tables).toHaveLength(1);
    expect(tables[0].rows).toEqual([]);
    expect(tables[0].unaligned.map((u) => u.line)).toEqual([4, 5]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('odd.txt');
    expect(warnings[0]).toContain('第3–5行');
  });

  it('a table of contents is not a table', () => {
    const text = ['第二部分 部门预算表', '一、收支预算总表', '二、收入预算总表', '三、支出预算总表', '', '第三部分 情况说明'].join('\n');
    expect(readTables(new SourceText('toc.txt', text)).tables).toEqual([]);
  });
});

describe('blocks printed side by side', () => {
  // The 公开06表 layout of every 部门决算: 人员经费 and 公用经费 blocks of code, name and figure on one line.
  const text = [
    '2023年某某局部门决算',
    '',
    '一般公共预算财政拨款基本支出决算表',
    '部门：某某局                                         金额单位：万元',
    '            人员经费                                   公用经费',
    ' 科目代码   科目名称        决算数   科目代码   科目名称        决算数',
    '301     工资福利支出          120.50   302     商品和服务支出      45.10',
    '30101   基本工资               80.00   30201   办公费               5.25',
    '30102   津贴补贴                        30205   水费                 1.75',
    '30301   离休费                 12.30   30206   电费',
    '        人员经费合计          132.80                公用经费合计          45.10',
    '',
  ].join('\n');
  const { facts } = parseDocument('blocks.txt', text);
  const line = (code: string) => facts.lineItems.find((i) => i.code === code);

  it('reads each block\'s figure as the one printed after its code and name', () => {
    expect([line('301')?.value, line('302')?.value, line('30101')?.value, line('30201')?.value, line('30205')?.value, line('30301')?.value]).toEqual([120.5, 45.1, 80, 5.25, 1.75, 12.3]);
    expect(line('30301')?.name).toBe('离休费');
    expect(line('30301')?.source.line).toBe(10);
  });

  it('gives no figure to a block printed blank (30102 津贴补贴, 30206 电费)', () => {
    expect(line('30102')).toBeUndefined();
    expect(line('30206')).toBeUndefined();
  });
});

describe('a 三公 table printed as one row under a header run together', () => {
  // The layout of a 预算09表: two headings one space apart over two columns, a wrapped 用, and 小计 under the
  // vehicles' group heading that the next column carries.
  const text = [
    '2026年某某局部门预算',
    '',
    '                        预算09表 财政拨款“三公”经费支出表',
    '                                                                    金额单位：万元',
    '',
    '                                                   公务用车购置及运行维护费',
    '“三公”经费财政 因公出国（境）费',
    '                            公务接待费',
    ' 拨款预算总额      用',
    '                                          小计           公务用车购置费   公务用车运行维护费',
    '',
    '',
    '    80.000000   50.000000      2.000000    28.000000                  28.000000',
    '',
  ].join('\n');
  const { facts } = parseDocument('sangong.txt', text);
  const amount = (concept: string) => facts.amounts.find((a) => a.concept === concept)?.value;

  it('reads each part under its own heading, the total first', () => {
    expect([amount('sangong.total'), amount('sangong.abroad'), amount('sangong.reception'), amount('sangong.vehicle')]).toEqual([80, 50, 2, 28]);
  });
});
