/**
 * The 政府采购支出预算表 laid out by 采购品目大类 (Jiangsu's 公开12表): category rows (一、货物 A), then
 * project rows (专项名称, 经济科目, amount) and, under each, item rows (采购物品名称, 采购组织形式, amount).
 * It states no quantity, unit price or catalogue code, and no project's own funds: the items carry what it does.
 *
 * The text is a page laid out in columns by spaces. A cell too long for its column wraps onto the lines
 * above and below its row, so a row with a cell missing takes the fragments printed in that column just
 * before it and as many just after it (台式计算机（20 万 / 政府集中采购 99.00 / 以上）).
 */
import type { ProcurementItem } from '../schema/fact.js';
import { compact, type SourceText } from './sourceText.js';

/** The table's heading and where it ends: its notes, or the next 公开表. */
const HEADING = /^(?:公开\s*\d+\s*表)?政府采购支出预算表$/;
const END = /^注[:：]|^公开\s*\d+\s*表/;
/** Lines repeated on each page: the page number, the department, the column headings. */
const PAGE_LINE = /^\d{1,3}$|^部门(?:名称)?[:：]|单位[:：]\s*万元|专项名称|采购物品名称|^类$|^采购品目大$/;
const TOTAL = /^合\s*计$/;
const CATEGORY = /^[一二三四五六七八九十]+、\s*(货物|工程|服务)\s*([ABC])?/;
/** How an item is bought, which only item rows state. */
const ORGANISATION = /^(?:政府集中采购|部门集中采购|集中采购|分散自行组织|分散采购|自行采购|委托代理|公开招标|邀请招标|竞争性(?:谈判|磋商)|询价|单一来源)$/;
const AMOUNT = /^-?[\d,]+(?:\.\d+)?$/;
/** Cells are apart by two spaces or more; a single space stays inside a cell (PC 服务器, 台式计算机（20 万). */
const CELL_GAP = /\s{2,}/;
/** Indents this close are one column. */
const COLUMN_SLACK = 4;

type Column = 'project' | 'economic' | 'item' | 'organisation';
const COLUMNS: Column[] = ['project', 'economic', 'item', 'organisation'];

interface Row {
  no: number;
  indent: number;
  cells: string[];
  amount?: number;
}

/** Items of the table, or none where the document has no table laid out so. */
export function parseProcurementByClass(text: SourceText): ProcurementItem[] {
  const start = text.lines.findIndex((l) => HEADING.test(compact(l)));
  if (start < 0) return [];
  const rows: Row[] = [];
  for (let i = start + 1; i < text.lines.length; i++) {
    const raw = text.lines[i];
    const line = compact(raw);
    if (END.test(line)) break;
    if (!line || PAGE_LINE.test(line)) continue;
    // A space left inside a cell (PC 服务器, 台式计算机（20 万以上）) is the page's, not the name's.
    const cells = raw.trim().split(CELL_GAP).map((c) => c.replace(/\s+/g, ''));
    const last = cells.at(-1)!;
    const amount = AMOUNT.test(last) ? Number(last.replace(/,/g, '')) : undefined;
    rows.push({ no: i + 1, indent: raw.search(/\S/), cells: amount === undefined ? cells : cells.slice(0, -1), ...(amount !== undefined ? { amount } : {}) });
  }
  return itemsOf(rows, text);
}

function itemsOf(rows: Row[], text: SourceText): ProcurementItem[] {
  const items: ProcurementItem[] = [];
  const columnOf = columnsByIndent(rows);
  const consumed = new Set<Row>();
  let category: ProcurementItem['category'];
  const current: Partial<Record<Column, string>> = {};
  rows.forEach((row, at) => {
    if (consumed.has(row) || row.amount === undefined) return;
    const head = row.cells[0] ?? '';
    const kind = head.match(CATEGORY);
    if (kind) return void (category = kind[1] as ProcurementItem['category']);
    if (TOTAL.test(head)) return;
    // The cells fill the columns from the one the row starts in; an item row is the one that says how it is bought.
    const organised = row.cells.findIndex((c) => ORGANISATION.test(c));
    const first = organised === 0 ? COLUMNS.indexOf('organisation') : organised > 0 ? COLUMNS.indexOf('item') : Math.min(columnOf(row.indent), COLUMNS.indexOf('economic'));
    const own = new Map<Column, string>(row.cells.map((c, i) => [COLUMNS[first + i], c] as const).filter(([col]) => col !== undefined));
    // A project row has its 经济科目 too, printed on the row or wrapped around it.
    const last = organised >= 0 ? COLUMNS.indexOf('organisation') : Math.max(first + row.cells.length - 1, COLUMNS.indexOf('economic'));
    for (const [k, col] of COLUMNS.entries()) {
      if (k > last) break;
      // A cell the row spans but lacks wraps around it; one before the row's first column only where it starts above.
      const spanned = k >= first || (organised === 0 && col === 'item');
      const value = own.get(col) ?? wrappedCell(rows, at, col, columnOf, consumed, spanned);
      // A project row restarts what stands under it; a cell said before the row's first column carries on.
      if (value !== undefined) current[col] = value;
      else if (k >= first) delete current[col];
    }
    if (organised < 0) {
      delete current.item;
      return;
    }
    items.push({
      unit: '',
      project: current.project ?? '',
      item: current.item ?? '',
      amount: row.amount,
      ...(current.economic ? { economicClass: current.economic } : {}),
      ...(category ? { category } : {}),
      organisation: row.cells[organised],
      fundingColumn: '',
      source: text.source(row.no),
    });
  });
  return items;
}

/**
 * The cell a row lacks in a column, from the fragments printed there around it: those since the last row
 * with an amount, then as many after it (one where none came before, if the row spans the column), each
 * taken once.
 */
function wrappedCell(rows: Row[], at: number, col: Column, columnOf: (indent: number) => number, consumed: Set<Row>, spanned: boolean): string | undefined {
  const fragment = (r: Row | undefined) => r !== undefined && r.amount === undefined && !consumed.has(r) && r.cells.length === 1 && COLUMNS[columnOf(r.indent)] === col;
  const before: Row[] = [];
  for (let i = at - 1; i >= 0 && rows[i].amount === undefined; i--) if (fragment(rows[i])) before.unshift(rows[i]);
  const after: Row[] = [];
  const wanted = before.length || (spanned ? 1 : 0);
  for (let i = at + 1; i < rows.length && rows[i].amount === undefined && after.length < wanted; i++) if (fragment(rows[i])) after.push(rows[i]);
  if (!before.length && !after.length) return undefined;
  for (const r of [...before, ...after]) consumed.add(r);
  return [...before, ...after].map((r) => r.cells[0]).join('');
}

/**
 * Which column an indent starts in. Each page may shift the layout, so the distinct indents of the rows
 * are grouped (those within COLUMN_SLACK are one) and the groups read left to right as the columns.
 */
function columnsByIndent(rows: Row[]): (indent: number) => number {
  const organised = rows.filter((r) => ORGANISATION.test(r.cells[0] ?? '')).map((r) => r.indent);
  const named = rows.filter((r) => r.cells.some((c, i) => i > 0 && ORGANISATION.test(c))).map((r) => r.indent);
  const itemAt = Math.min(...named, Infinity);
  const organisationAt = Math.min(...organised, Infinity);
  const others = [...new Set(rows.filter((r) => r.indent > 0 && r.indent < itemAt - COLUMN_SLACK && !CATEGORY.test(r.cells[0] ?? '') && !TOTAL.test(r.cells[0] ?? '')).map((r) => r.indent))].sort((a, b) => a - b);
  const projectAt = others[0] ?? 0;
  return (indent) => {
    if (indent >= organisationAt - COLUMN_SLACK) return COLUMNS.indexOf('organisation');
    if (indent >= itemAt - COLUMN_SLACK) return COLUMNS.indexOf('item');
    return indent <= projectAt + COLUMN_SLACK ? COLUMNS.indexOf('project') : COLUMNS.indexOf('economic');
  };
}
