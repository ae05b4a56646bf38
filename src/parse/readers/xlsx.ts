/**
 * The text of an Excel workbook (.xlsx), as 公开表 are published in one: a sheet a table (title
 * row, 单位 row, header rows, data rows). Each sheet is a page: its name as a heading line, then
 * one line a row, cells joined by tabs, which the table readers take as cell boundaries (the
 * seed's template). So row r of a sheet is line r after its heading, which citations name.
 */
import ExcelJS from 'exceljs';
import { BudgetBotError } from '../../errors.js';
import type { Paged } from './inChild.js';
import { shownNumber } from './numberFormat.js';

export async function readWorkbook(file: string, bytes: Uint8Array): Promise<Paged> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer (its own Buffer declaration), which a copy gives.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  } catch (error) {
    throw new BudgetBotError('CORRUPT_WORKBOOK', `${file}: not a readable .xlsx workbook (${(error as Error).message})`);
  }
  const sheets = workbook.worksheets;
  return { pages: sheets.map((sheet) => [sheet.name, ...rowsOf(sheet)]), sheets: sheets.map((sheet) => sheet.name) };
}

/**
 * Every row down to the last with text, an empty one as a blank line. A row keeps its empty cells
 * up to its last cell, text or not (a table's bordered cells): the seed's template counts a row's
 * cells, as its text keeps them.
 */
function rowsOf(sheet: ExcelJS.Worksheet): string[] {
  const rows: string[] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = Array.from({ length: row.cellCount }, (_, c) => cellText(row.getCell(c + 1)));
    rows.push(cells.some(Boolean) ? cells.join('\t') : '');
  }
  while (rows.length && !rows[rows.length - 1]) rows.pop();
  return rows;
}

/** A cell as shown: a merged range's value once, in its first cell; white space (wrapped lines, tabs) as one space. */
function cellText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (typeof value === 'number') return shownNumber(value, cell.numFmt);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return cell.text.replace(/\s+/g, ' ').trim();
}
