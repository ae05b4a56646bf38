/**
 * The balances of a 收支总表 printed one cell to a line, labels and figures apart (年末结转和结余 / 总计 /
 * 55.34 / 2,995.39): the layout does not say which figure is whose. A balance is taken only where the
 * totals the document states elsewhere confirm it: 本年支出合计 + 年末结转和结余 = 总计, and 本年收入合计 +
 * 年初结转和结余 = 总计 for the balance brought in. A figure nothing confirms is left out.
 */
import type { ConceptKey } from '../schema/concept.js';
import type { Amount } from '../schema/fact.js';
import { compact, type SourceText } from './sourceText.js';

interface Balance {
  concept: ConceptKey;
  label: RegExp;
  /** The year's own total on the same side, which with the balance makes the 总计. */
  side: ConceptKey;
}

const BALANCES: Balance[] = [
  { concept: 'expense.carryForward', label: /^年[末终]结转和?结余$/, side: 'expense.total' },
  { concept: 'income.carryover', label: /^年初结转和?结余$/, side: 'income.total' },
];

/** How far after its label a balance's figure is looked for: the labels of its row's other cells come between. */
const WITHIN_LINES = 8;

const FIGURE = /^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** Half a cent of a 万元: two figures printed to two decimals that add up agree to within it. */
const TOLERANCE = 0.005;

export function confirmedBalances(text: SourceText, amounts: Amount[]): Amount[] {
  const byConcept = (concept: ConceptKey) => amounts.find((a) => a.concept === concept);
  const total = byConcept('budget.total');
  if (!total) return [];
  return BALANCES.flatMap(({ concept, label, side }) => {
    const year = byConcept(side);
    if (byConcept(concept) || !year || year.value === total.value) return [];
    for (let i = 0; i < text.lines.length; i++) {
      const name = compact(text.lines[i]);
      if (!label.test(name)) continue;
      for (let j = i + 1; j <= i + WITHIN_LINES && j < text.lines.length; j++) {
        const cell = compact(text.lines[j]);
        if (!FIGURE.test(cell)) continue;
        const value = Number(cell.replace(/,/g, ''));
        if (Math.abs(year.value + value - total.value) < TOLERANCE) return [{ concept, label: name, value, statedUnit: '万元', source: text.source(j + 1) }];
      }
    }
    return [];
  });
}
