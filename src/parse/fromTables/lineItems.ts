/**
 * Classified lines of the budget (functional 2010301 行政运行, economic 30201 办公费) from every table
 * that prints codes. One code can stand in several tables (支出总表, 一般公共预算支出表, 收入总表 …) and
 * in several rows of one table (a 支出总表 crossing functional and economic codes): each code is read
 * from the most complete table in which it is a row of its own, once.
 */
import type { LineItem, Table, TableKind, TableRow } from '../../schema/table.js';
import { columnPhase, mainColumn, numericColumns, toWan } from './columns.js';

/** Tables that state spending by classification, most complete first; a code is read from the first that has it. */
const KIND_ORDER: TableKind[] = [
  '支出总表',
  '一般公共预算支出表',
  '财政拨款支出表',
  '一般公共预算基本支出表',
  '财政拨款基本支出表',
  '项目支出表',
  '政府性基金',
  '国有资本经营',
  '三公经费表',
  '机关运行经费表',
  '财政拨款收支总表',
  '收入总表',
  'unknown',
];

/** A row's citation names its table as the section: a heading-like row above it (三、…) is no section. */
export function rowSource(table: Table, row: TableRow): TableRow['source'] {
  return { ...row.source, section: table.number ? `${table.number} ${table.title}` : table.title };
}

/**
 * A row carrying two codes of one scheme prints blocks side by side (人员经费 301… | 公用经费 302…):
 * which figure belongs to which block the columns do not say, so such a row is no line of its own.
 */
export function sideBySide(row: TableRow): boolean {
  return new Set(row.classes.map((c) => c.scheme)).size < row.classes.length;
}

/** The code one level up: 2010301 → 20103 → 201; 3021101 → 30211 → 302. */
export function parentCode(code: string): string | undefined {
  if (code.length <= 3) return undefined;
  return code.slice(0, code.length - 2);
}

const rank = (kind: TableKind) => {
  const i = KIND_ORDER.indexOf(kind);
  return i < 0 ? KIND_ORDER.length : i;
};

export function lineItems(tables: Table[]): LineItem[] {
  const found = new Map<string, LineItem>();
  const ordered = [...tables].filter((t) => t.unit !== null && rank(t.kind) < KIND_ORDER.length).sort((a, b) => rank(a.kind) - rank(b.kind));
  for (const table of ordered) {
    const main = mainColumn(table);
    if (main === undefined) continue;
    // A code that stands in several rows of this table (crossed with another classification) is no row of its own here.
    const rowsOf = new Map<string, TableRow[]>();
    for (const row of table.rows) {
      const own = row.classes.at(-1);
      if (own && !sideBySide(row)) rowsOf.set(`${own.scheme}:${own.code}`, [...(rowsOf.get(`${own.scheme}:${own.code}`) ?? []), row]);
    }
    for (const [key, rows] of rowsOf) {
      if (rows.length !== 1 || found.has(key)) continue;
      const item = toLineItem(table, rows[0], main);
      if (item) found.set(key, item);
    }
  }
  return [...found.values()];
}

function toLineItem(table: Table, row: TableRow, main: number): LineItem | undefined {
  const own = row.classes.at(-1);
  const cell = row.cells[main];
  const unit = table.unit;
  if (!own || !unit || cell?.value === null || cell?.value === undefined) return undefined;
  const breakdown = numericColumns(table)
    .filter((i) => i !== main && row.cells[i]?.value !== null && row.cells[i]?.value !== undefined)
    .map((i) => ({ column: table.columns[i].name, value: toWan(row.cells[i].value as number, unit), phase: columnPhase(table.columns[i], table) }));
  return {
    scheme: own.scheme,
    code: own.code,
    name: own.name || row.label,
    level: own.level,
    ...(parentCode(own.code) ? { parent: parentCode(own.code) } : {}),
    value: toWan(cell.value, unit),
    printed: cell.text,
    statedUnit: unit,
    phase: columnPhase(table.columns[main], table),
    breakdown,
    table: { title: table.title, kind: table.kind, ...(table.number ? { number: table.number } : {}) },
    source: rowSource(table, row),
  };
}
