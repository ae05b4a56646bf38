/**
 * Workbooks built for the tests, as no published .xlsx disclosure was available: the 公开表 a
 * disclosure's text holds, written a sheet a table in the layout such workbooks are published in
 * (a title row merged across the table, a 单位 row, header rows with a word over several columns
 * or rows merged across them, then the data rows, amounts as numbers under a number format).
 */
import ExcelJS from 'exceljs';
import type { FactBase } from '../src/schema/fact.js';
import type { Table } from '../src/schema/table.js';
import { factFigures } from './factFigures.js';

/** An amount as printed (1,234.50 or 0.957320): written as a number showing as many decimals. */
const AMOUNT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)\.(\d+)$|^-?\d{1,3}(?:,\d{3})+$/;

/**
 * A sheet per 公开表; `lines` are the text's lines, for the tables printed with tabs. The
 * 项目绩效目标表 of one after another (a table a project) are one 公开表, one sheet.
 */
export async function workbookOf(tables: Table[], lines: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const names = new Set<string>();
  for (const group of publicTables(tables)) {
    const [first] = group;
    // Excel's sheet names: at most 31 characters, none of []:*?/\, each once.
    let name = (group.length > 1 ? first.kind : (first.number ?? first.title)).replace(/[[\]:*?/\\]/g, '').slice(0, 28);
    for (let n = 2; names.has(name); n++) name = `${name.slice(0, 28)}-${n}`;
    names.add(name);
    const sheet = workbook.addWorksheet(name);
    const printed = lines.slice(first.span.from - 1, group[group.length - 1].span.to);
    if (printed.some((line) => line.includes('\t'))) writePrinted(sheet, printed.map((line) => line.split('\t')));
    else group.forEach((table) => writeTable(sheet, table));
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function publicTables(tables: Table[]): Table[][] {
  const groups: Table[][] = [];
  for (const table of tables) {
    const last = groups[groups.length - 1];
    if (last && table.kind === '项目绩效目标表' && last[0].kind === table.kind) last.push(table);
    else groups.push([table]);
  }
  return groups;
}

/** A row of cells as printed, amounts as numbers under a format that shows their decimals. */
function addRow(sheet: ExcelJS.Worksheet, cells: string[]): void {
  const row = sheet.addRow(cells.map((text) => (AMOUNT.test(text) ? Number(text.replace(/,/g, '')) : text)));
  cells.forEach((text, i) => {
    const decimals = AMOUNT.exec(text)?.[1]?.length;
    if (AMOUNT.test(text)) row.getCell(i + 1).numFmt = decimals ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  });
}

/**
 * A table printed with tabs, its lines as they are (title, 单位, header and data rows, blank lines):
 * above the first row of amounts, a word is merged over the empty cells after it, as a title or a
 * header word over several columns is in a workbook.
 */
function writePrinted(sheet: ExcelJS.Worksheet, rows: string[][]): void {
  const width = Math.max(...rows.map((cells) => cells.length));
  const firstData = rows.findIndex((cells) => cells.some((text) => AMOUNT.test(text)));
  rows.forEach((cells, r) => {
    addRow(sheet, cells);
    if (r >= firstData) return;
    cells.forEach((text, c) => {
      let last = c;
      while (text && last + 1 < width && !cells[last + 1]) last++;
      if (last > c) sheet.mergeCells(r + 1, c + 1, r + 1, last + 1);
    });
  });
}

/** A table of layout text, from the cells the parser read: title and 单位 rows, the header, the rows. */
function writeTable(sheet: ExcelJS.Worksheet, table: Table): void {
  const width = Math.max(1, table.columns.length);
  const top = sheet.rowCount + 1;
  sheet.addRow([[table.number, table.title].filter(Boolean).join(' ')]);
  sheet.mergeCells(top, 1, top, width);
  const unit = Array<string>(width).fill('');
  unit[width - 1] = table.unit ? `单位：${table.unit}` : '';
  sheet.addRow(unit);
  writeHeader(sheet, table.columns.map((c) => c.header));
  for (const row of table.rows) addRow(sheet, row.cells.map((cell) => cell.text));
}

/**
 * Each column's header words from the top; a word shared by neighbouring columns under the same
 * words is one cell merged across them, and a column's last word is merged down to the last header row.
 */
function writeHeader(sheet: ExcelJS.Worksheet, headers: string[][]): void {
  const depth = Math.max(0, ...headers.map((h) => h.length));
  const top = sheet.rowCount + 1;
  for (let level = 0; level < depth; level++) {
    sheet.addRow(headers.map((h) => h[level] ?? ''));
    const same = (a: number, b: number) => headers[a].slice(0, level + 1).join('|') === headers[b].slice(0, level + 1).join('|');
    for (let first = 0; first < headers.length; ) {
      let last = first;
      while (headers[first][level] && last + 1 < headers.length && same(first, last + 1)) last++;
      // A word that ends its columns' headers above the last header row reaches down to it.
      const bottom = headers.slice(first, last + 1).every((h) => h.length === level + 1) ? depth - 1 : level;
      if (headers[first][level] && (last > first || bottom > level)) sheet.mergeCells(top + level, first + 1, top + bottom, last + 1);
      first = last + 1;
    }
  }
}

/**
 * The figures of a fact base read from its tables (`kind:name` → value, see factFigures): line
 * items, and the amounts, procurement rows, project indicators and asset rows whose source line is
 * in one of the tables. What the prose alone states is left out: a workbook of tables has no prose.
 */
export function tableFigures(f: FactBase): Map<string, string> {
  const inTable = (fact: { source: { line: number } }) => f.tables.some((t) => fact.source.line >= t.span.from && fact.source.line <= t.span.to);
  const tablesOnly: FactBase = {
    ...f,
    amounts: f.amounts.filter(inTable),
    // Rows of a table laid out by 采购品目大类 are read from the page's columns of spaces, which the
    // workbook built here does not keep: workbooks are not read for them (yet), so they are left out.
    procurement: { subtotals: [], items: f.procurement.items.filter((i) => inTable(i) && i.category === undefined) },
    projectTables: f.projectTables.filter(inTable),
    assets: f.assets.filter(inTable),
    lineItems: f.lineItems.filter((i) => i.table),
    ...{ counts: [], statedCounts: [], executions: [], statedAmounts: [], glossary: [], absences: [], duties: [], units: [], subGoals: [] },
  };
  const figures = factFigures(tablesOnly);
  figures.delete('identity');
  return figures;
}
