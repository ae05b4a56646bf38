/**
 * The one-cell-per-line reader on 07 (plain pdftotext): the regions are cut here by their printed
 * titles, as the finder will. Values are checked against `pdftotext -layout` of the published PDF.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SourceText } from '../src/parse/sourceText.js';
import { readCellPerLine } from '../src/parse/tables/cellPerLine.js';
import type { TableRegion } from '../src/parse/tables/grid.js';
import type { Grid } from '../src/parse/tables/grid.js';
import { SHARED_DOCS } from './helpers.js';

const DOC = '07_shanghai_putuo_caizhengju_2024_juesuan.txt';
const text = new SourceText(DOC, readFileSync(`${SHARED_DOCS}/${DOC}`, 'utf8'));

const TITLES = [
  '收入支出决算总表',
  '收入决算表',
  '支出决算表',
  '财政拨款收入支出决算总表',
  '一般公共预算财政拨款支出决算表',
  '一般公共预算财政拨款基本支出决算表',
  '财政拨款“三公”经费支出决算表',
  '政府性基金预算财政拨款收入支出决算表',
  '国有资本经营预算财政拨款收入支出决算表',
];

/** The title's line in the tables part (the table of contents names them too, with a number). */
function titleLine(source: SourceText, title: string): number {
  return source.lines.findIndex((l) => l.trim() === title) + 1;
}

/** Each table runs from its title to the next table's title, the last one to the 第三部分 heading. */
function regionOf(source: SourceText, title: string): TableRegion {
  const from = titleLine(source, title);
  const starts = TITLES.map((t) => titleLine(source, t)).filter((l) => l > from);
  const to = Math.min(...starts, source.lines.findIndex((l, i) => i > from && /^第三部分/.test(l)) + 1);
  const lines = source.lines.slice(from, to - 1).map((raw, i) => ({ no: from + 1 + i, raw }));
  return { kind: 'unknown', title, unit: '万元', phase: '决算', titleLine: from, lines };
}

const grids = new Map<string, Grid | null>(TITLES.map((t) => [t, readCellPerLine(regionOf(text, t), text)]));

function rowByCode(grid: Grid | null | undefined, code: string) {
  return grid?.rows.find((r) => r.classes.some((c) => c.code === code));
}

describe('one cell per line: 07 一般公共预算财政拨款支出决算表', () => {
  const grid = grids.get('一般公共预算财政拨款支出决算表');

  it('reads every row and the three money columns, leaving nothing unaligned', () => {
    expect(grid?.rows).toHaveLength(20);
    expect(grid?.columns.map((c) => c.name)).toEqual(['合计', '基本支出', '项目支出']);
    expect(grid?.unaligned).toEqual([]);
  });

  it('rebuilds codes from the 类/款/项 pieces', () => {
    expect(grid?.rows.map((r) => r.classes[0]?.code)).toEqual([
      '201', '20106', '2010601', '2010602', '2010607', '2010608',
      '208', '20805', '2080501', '2080505', '2080506', '2080599',
      '210', '21011', '2101101', '221', '22102', '2210201', '2210203', undefined,
    ]);
    expect(rowByCode(grid, '2010601')?.classes).toEqual([{ scheme: 'functional', code: '2010601', name: '行政运行', level: 3 }]);
    expect(rowByCode(grid, '20805')?.classes[0].level).toBe(2);
  });

  it('places the money blocks where the layout prints them', () => {
    const cells = (code: string) => rowByCode(grid, code)?.cells.map((c) => c.value);
    expect(cells('2010601')).toEqual([1511.89, 1503.52, 8.37]);
    expect(cells('201')).toEqual([2106.66, 1503.52, 603.14]);
    expect(cells('2010602')).toEqual([10, null, 10]);
    expect(cells('2080505')).toEqual([160.75, 160.75, null]);
    expect(cells('2210203')).toEqual([258.5, 258.5, null]);
    const total = grid?.rows.at(-1);
    expect(total?.label).toBe('合计');
    expect(total?.classes).toEqual([]);
    expect(total?.cells).toEqual([
      { text: '2,940.05', value: 2940.05 },
      { text: '2,336.91', value: 2336.91 },
      { text: '603.14', value: 603.14 },
    ]);
  });

  it('cites the name line and lists every line the row came from', () => {
    const row = rowByCode(grid, '2080505');
    expect(row?.label).toBe('机关事业单位基本养老保险缴费支出');
    expect(row?.source.quote).toBe('机关事业单位基本养老保险缴费支出');
    expect(row?.lines.map((l) => text.lines[l - 1].trim())).toEqual(['208', '05', '05', '机关事业单位基本养老保险缴费支出', '160.75', '160.75']);
  });
});

describe('one cell per line: 07 tables whose cells cannot be placed for certain', () => {
  // 收入决算表 and 支出决算表 come in several chunks; the two-sided 总表 and the economic table
  // mix both sides' columns; 三公 prints 12 columns with two values.
  const unread = TITLES.filter((t) => t !== '一般公共预算财政拨款支出决算表');

  it.each(unread)('%s keeps its lines as unaligned text, with no invented rows', (title) => {
    const grid = grids.get(title);
    expect(grid).not.toBeNull();
    expect(grid?.rows).toEqual([]);
    expect(grid?.unaligned.length).toBeGreaterThan(0);
  });

  it('keeps the 收入支出决算总表 totals as printed, on their lines', () => {
    const unaligned = grids.get('收入支出决算总表')?.unaligned ?? [];
    const totals = unaligned.filter((u) => u.text === '2995.39');
    expect(totals).toHaveLength(2);
    for (const u of totals) expect(text.lines[u.line - 1].trim()).toBe('2,995.39');
    expect(unaligned.some((u) => u.text === '本年收入合计')).toBe(true);
  });
});

describe('one cell per line: odd input', () => {
  const region = (raws: string[]): TableRegion => ({
    kind: 'unknown',
    title: '测试表',
    unit: '万元',
    phase: '决算',
    titleLine: 1,
    lines: raws.map((raw, i) => ({ no: i + 2, raw })),
  });

  it('returns uneven columns as unaligned lines without throwing', () => {
    const raws = ['科目编码', '科目名称', '合计', '', '201', '20101', '20102', '', '一般公共服务支出', '人大事务', '', '1.00', '2.00', '3.00', '4.00'];
    const grid = readCellPerLine(region(raws), new SourceText('t', ['测试表', ...raws].join('\n')));
    expect(grid?.rows).toEqual([]);
    expect(grid?.unaligned.map((u) => u.line)).toEqual(raws.flatMap((r, i) => (r ? [i + 2] : [])));
  });

  it('survives empty, numeric-only and garbage regions', () => {
    for (const raws of [[], [''], ['1', '2', '3'], ['类', '款', '01', '02', '99'], ['合计', '—', '—']]) {
      expect(() => readCellPerLine(region(raws), new SourceText('t', raws.join('\n')))).not.toThrow();
    }
  });

  it('finds no table in b11, an HTML page of narrative only', () => {
    const doc = 'b11_kunming_zhengfubangongshi_2026_yusuan.txt';
    const page = new SourceText(doc, readFileSync(`${SHARED_DOCS}/${doc}`, 'utf8'));
    const lines = page.lines.map((raw, i) => ({ no: i + 1, raw }));
    expect(readCellPerLine({ ...region([]), lines }, page)?.rows ?? []).toEqual([]);
  });

  it('returns null for layout (column-aligned) text', () => {
    const doc = '10_shanghai_putuo_wanlijiedao_2024_yusuan.txt';
    const layout = new SourceText(doc, readFileSync(`${SHARED_DOCS}/${doc}`, 'utf8'));
    const from = layout.lines.findIndex((l) => l.includes('一般公共预算支出功能分类预算表')) + 1;
    const lines = layout.lines.slice(from, from + 60).map((raw, i) => ({ no: from + 1 + i, raw }));
    expect(readCellPerLine({ ...region([]), lines }, layout)).toBeNull();
  });
});
