/**
 * Classified lines of the budget (functional 2010301 行政运行, economic 30201 办公费) from every table
 * that prints codes. One code can stand in several tables (支出总表, 一般公共预算支出表, 收入总表 …) and
 * in several rows of one table (a 支出总表 crossing functional and economic codes): each code is read
 * from the most complete table in which it is a row of its own, once.
 */
import type { LineItem, RowClass, Table, TableKind, TableRow } from '../../schema/table.js';
import type { FunctionalClassNames } from '../classNames.js';
import { labelValuePairs, rowSource } from './rows.js';
import { columnPhase, lineNumberColumns, mainColumn, numericColumns, toWan } from './columns.js';
import { bareLabel } from './labelConcept.js';

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
];

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

/**
 * `classNames` (standard 类 names → code) reads a 类 that a summary table prints by name alone
 * (八、社会保障和就业支出 in a 收支总表); without it only coded rows are lines.
 */
export function lineItems(tables: Table[], classNames: FunctionalClassNames = new Map()): LineItem[] {
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
    for (const item of crossedTotals(table, main)) if (!found.has(`${item.scheme}:${item.code}`)) found.set(`${item.scheme}:${item.code}`, item);
  }
  // Blocks printed side by side (301 工资福利支出 6,982.75 | 302 商品和服务支出 2,239.41), where no table gives the code a row of its own.
  for (const table of ordered) {
    // (A row of such a table with one block left, 30299 其他商品和服务支出 under the others, is read the same way.)
    if (!table.rows.some(sideBySide)) continue;
    for (const row of table.rows) for (const item of sideBySideItems(table, row)) if (!found.has(`${item.scheme}:${item.code}`)) found.set(`${item.scheme}:${item.code}`, item);
  }
  withFiscalShares(found, ordered);
  for (const table of tables.filter((t) => NAMED_CLASS_KINDS.includes(t.kind))) {
    for (const item of namedClasses(table, classNames)) if (!found.has(`${item.scheme}:${item.code}`)) found.set(`${item.scheme}:${item.code}`, item);
  }
  return [...found.values()];
}

const AMOUNT = /^-?[\d,]+(?:\.\d+)?$/;

/**
 * The lines of a row printing blocks side by side, read in the order they are printed: each code starts
 * its block, and the one amount printed before the next code is its figure (none: the line is blank).
 * A block with two amounts is no layout of code, name and figure: the row gives nothing then.
 */
function sideBySideItems(table: Table, row: TableRow): LineItem[] {
  const main = mainColumn(table);
  if (main === undefined || !table.unit) return [];
  const blocks: { own: RowClass; amounts: string[] }[] = [];
  const codes = row.classes.map((c) => c.code);
  for (const token of row.cells.flatMap((c) => c.text.split(/\s+/))) {
    const own = codes.includes(token) ? row.classes[codes.indexOf(token)] : undefined;
    if (own) blocks.push({ own, amounts: [] });
    else if (AMOUNT.test(token) && blocks.length) blocks.at(-1)!.amounts.push(token);
  }
  if (blocks.some((b) => b.amounts.length > 1)) return [];
  return blocks.flatMap(({ own, amounts: [printed] }) => {
    if (printed === undefined) return [];
    return [{
      scheme: own.scheme,
      code: own.code,
      name: own.name,
      level: own.level,
      ...(parentCode(own.code) ? { parent: parentCode(own.code) } : {}),
      value: toWan(Number(printed.replace(/,/g, '')), table.unit!),
      printed,
      statedUnit: table.unit!,
      phase: columnPhase(table.columns[main], table),
      breakdown: [],
      table: { title: table.title, kind: table.kind, ...(table.number ? { number: table.number } : {}) },
      source: rowSource(table, row),
    }];
  });
}

/** Tables of the fiscal appropriation only: a share of 财政拨款支出 is taken of their lines. */
const FISCAL_KINDS: TableKind[] = ['一般公共预算支出表', '财政拨款支出表'];

/** A line read from an all-funds table keeps its fiscal-only figure beside, where a fiscal table states it. */
function withFiscalShares(found: Map<string, LineItem>, tables: Table[]): void {
  for (const table of tables.filter((t) => FISCAL_KINDS.includes(t.kind))) {
    const main = mainColumn(table);
    if (main === undefined) continue;
    for (const row of table.rows) {
      const own = row.classes.at(-1);
      const item = own && found.get(`${own.scheme}:${own.code}`);
      const value = row.cells[main]?.value;
      if (!item || item.fiscal || FISCAL_KINDS.includes(item.table?.kind ?? 'unknown') || value === null || value === undefined || !table.unit) continue;
      if (table.rows.filter((r) => r.classes.at(-1)?.code === own.code).length !== 1) continue;
      found.set(`${own.scheme}:${own.code}`, { ...item, fiscal: { value: toWan(value, table.unit), source: rowSource(table, row) } });
    }
  }
}

/** Summary tables list the spending 类 by name, without codes. */
const NAMED_CLASS_KINDS: TableKind[] = ['收支总表', '财政拨款收支总表'];

/** The 类 a summary table names on either side of its rows, with the figure beside each name. */
function namedClasses(table: Table, classNames: FunctionalClassNames): LineItem[] {
  const main = mainColumn(table);
  if (main === undefined) return [];
  const skip = lineNumberColumns(table);
  return table.rows.flatMap((row) =>
    labelValuePairs(row, skip).flatMap(({ label, column }) => {
      const code = classNames.get(bareLabel(label));
      if (!code || row.classes.length) return [];
      const item = toLineItem(table, { ...row, label: bareLabel(label), classes: [{ scheme: 'functional', code, name: bareLabel(label), level: 1 }] }, column);
      return item ? [{ ...item, breakdown: [] }] : [];
    }),
  );
}

/**
 * In a table that crosses classifications (2010501 行政运行 × 30101 基本工资 on one row), the rows of any
 * code partition it by the other classifications: their sum is that code's total, stated as a sum.
 */
function crossedTotals(table: Table, main: number): LineItem[] {
  const groups = new Map<string, TableRow[]>();
  for (const row of table.rows) {
    if (sideBySide(row) || row.classes.length < 2) continue;
    for (const c of row.classes) groups.set(`${c.scheme}:${c.code}`, [...(groups.get(`${c.scheme}:${c.code}`) ?? []), row]);
  }
  const out: LineItem[] = [];
  for (const [key, rows] of groups) {
    // A row's own code on that row only is the row itself, read as such above.
    const own = rows[0].classes.at(-1);
    if (rows.length < 2 && own && `${own.scheme}:${own.code}` === key) continue;
    const first = rows[0];
    const outer = first.classes.find((c) => `${c.scheme}:${c.code}` === key);
    const item = outer && toLineItem(table, { ...first, label: outer.name, classes: [outer], cells: summedCells(rows) }, main);
    if (item) out.push(rows.length > 1 ? { ...item, derivation: `${table.number ?? table.title}中 ${outer.code} ${outer.name} 的 ${rows.length} 行相加` } : item);
  }
  return out;
}

/** The rows' cells added up, column by column; a column blank in every row stays blank. */
function summedCells(rows: TableRow[]): TableRow['cells'] {
  const width = Math.max(...rows.map((r) => r.cells.length));
  return Array.from({ length: width }, (_, i) => {
    const values = rows.map((r) => r.cells[i]?.value).filter((v): v is number => v !== null && v !== undefined);
    if (!values.length) return { text: '', value: null };
    const sum = Number(values.reduce((a, b) => a + b, 0).toFixed(6));
    return { text: String(sum), value: sum };
  });
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
