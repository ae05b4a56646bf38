/**
 * A disclosure's 公开表 published as a file of their own (b04b: 预算01–13表, no narrative, no title
 * naming the department): its year and body are read from the file's name, a body the name does not
 * read as is still refused, and the tables the prose would otherwise state give their figures —
 * 政府采购 by 采购类别 and the 政府购买服务 table's total.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { loadDocuments } from '../src/parse/load.js';
import { findAmount } from '../src/answer/amounts.js';
import { num } from '../src/answer/answer.js';
import { SHARED_DOCS, tempDir } from './helpers.js';
import { replyBody } from './replyBody.js';

const FILE = 'b04b_beijing_tongjiju_2026_yusuan_tables.txt';
const text = readFileSync(`${SHARED_DOCS}/${FILE}`, 'utf8');
const lines = text.split('\n');
const { documents } = loadDocuments([`${SHARED_DOCS}/${FILE}`]);
const [doc] = documents;
const engine = new Engine([doc]);

/** The figure on the first line after a table's title that the pattern matches, as the text prints it. */
function printedAfter(title: RegExp, row: RegExp): number {
  const start = lines.findIndex((l) => title.test(l));
  const line = lines.slice(start).find((l) => row.test(l.replace(/\s+/g, '')))!;
  return Number(line.replace(/\s+/g, '').match(/([\d,]+\.\d+)$/)![1].replace(/,/g, ''));
}

describe('a file of tables alone', () => {
  it('takes the year from the file name where the text states none, and says the department is the file', () => {
    expect(doc.facts.identity).toMatchObject({ year: 2026, departmentFromFile: true });
    expect(doc.facts.warnings.join('\n')).toMatch(/took 2026 from the file name/);
  });

  it('answers for the body its file name reads as (统计局, 北京市统计局) and refuses others (发改委, 上海市统计局)', () => {
    const sangong = findAmount(doc.facts, 'sangong.total')!;
    for (const q of ['统计局的三公经费是多少', '北京市统计局三公经费预算']) {
      const reply = engine.ask(q, q);
      expect(reply.answered, reply.text).toBe(true);
      expect(replyBody(reply.text)).toContain(num(Number(sangong.value.toFixed(2))));
    }
    for (const [q, body] of [['北京市发改委2026年的三公经费预算是多少？', '北京市发改委'], ['上海市统计局三公经费', '上海市统计局']]) {
      const reply = engine.ask(q, q);
      expect(reply.answered, reply.text).toBe(false);
      expect(reply.text).toContain(body);
    }
  });

  it('reads a file of tables named in characters the same way', () => {
    const dir = tempDir('tables-alone-');
    const path = join(dir, '北京市统计局预算公开表.txt');
    writeFileSync(path, text);
    const named = new Engine(loadDocuments([path]).documents);
    expect(named.ask('统计局三公经费', 'a').answered).toBe(true);
    expect(named.ask('发改委三公经费', 'b').answered).toBe(false);
  });

  it('reads 政府采购 by 采购类别 (A-货物, C-服务) and ranks them when asked which class is more', () => {
    const goods = printedAfter(/政府采购预算明细表/, /^A-货物/);
    const services = printedAfter(/政府采购预算明细表/, /^C-服务/);
    expect(findAmount(doc.facts, 'procurement.goods')?.value).toBe(goods);
    expect(findAmount(doc.facts, 'procurement.services')?.value).toBe(services);
    const shown = (v: number) => num(Number(v.toFixed(2)));
    const ranked = replyBody(engine.ask('政府采购预算里哪一类更多', 'rank').text);
    expect(ranked).toMatch(new RegExp(`最多的是[^：]*${services > goods ? '服务' : '货物'}`));
    const compared = replyBody(engine.ask('政府采购预算里货物和服务哪一类更多？多多少？', 'diff').text);
    for (const v of [goods, services, Math.abs(services - goods)]) expect(compared).toContain(shown(v));
  });

  it('reads the parts of a 三公 table printed as one row of figures under the columns named as them', () => {
    const start = lines.findIndex((l) => /三公.*经费支出表/.test(l));
    const figures = lines.slice(start).find((l) => /^\s*[\d,.]+(\s+[\d,.]+){3,}\s*$/.test(l))!.trim().split(/\s+/).map(Number);
    expect(findAmount(doc.facts, 'sangong.total')?.value).toBe(figures[0]);
    expect(findAmount(doc.facts, 'sangong.vehicleOperation')?.value).toBe(figures.at(-1));
    engine.ask('“三公”经费财政拨款预算总额是多少？', 'sangong-row');
    expect(replyBody(engine.ask('其中公务用车运行维护费呢？', 'sangong-row').text)).toContain(num(figures.at(-1)!));
  });

  it('reads the 政府购买服务 table\'s total as government purchase of services, not procurement of services', () => {
    const total = printedAfter(/政府购买服务明细表/, /^合计/);
    expect(findAmount(doc.facts, 'purchasedServices')?.value).toBe(total);
    for (const q of ['统计局花钱向社会购买服务，总共多少？', '政府购买服务今年一共安排了多少钱啊？', 'How much is the government purchase of services?']) {
      expect(replyBody(engine.ask(q, q).text), q).toContain(num(Number(total.toFixed(2))));
    }
  });
});

it('says 政府购买服务 is not given where only the narrative is loaded, never the procurement of services', () => {
  const narrative = new Engine(loadDocuments([`${SHARED_DOCS}/b04_beijing_tongjiju_2026_yusuan.txt`]).documents);
  const reply = narrative.ask('政府购买服务今年一共安排了多少钱啊？', 'n');
  expect(reply.answered).toBe(false);
  const services = findAmount(narrative.documents[0].facts, 'procurement.services')!;
  expect(replyBody(reply.text)).not.toContain(num(Number(services.value.toFixed(2))));
});
