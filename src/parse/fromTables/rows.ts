/**
 * Reading a table row as figures: its citation, and the (label, figure) pairs it states.
 */
import type { Table, TableRow } from '../../schema/table.js';

/** A row's citation names its table as the section: a heading-like row above it (三、…) is no section. */
export function rowSource(table: Table, row: TableRow): TableRow['source'] {
  return { ...row.source, section: table.number ? `${table.number} ${table.title}` : table.title };
}

/**
 * A row's (label, figure) pairs, read left to right: each label with the first figure after it. The
 * row's own label comes first; in a two-sided table (收入 on the left, 支出 on the right) a further
 * text cell labels the figures that follow it.
 */
export function labelValuePairs(row: TableRow, skip: Set<number>): { label: string; column: number }[] {
  const pairs: { label: string; column: number }[] = [];
  let pending: string | undefined = row.label;
  row.cells.forEach((cell, i) => {
    if (skip.has(i)) return;
    const text = cell.text.trim();
    if (cell.value !== null && pending) {
      pairs.push({ label: pending, column: i });
      pending = undefined;
    } else if (cell.value === null && text && !/^[-—–]+$/.test(text) && text !== row.label && !/^\d{3,9}$/.test(text)) pending = text;
  });
  return pairs;
}
