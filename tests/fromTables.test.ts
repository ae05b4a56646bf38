import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { num } from '../src/answer/answer.js';
import { loadDocuments } from '../src/parse/load.js';
import { SHARED_DOCS } from './helpers.js';
import { tableAmounts } from '../src/parse/fromTables/amounts.js';
import { lineItems, parentCode } from '../src/parse/fromTables/lineItems.js';
import { conceptOfLabel } from '../src/parse/fromTables/labelConcept.js';
import { Table, type RowClass } from '../src/schema/table.js';

const source = (line: number) => ({ doc: 'fixture.txt', line, quote: `line ${line}` });
const cell = (text: string) => ({ text, value: /^-?[\d,]+(\.\d+)?$/.test(text) ? Number(text.replace(/,/g, '')) : null });
const functional = (code: string, name: string): RowClass => ({ scheme: 'functional', code, name, level: (code.length - 1) / 2 });

function table(kind: Table['kind'], unit: Table['unit'], header: string[], rows: [string, RowClass[], string[]][], phase: Table['phase'] = '预算'): Table {
  return Table.parse({
    kind,
    title: kind,
    unit,
    phase,
    columns: header.map((name) => ({ header: [name], name })),
    rows: rows.map(([label, classes, cells], i) => ({ label, classes, cells: cells.map(cell), source: source(10 + i), lines: [10 + i] })),
    source: source(9),
    span: { from: 9, to: 10 + rows.length },
    declaredEmpty: false,
    unaligned: [],
  });
}

const spending = table('支出总表', '元', ['科目名称', '合计', '基本支出', '项目支出'], [
  ['合计', [], ['合计', '1,500,000.00', '1,000,000.00', '500,000.00']],
  ['一般公共服务支出', [functional('201', '一般公共服务支出')], ['一般公共服务支出', '1,200,000.00', '800,000.00', '400,000.00']],
  ['政府办公厅(室)及相关机构事务', [functional('20103', '政府办公厅(室)及相关机构事务')], ['政府办公厅(室)及相关机构事务', '1,200,000.00', '800,000.00', '400,000.00']],
  ['行政运行', [functional('2010301', '行政运行')], ['行政运行', '800,000.00', '800,000.00', '']],
  ['一般行政管理事务', [functional('2010302', '一般行政管理事务')], ['一般行政管理事务', '400,000.00', '', '400,000.00']],
  ['社会保障和就业支出', [functional('208', '社会保障和就业支出')], ['社会保障和就业支出', '300,000.00', '200,000.00', '100,000.00']],
]);

const summary = table('收支总表', '万元', ['项目', '预算数', '项目', '预算数'], [
  ['一、一般公共预算拨款收入', [], ['一、一般公共预算拨款收入', '150', '一、一般公共服务支出', '120']],
  ['本年收入合计', [], ['本年收入合计', '150', '本年支出合计', '150']],
  ['上年结转结余', [], ['上年结转结余', '10', '年终结转结余', '10']],
  ['收入总计', [], ['收入总计', '160', '支出总计', '160']],
]);

describe('labels of table rows and columns read through the prose label grammar', () => {
  it('names concepts by the whole label, ordinals and quotes aside', () => {
    expect(conceptOfLabel('一、一般公共预算拨款收入')).toBe('income.general');
    expect(conceptOfLabel('本年支出合计')).toBe('expense.total');
    expect(conceptOfLabel('“三公”经费')).toBe('sangong.total');
    expect(conceptOfLabel('（三）因公出国（境）费')).toBe('sangong.abroad');
    expect(conceptOfLabel('上年结转结余')).toBe('income.carryover');
    // A 决算's names of the same balances.
    expect(conceptOfLabel('年初结转和结余')).toBe('income.carryover');
    expect(conceptOfLabel('年末结转和结余')).toBe('expense.carryForward');
    expect(conceptOfLabel('其他交通费用')).toBeUndefined();
    expect(conceptOfLabel('行政运行')).toBeUndefined();
  });
});

describe('key figures from tables', () => {
  const { amounts, passedOver } = tableAmounts([summary, spending]);
  const of = (concept: string) => amounts.find((a) => a.concept === concept);

  it('reads both sides of a two-sided 收支总表 and prefers 总计 over 合计', () => {
    expect(of('income.general')).toMatchObject({ value: 150, statedUnit: '万元', source: { line: 10 } });
    expect(of('income.total')).toMatchObject({ value: 160, label: '收入总计', source: { line: 13 } });
    expect(of('expense.total')).toMatchObject({ value: 160, label: '支出总计' });
    expect(of('income.carryover')?.value).toBe(10);
    expect(of('expense.carryForward')?.value).toBe(10);
  });

  it('keeps a 合计 the 总计 outranks under its own name where the two differ (the carry-over between them)', () => {
    expect(passedOver.map((p) => [p.label, p.value])).toEqual([
      ['本年收入合计', 150],
      ['本年支出合计', 150],
    ]);
  });

  it('reads the columns of a total row, converting 元 to 万元', () => {
    expect(of('expense.basic')).toMatchObject({ value: 100, statedUnit: '元', source: { line: 10 } });
    expect(of('expense.project')?.value).toBe(50);
  });
});

describe('classified lines from tables', () => {
  const items = lineItems([spending]);
  const byCode = (code: string) => items.find((i) => i.code === code);

  it('reads each coded row once, with its parent and its other money columns in 万元', () => {
    expect(items.map((i) => i.code)).toEqual(['201', '20103', '2010301', '2010302', '208']);
    expect(byCode('2010301')).toMatchObject({ name: '行政运行', level: 3, parent: '20103', value: 80, printed: '800,000.00', statedUnit: '元', source: { line: 13 } });
    expect(byCode('2010302')?.breakdown).toEqual([{ column: '项目支出', value: 40, phase: '预算' }]);
    expect(parentCode('3021101')).toBe('30211');
    expect(parentCode('201')).toBeUndefined();
  });

  it('adds up the rows of a code in a table that crosses classifications, saying so', () => {
    const crossed = table('支出总表', '万元', ['科目', '合计'], [
      ['办公费', [functional('2010301', '行政运行'), { scheme: 'economic', code: '30201', name: '办公费', level: 2 }], ['办公费', '5']],
      ['办公费', [functional('2010302', '一般行政管理事务'), { scheme: 'economic', code: '30201', name: '办公费', level: 2 }], ['办公费', '7']],
    ]);
    const items = lineItems([crossed]);
    expect(items.map((i) => [i.code, i.value, i.derivation])).toEqual([
      ['2010301', 5, undefined],
      ['30201', 12, '支出总表中 30201 办公费 的 2 行相加'],
      ['2010302', 7, undefined],
    ]);
  });
});

describe('a 合计 the 总计 outranks, in every shared document', () => {
  // Every .txt, each loaded alone: a tables-only twin is a document of its own here.
  const files = readdirSync(SHARED_DOCS).filter((f) => f.endsWith('.txt'));
  const loaded = files.map((f) => loadDocuments([`${SHARED_DOCS}/${f}`]).documents[0]).filter((d) => d !== undefined);
  const apart = loaded.flatMap((doc) => doc.facts.statedAmounts.filter((a) => /^本年(?:收入|支出)合计$/.test(a.label)).map((a) => ({ doc, a })));

  it('is found in the documents whose 收支总表 has carry-over between the two', () => {
    expect(apart.length).toBeGreaterThan(0);
  });

  it.each(apart.map(({ doc, a }) => [`${doc.facts.identity.file} ${a.label}`, doc, a] as const))('%s is answered by its name, not by the 总计', (_name, doc, a) => {
    const engine = new Engine([doc]);
    const body = engine.ask(`${a.label}多少`).text.split('来源')[0];
    expect(body).toContain(num(Number(a.value.toFixed(2))));
  });
});

describe('a fund\'s own figure beside all funds\' (一般公共预算基本支出 beside 基本支出), in every shared document', () => {
  const files = readdirSync(SHARED_DOCS).filter((f) => f.endsWith('.txt'));
  const loaded = files.map((f) => loadDocuments([`${SHARED_DOCS}/${f}`]).documents[0]).filter((d) => d !== undefined);
  const split = loaded.flatMap((doc) => doc.facts.amounts.filter((a) => a.fiscal).map((a) => ({ doc, a })));

  it('is read from the fund\'s own table where it differs', () => {
    expect(split.length).toBeGreaterThan(2);
  });

  it.each(split.map(({ doc, a }) => [`${doc.facts.identity.file} ${a.label}`, doc, a] as const))('%s: the fund\'s figure when the fund is named, all funds\' when not', (_name, doc, a) => {
    const engine = new Engine([doc]);
    const two = (n: number) => num(Number(n.toFixed(2)));
    expect(engine.ask(`一般公共预算${a.label}多少？`, 'fund').text.split('来源')[0]).toContain(two(a.fiscal!.value));
    expect(engine.ask(`财拨${a.label}合计数？`, 'fund short').text.split('来源')[0]).toContain(two(a.fiscal!.value));
    expect(engine.ask(`${a.label}多少？`, 'all funds').text.split('来源')[0]).toContain(two(a.value));
    // What it is made of is answered as before, not the fund's bare figure.
    expect(engine.ask(`一般公共预算${a.label}包括哪些？`, 'fund parts').text.split('来源')[0]).not.toMatch(/（(?:一般公共预算|财政拨款)）：/);
  });
});
