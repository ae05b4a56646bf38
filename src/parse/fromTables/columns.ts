/**
 * Which columns of a table hold money, and which one is a row's main amount: 合计 (or 决算数 in a 决算),
 * else the first column that holds numbers. Units are converted here, once, to the 万元 of the fact base.
 */
import type { Phase, Table, TableColumn } from '../../schema/table.js';

/** 万元 per unit of a table. */
const WAN_PER = { 元: 1 / 10000, 万元: 1, 亿元: 10000 } as const;

/** A value in the table's unit, in 万元, rounded where 元 tables carry more digits than 万元 can show. */
export function toWan(value: number, unit: NonNullable<Table['unit']>): number {
  return Math.round(value * WAN_PER[unit] * 1e6) / 1e6;
}

const TOTAL_HEADER = /合计|总计|小计|^金额$|预算数|决算数|本年支出$|本年收入$/;

/** The column's phase: its own, or one its header words name, or the table's. */
export function columnPhase(column: TableColumn, table: Table): Phase {
  if (column.phase) return column.phase;
  const words = column.header.join('');
  if (/年初预算/.test(words)) return '年初预算';
  if (/调整(?:后)?预算|全年预算/.test(words)) return '调整预算';
  if (/决算|执行数|实际/.test(words)) return '决算';
  // In a 决算 table a column of 预算数 is the budget the actual is compared with.
  if (/预算/.test(words) && table.phase === '决算') return '年初预算';
  return table.phase;
}

/**
 * Columns of line numbers (行次, 栏次): the header says so, or every figure is a small whole number
 * one more than the figure above it.
 */
export function lineNumberColumns(table: Table): Set<number> {
  const out = new Set<number>();
  table.columns.forEach((column, i) => {
    const values = table.rows.map((r) => r.cells[i]?.value).filter((v): v is number => v !== null && v !== undefined);
    const counting = values.length >= 2 && values.every((v, k) => Number.isInteger(v) && v < 1000 && (k === 0 || v === values[k - 1] + 1));
    if (/行次|栏次/.test(column.header.join('')) || counting) out.add(i);
  });
  return out;
}

/** Columns that hold an amount in at least one row (line numbers are no amounts). */
export function numericColumns(table: Table): number[] {
  const lineNumbers = lineNumberColumns(table);
  return table.columns.map((_, i) => i).filter((i) => !lineNumbers.has(i) && table.rows.some((r) => r.cells[i]?.value !== null && r.cells[i]?.value !== undefined));
}

/**
 * The main amount column: in a 决算 the first 决算 column that says it is a total or is the only one,
 * otherwise the first total-like column (合计, 预算数 …), otherwise the first numeric column.
 */
export function mainColumn(table: Table): number | undefined {
  const numeric = numericColumns(table);
  const totals = numeric.filter((i) => TOTAL_HEADER.test(table.columns[i].header.join('')) || TOTAL_HEADER.test(table.columns[i].name));
  if (table.phase === '决算') {
    const executed = numeric.filter((i) => columnPhase(table.columns[i], table) === '决算');
    const executedTotal = executed.find((i) => totals.includes(i));
    if (executedTotal !== undefined) return executedTotal;
    if (executed.length) return executed[0];
  }
  return totals[0] ?? numeric[0];
}
