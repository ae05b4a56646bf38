/**
 * Which columns of a table hold money. A column of numbers is not necessarily money: codes
 * (科目编码, or 类/款/项 printed apart) and counts are numbers too, so their headers rule them out.
 */
import type { Table, TableKind } from '../schema/table.js';

/** Tables of goals and indicators: their numbers are targets and scores, never amounts. */
const NO_MONEY: ReadonlySet<TableKind> = new Set(['项目绩效目标表', '整体绩效目标表', '绩效自评表']);

/** Whole header words, so that a merged header such as 行次金额 still counts as money. */
const NOT_MONEY_HEADER = /^(.*编码|.*代码|编号|序号|行次|栏次|数量|人数|个数|[类款项]+)$/;

/** Printed for nothing: blank, or a dash. */
const NOTHING = /^[\s—–\-－]*$/;

export function isMoneyColumn(table: Table, index: number): boolean {
  const column = table.columns[index];
  if (!column || table.unit === null || NO_MONEY.has(table.kind)) return false;
  if (column.header.some((word) => NOT_MONEY_HEADER.test(word)) || NOT_MONEY_HEADER.test(column.name)) return false;
  const printed = table.rows.map((row) => row.cells[index]).filter((cell) => cell && !NOTHING.test(cell.text));
  return printed.length > 0 && printed.every((cell) => cell?.value !== null);
}
