/**
 * The 部门政府采购预算 table: item rows with their project, catalogue code, quantity and price,
 * unit subtotals and the total. Amounts are in 万元, as the table header says. Repeated page
 * headers and column headers are skipped; each row belongs to the unit of the subtotal above it.
 */
import type { FactBase, ProcurementItem } from '../schema/fact.js';
import { cells, numberCell, region } from './regions.js';
import { compact, type SourceText } from './sourceText.js';

const FUNDING_COLUMNS = ['一般公共预算拨款', '基金预算拨款', '国有资本经营预算拨款', '财政专户核拨', '其他来源收入'];
/** The first cell of the amount columns in an item row: project, funds, item, code, measure, quantity, price, total. */
const FIRST_FUNDING_CELL = 8;
const PAGE_HEADER = /^\d+\s*[\u4e00-\u9fa5]|^单位[:：]|^部门政府采购预算$|项目来源|^项目名称/;

export function parseProcurement(text: SourceText, warn: (message: string) => void): FactBase['procurement'] {
  const lines = region(text.lines, /政府采购预算(?:情况)?$/, /^[一二三四五六七八九十]{1,3}、/);
  const result: FactBase['procurement'] = { subtotals: [], items: [] };
  let unit = '';
  for (const { no, raw } of lines) {
    const line = compact(raw);
    if (!line || PAGE_HEADER.test(line) || !raw.includes('\t')) continue;
    const row = cells(raw);
    const amounts = row.map(numberCell).filter((n): n is number => n !== null);
    if (row[0] === '合计') {
      result.total = amounts[0];
      result.source = text.source(no);
      continue;
    }
    if (row[0].endsWith('小计')) {
      unit = row[0].replace(/小计$/, '');
      result.subtotals.push({ unit, amount: amounts[0], source: text.source(no) });
      continue;
    }
    const [project, funds, item, code, measure, quantity, price, amount] = row;
    const numbers = [funds, quantity, price, amount].map(numberCell);
    if (row.length < FIRST_FUNDING_CELL + 1 || numbers.some((n) => n === null)) {
      warn(`${text.doc}:${no}: 政府采购 row does not have the expected cells (project, funds, item, code, unit, quantity, price, amount); row skipped`);
      continue;
    }
    const funding = row.slice(FIRST_FUNDING_CELL).findIndex((c) => numberCell(c) !== null);
    const entry: ProcurementItem = {
      unit,
      project,
      projectFunds: numbers[0] as number,
      item,
      catalogueCode: code,
      measure,
      quantity: numbers[1] as number,
      unitPrice: numbers[2] as number,
      amount: numbers[3] as number,
      fundingColumn: FUNDING_COLUMNS[funding] ?? FUNDING_COLUMNS[0],
      source: text.source(no),
    };
    result.items.push(entry);
  }
  return result;
}
