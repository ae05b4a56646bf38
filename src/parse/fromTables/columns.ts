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
 * greater than the figure above it.
 */
export function lineNumberColumns(table: Table): Set<number> {
  const out = new Set<number>();
  table.columns.forEach((column, i) => {
    const values = table.rows.map((r) => r.cells[i]?.value).filter((v): v is number => v !== null && v !== undefined);
    // Rows without a line number (headings, wrapped cells) leave gaps; the numbers still only go up.
    const counting = values.length >= 3 && values.every((v, k) => Number.isInteger(v) && v < 1000 && (k === 0 || v > values[k - 1]));
    // A header word may land over the label column beside the numbers: only a column of numbers counts.
    if ((/行次|栏次/.test(column.header.join('')) && values.every(Number.isInteger) && values.length > 0) || counting) out.add(i);
  });
  return out;
}

/** Columns that hold an amount in at least one row (line numbers are no amounts). */
export function numericColumns(table: Table): number[] {
  const lineNumbers = lineNumberColumns(table);
  return table.columns.map((_, i) => i).filter((i) => !lineNumbers.has(i) && table.rows.some((r) => r.cells[i]?.value !== null && r.cells[i]?.value !== undefined));
}

/** Header words of a row's main figure, strongest first: a 小计 totals only a group of columns. */
const TOTAL_HEADERS = [/合计|总计/, /^金额$|预算数|决算数|本年支出$|本年收入$/, /小计/];
const EXPLICIT_ACTUAL = /决算|执行数|实际/;

/** Each table's main column, found once: figures, line items and checks all ask for it. */
const mains = new WeakMap<Table, number | undefined>();

/**
 * The main amount column: the strongest total-like header (合计 before 金额 before 小计), else the
 * first numeric column. In a 决算 it must be an actual: a column saying 决算 where one does; where
 * columns say 预算 and none says 决算, the figures' phase is unknown and there is no main column.
 */
export function mainColumn(table: Table): number | undefined {
  if (!mains.has(table)) mains.set(table, findMainColumn(table));
  return mains.get(table);
}

function findMainColumn(table: Table): number | undefined {
  let numeric = numericColumns(table);
  const words = (i: number) => [...table.columns[i].header, table.columns[i].name];
  const says = (i: number, pattern: RegExp) => words(i).some((w) => pattern.test(w));
  if (table.phase === '决算') {
    const actual = numeric.filter((i) => says(i, EXPLICIT_ACTUAL) || table.columns[i].phase === '决算');
    if (actual.length) numeric = actual;
    else if (numeric.some((i) => says(i, /预算/))) return undefined;
  }
  // A column's own name first: a group heading above several columns (本年支出 over 小计, 基本支出 and 项目
  // 支出) names none of them alone.
  for (const named of [(i: number, pattern: RegExp) => pattern.test(table.columns[i].name), says]) {
    for (const header of TOTAL_HEADERS) {
      const found = numeric.find((i) => named(i, header));
      if (found !== undefined) return found;
    }
  }
  return numeric[0];
}
