import { describe, expect, it } from 'vitest';
import { confirmedBalances } from '../src/parse/confirmedBalances.js';
import { SourceText } from '../src/parse/sourceText.js';
import type { Amount } from '../src/schema/fact.js';
import { Engine } from '../src/engine/engine.js';
import { loadDocuments } from '../src/parse/load.js';
import { num } from '../src/answer/answer.js';
import { SEED_PATH, SHARED_DOCS } from './helpers.js';

/** A 收支总表 printed one cell to a line, as a PDF's text layer can come out: labels apart from their figures. */
const CELLS = ['收入支出决算总表', '本年收入合计', '', '1,000.00', '使用非财政拨款结余', '年初结转和结余', '总计', '', '结余分配', '30.50', '', '1,030.50', '', '年末结转和结余', '总计', '', '70.50', '', '1,030.50'];
const amount = (concept: Amount['concept'], value: number): Amount => ({ concept, label: concept, value, statedUnit: '万元', source: { doc: 'fixture.txt', line: 1, quote: '' } });

describe('balances of a 收支总表 printed one cell to a line', () => {
  const text = new SourceText('fixture.txt', CELLS.join('\n'));

  it('takes the balance whose figure the stated totals confirm, citing the figure\'s line', () => {
    const found = confirmedBalances(text, [amount('budget.total', 1030.5), amount('income.total', 1000), amount('expense.total', 960)]);
    expect(found.map((a) => [a.concept, a.label, a.value, a.source.line])).toEqual([
      ['expense.carryForward', '年末结转和结余', 70.5, 17],
      ['income.carryover', '年初结转和结余', 30.5, 10],
    ]);
  });

  it('takes nothing the totals do not confirm, nor what another reading already states', () => {
    expect(confirmedBalances(text, [amount('budget.total', 1030.5), amount('income.total', 990), amount('expense.total', 900)])).toEqual([]);
    expect(confirmedBalances(text, [amount('income.total', 1000), amount('expense.total', 960)])).toEqual([]);
    const stated = amount('expense.carryForward', 70.5);
    expect(confirmedBalances(text, [amount('budget.total', 1030.5), amount('expense.total', 960), stated])).toEqual([]);
  });
});

describe('the year-end balance of every shared document that states one is answered', () => {
  const { documents } = loadDocuments([SEED_PATH, SHARED_DOCS]);
  const withBalance = documents.flatMap((doc) => {
    const balance = doc.facts.amounts.find((a) => a.concept === 'expense.carryForward');
    return balance ? [[doc.facts.identity.file, doc, balance] as const] : [];
  });

  it.each(withBalance)('%s', (_file, doc, balance) => {
    const engine = new Engine([doc]);
    for (const q of ['年末结转和结余是多少？', '年底还剩多少钱结转到下年', '年底还剩多少结转结余没用完？', '年底还剩下没用完、结转到下一年的钱有多少？']) expect(engine.ask(q).text.split('来源')[0], q).toContain(num(Number(balance.value.toFixed(2))));
  });
});
