/**
 * A header word printed one column left of its figures: 科目名称 小计 over a blank column, then a
 * column of figures with no header at all (13,733.80). The word is that column's: it moves over, and
 * the blank column keeps the words above it. Only where the named column holds no figure in any row
 * and the unnamed one holds some, so that a column left blank on purpose beside a named one stays.
 */
import type { TableColumn, TableRow } from '../../schema/table.js';
import { columnOf } from './header.js';

const hasFigure = (rows: TableRow[], i: number) => rows.some((r) => r.cells[i]?.value !== null && r.cells[i]?.value !== undefined);

export function withHeadersOverFigures(columns: TableColumn[], rows: TableRow[]): TableColumn[] {
  const out = [...columns];
  for (let i = 0; i + 1 < out.length; i++) {
    const [named, blank] = [out[i], out[i + 1]];
    if (!named.header.length || blank.header.length || hasFigure(rows, i) || !hasFigure(rows, i + 1)) continue;
    out[i + 1] = columnOf([named.header[named.header.length - 1]], i + 1);
    out[i] = columnOf(named.header.slice(0, -1), i);
  }
  return out;
}
