/**
 * Reading a table row as figures: its citation, and the (label, figure) pairs it states.
 */
import type { Table, TableRow } from '../../schema/table.js';

/** A row's citation names its table as the section: a heading-like row above it (三、…) is no section. */
export function rowSource(table: Table, row: TableRow): TableRow['source'] {
  return { ...row.source, section: table.number ? `${table.number} ${table.title}` : table.title };
}

/**
 * A row's (label, figure) pairs: its own label with its main figure, and, in a two-sided table
 * (收入 on the left, 支出 on the right), each further text cell with the first figure after it.
 */
export function labelValuePairs(row: TableRow, main: number, skip: Set<number>): { label: string; column: number }[] {
  const pairs = [{ label: row.label, column: main }];
  let pending: string | undefined;
  row.cells.forEach((cell, i) => {
    if (i <= main || skip.has(i)) return;
    if (cell.value === null && cell.text.trim() && !/^[-—–]+$/.test(cell.text.trim())) pending = cell.text;
    else if (cell.value !== null && pending) {
      pairs.push({ label: pending, column: i });
      pending = undefined;
    }
  });
  return pairs;
}
