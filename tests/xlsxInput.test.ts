/**
 * Excel workbooks (.xlsx) load like text: a sheet a 公开表, read as tab-separated rows, every fact
 * citing its sheet and row. No published workbook was available, so the workbooks are built here
 * in the 公开表 layout from the tables of real disclosures (see workbookFixtures.ts), and the
 * figures read from them must be those read from the text.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { loadDocuments } from '../src/parse/load.js';
import { readDisclosures } from '../src/parse/readers/index.js';
import { parseDocument } from '../src/parse/document.js';
import { SEED_FILE, SEED_TEXT, SHARED_DOCS, seed, tempDir } from './helpers.js';
import { tableFigures, workbookOf } from './workbookFixtures.js';

/** Loads the workbook of a text's tables; the figures its tables carry, from the text and from the workbook. */
async function throughWorkbook(file: string, text: string) {
  const doc = file === SEED_FILE ? seed : parseDocument(file, text);
  const dir = tempDir('xlsx-load-');
  const path = join(dir, file.replace(/\.txt$/, '.xlsx'));
  writeFileSync(path, await workbookOf(doc.facts.tables, doc.text.lines));
  const { documents, errors } = loadDocuments([path]);
  expect(errors).toEqual([]);
  return { path, documents, fromText: tableFigures(doc.facts), fromWorkbook: tableFigures(documents[0].facts) };
}

const differences = (want: Map<string, string>, got: Map<string, string>) => [...want].filter(([k, v]) => got.get(k) !== v).map(([k, v]) => `${k}: ${v} ≠ ${got.get(k) ?? '—'}`);

describe('a workbook', () => {
  it('is read a sheet a page: its name, then a line a row, cells by tabs, a merged value once, numbers as their format shows them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('公开01表');
    sheet.addRow(['收支预算总表']);
    sheet.mergeCells('A1:D1');
    sheet.addRow([null, null, null, '单位：万元']);
    sheet.addRow(['收入', null, '支出', null]);
    sheet.mergeCells('A3:B3');
    sheet.mergeCells('C3:D3');
    sheet.addRow(['项目', '预算数', '项目', '预算数']);
    const row = sheet.addRow(['一、一般公共预算拨款收入', 2748.8, '一、一般公共服务\n支出', { formula: 'B5', result: 2748.8 }]);
    row.getCell(2).numFmt = '#,##0.00';
    row.getCell(4).numFmt = '#,##0.00';
    sheet.addRow([]);
    const share = sheet.addRow(['占比', 0.1234, '人数', 12]);
    share.getCell(2).numFmt = '0.00%';
    workbook.addWorksheet('说明').addRow(['本表为空表']);
    const path = join(tempDir('xlsx-read-'), 'tables.xlsx');
    writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    const [read] = readDisclosures([path], 1e6);
    expect(read).toEqual({
      text: ['公开01表', '收支预算总表\t\t\t', '\t\t\t单位：万元', '收入\t\t支出\t', '项目\t预算数\t项目\t预算数', '一、一般公共预算拨款收入\t2748.80\t一、一般公共服务 支出\t2748.80', '', '占比\t12.34%\t人数\t12', '', '说明', '本表为空表'].join('\n'),
      pageStarts: [1, 10],
      sheets: ['公开01表', '说明'],
    });
  });

  it("built from the seed's tables gives the figures the seed's text gives, each citing its sheet and row", async () => {
    const { path, documents, fromText, fromWorkbook } = await throughWorkbook(SEED_FILE, SEED_TEXT);
    expect(fromText.size).toBeGreaterThan(100);
    expect(differences(fromText, fromWorkbook)).toEqual([]);
    const item = documents[0].facts.procurement.items.find((i) => i.item.includes('台式计算机'))!;
    expect(item.source.sheet).toBe('部门政府采购预算');
    // The row cited is the sheet's row that holds the figure.
    const workbook = await new ExcelJS.Workbook().xlsx.load(new Uint8Array(readFileSync(path)).buffer);
    const cited = workbook.getWorksheet(item.source.sheet!)!.getRow(item.source.pageLine!);
    expect(cited.getCell(3).text).toBe('台式计算机');
    expect(cited.getCell(8).value).toBe(3.6);
    const engine = new Engine(documents);
    expect(engine.ask('台式计算机的政府采购金额是多少').text).toMatch(new RegExp(`工作表「部门政府采购预算」第${item.source.pageLine}行`));
    expect(engine.ask('what is the procurement amount for 台式计算机?').text).toMatch(new RegExp(`sheet 部门政府采购预算 row ${item.source.pageLine}`));
  });

  const shared = ['02_jiangsu_gaojirenminfayuan_2019_yusuan.txt', '10_shanghai_putuo_wanlijiedao_2024_yusuan.txt'];
  it.skipIf(!existsSync(SHARED_DOCS)).each(shared)('built from the tables of %s gives the figures its text gives (amounts, line items, procurement)', async (file) => {
    const { fromText, fromWorkbook } = await throughWorkbook(file, readFileSync(join(SHARED_DOCS, file), 'utf8'));
    expect([...fromText.keys()].some((k) => k.startsWith('lineItem:'))).toBe(true);
    expect(differences(fromText, fromWorkbook)).toEqual([]);
  });
});

describe('a workbook that cannot be loaded', () => {
  const load = (files: Record<string, Uint8Array | string>) => {
    const dir = tempDir('xlsx-bad-');
    writeFileSync(join(dir, 'seed.txt'), SEED_TEXT);
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    return loadDocuments([dir]);
  };

  it('a workbook that is no disclosure is one line naming it; the other documents load', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    for (let r = 0; r < 20; r++) sheet.addRow([`名字${r}`, r * 7, (r * 13) % 5]);
    const { documents, errors } = load({ 'random.xlsx': Buffer.from(await workbook.xlsx.writeBuffer()) });
    expect(errors).toEqual(['random.xlsx: no budget figures or tables found; not loaded']);
    expect(documents.map((d) => d.facts.identity.file)).toEqual(['seed.txt']);
  });

  it('random bytes named .xlsx are one line naming the file; the other documents load', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) >>> 24);
    const { documents, errors } = load({ 'corrupt.xlsx': bytes, 'empty.xlsx': new Uint8Array() });
    expect(errors).toHaveLength(2);
    for (const file of ['corrupt.xlsx', 'empty.xlsx']) expect(errors.find((e) => e.startsWith(`${file}:`))).toMatch(new RegExp(`^${file.replace('.', '\\.')}: not a readable \\.xlsx workbook \\(.+\\)$`));
    for (const error of errors) expect(error).not.toContain('\n');
    expect(documents.map((d) => d.facts.identity.file)).toEqual(['seed.txt']);
  });

  it('the same disclosure as text and as a workbook is read once, as text', async () => {
    const { documents, errors } = load({ 'seed.xlsx': await workbookOf(seed.facts.tables, seed.text.lines) });
    expect(errors).toEqual([]);
    expect(documents.map((d) => d.facts.identity.file)).toEqual(['seed.txt']);
  });
});
