/**
 * The 政府采购支出预算表 laid out by 采购品目大类: rows read from every shared document that has one,
 * checked against the category and total rows the table itself prints, and a made-up page whose
 * cells wrap around their rows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProcurementByClass } from '../src/parse/procurementByClass.js';
import { SourceText } from '../src/parse/sourceText.js';
import { loadDocuments } from '../src/parse/load.js';
import { Engine } from '../src/engine/engine.js';
import { replyBody } from './replyBody.js';
import { SHARED_DOCS } from './helpers.js';

const { documents } = loadDocuments([SHARED_DOCS]);
const laidOutByClass = documents.filter((d) => d.facts.procurement.items.some((i) => i.category !== undefined));

/** The category and total rows the table prints (一、货物 A 1,637.72 / 合计 5,227.59), read here on their own. */
function printedTotals(file: string): { total: number; categories: Map<string, number> } {
  const lines = readFileSync(`${SHARED_DOCS}/${file}`, 'utf8').split('\n');
  const start = lines.findIndex((l) => /政府采购支出预算表\s*$/.test(l) && !/[、]/.test(l));
  const number = (l: string) => Number(l.trim().split(/\s+/).at(-1)!.replace(/,/g, ''));
  const categories = new Map<string, number>();
  let total = NaN;
  for (const line of lines.slice(start)) {
    if (/^\s*注[:：]/.test(line)) break;
    if (/^\s*合\s*计\s+[\d,.]+\s*$/.test(line)) total = number(line);
    const category = line.match(/^\s*[一二三]、\s*(货物|工程|服务)/);
    if (category) categories.set(category[1], number(line));
  }
  return { total, categories };
}

describe('the procurement table laid out by category', () => {
  it('is found in the shared documents that have one', () => {
    expect(laidOutByClass.map((d) => d.facts.identity.file).sort()).toEqual(['02_jiangsu_gaojirenminfayuan_2019_yusuan.txt', '06_jiangsu_renda_changweihui_bangongting_2018_yusuan.txt']);
  });

  describe.each(laidOutByClass.map((d) => [d.facts.identity.file, d] as const))('%s', (file, doc) => {
    const items = doc.facts.procurement.items;
    const { total, categories } = printedTotals(file);
    const sum = (rows: typeof items) => Number(rows.reduce((s, i) => s + i.amount, 0).toFixed(2));

    it('reads rows that add up to each category row and to the total the table prints', () => {
      expect(sum(items)).toBe(total);
      for (const [category, amount] of categories) expect(sum(items.filter((i) => i.category === category)), category).toBe(amount);
    });

    it('gives every row a project, an economic class, a name and how it is bought, none left a fragment', () => {
      for (const item of items) {
        expect(item.project.length, JSON.stringify(item)).toBeGreaterThanOrEqual(3);
        expect(item.item.length, JSON.stringify(item)).toBeGreaterThanOrEqual(2);
        expect(item.economicClass, JSON.stringify(item)).toBeTruthy();
        expect(item.organisation, JSON.stringify(item)).toMatch(/采购|组织/);
        // A name that starts with a closing bracket or a lone character is the tail of a wrapped cell.
        expect(item.item, JSON.stringify(item)).not.toMatch(/^[）)]/);
        expect(item.quantity).toBeUndefined();
      }
    });

    it('answers a row asked by its name with its amount, and its unit price as not given', () => {
      const engine = new Engine([doc]);
      const item = items.find((i) => items.filter((o) => o.item === i.item).length === 1 && i.item.length >= 4)!;
      expect(replyBody(engine.ask(`${item.item}采购了多少`, 'amount').text)).toContain(`${item.amount} 万元`);
      const price = replyBody(engine.ask(`${item.item}的单价是多少`, 'price').text);
      expect(price).toContain('没有给出');
      expect(price).toContain(`${item.amount} 万元`);
    });
  });

  it('joins a cell wrapped above and below its row, for items, projects and economic classes alike', () => {
    const page = [
      '公开 12 表',
      '                    政府采购支出预算表',
      '部门名称：某单位                                          单位：万元',
      ' 采购品目大类     专项名称           经济科目        采购物品名称           采购组织形式   总计',
      '合计                                                       111.00',
      '一、货物 A                                                   111.00',
      '                    信息网络及软件购',
      '          信息网络建设费                                         111.00',
      '                    置更新',
      '                                  台式计算机（20 万',
      '                                               政府集中采购       99.00',
      '                                  以上）',
      '                                  打印机       分散自行组织       12.00',
      '注：1.采购组织形式为：集中采购、部门集中采购和分散采购。',
    ].join('\n');
    const items = parseProcurementByClass(new SourceText('page.txt', page));
    expect(items.map((i) => [i.project, i.economicClass, i.item, i.organisation, i.amount])).toEqual([
      ['信息网络建设费', '信息网络及软件购置更新', '台式计算机（20万以上）', '政府集中采购', 99],
      ['信息网络建设费', '信息网络及软件购置更新', '打印机', '分散自行组织', 12],
    ]);
  });
});
