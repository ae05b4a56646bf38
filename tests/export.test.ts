import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPackage } from '../src/export/buildPackage.js';
import { SCHEMES } from '../src/export/classification.js';
import type { Descriptor, FiscalDataPackage, Resource } from '../src/export/descriptor.js';
import { ExportError } from '../src/export/exportError.js';
import { validateDescriptor } from '../src/export/validate.js';
import { FACTOR } from '../src/export/vocabulary.js';
import { writePackage } from '../src/export/writePackage.js';
import { loadDocuments } from '../src/parse/load.js';
import { FactBase } from '../src/schema/fact.js';
import { Table, type TableCell } from '../src/schema/table.js';
import { ROOT, seed, SHARED_DOCS, tempDir } from './helpers.js';

/** An RFC 4180 reader written apart from the writer, so a round trip tests the writer against the RFC. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      (record = []), (field = ''), i++;
    } else field += c;
  }
  expect(field + record.join('')).toBe(''); // every record, the last too, ends in CRLF
  return records;
}

const exportDir = () => tempDir('budget-bot-export-');
const source = (line: number, quote = '') => ({ doc: 'constructed.txt', line, quote });
const cell = (text: string): TableCell => ({ text, value: /^-?[\d,.]+$/.test(text) ? Number(text.replaceAll(',', '')) : null });

/** A 一般公共预算支出表 in 元 with functional codes, and a 三公经费表 in 万元. */
const yuanTable = Table.parse({
  kind: '一般公共预算支出表',
  title: '一般公共预算支出表',
  number: '公开03表',
  unit: '元',
  phase: '预算',
  columns: [
    { header: ['科目编码'], name: '科目编码' },
    { header: ['科目名称'], name: '科目名称' },
    { header: ['合计'], name: '合计' },
    { header: ['备注'], name: '备注' },
  ],
  rows: [
    { label: '一般公共服务支出', code: '201', level: 1, cells: ['201', '一般公共服务支出', '1,000.50', ''] },
    { label: '政府办公厅(室)及相关机构事务', code: '20103', level: 2, cells: ['20103', '政府办公厅(室)及相关机构事务', '1000.50', '—'] },
    { label: '行政运行', code: '2010301', level: 3, cells: ['2010301', '行政运行', '800', '含"印刷费",邮电费'] },
    { label: '一般行政管理事务\n(续)', code: '2010302', level: 3, cells: ['2010302', '一般行政管理事务', '200.5', 'a\r\nb'] },
  ].map((r, i) => ({
    label: r.label,
    classes: [{ scheme: 'functional', code: r.code, name: r.label, level: r.level }],
    cells: r.cells.map(cell),
    source: source(11 + i, r.cells.join('  ')),
    lines: [11 + i],
  })),
  source: source(10, '一般公共预算支出表'),
  span: { from: 10, to: 14 },
  declaredEmpty: false,
  unaligned: [],
});

const wanTable = Table.parse({
  kind: '三公经费表',
  title: '一般公共预算“三公”经费支出表',
  unit: '万元',
  phase: '决算',
  columns: [
    { header: ['年初预算数'], name: '年初预算数', phase: '年初预算' },
    { header: ['调整预算数'], name: '调整预算数', phase: '调整预算' },
    { header: ['决算数'], name: '决算数' },
  ],
  rows: [
    {
      label: '公务接待费',
      classes: [{ scheme: 'economic', code: '30217', name: '公务接待费', level: 2 }],
      cells: ['1.20', '1.10', '0.95'].map(cell),
      source: source(21),
      lines: [21, 22],
    },
  ],
  source: source(20),
  span: { from: 20, to: 22 },
  declaredEmpty: false,
  unaligned: [],
});

/** A 收支总表 prints 收入 and 支出 side by side. */
const bothSidesTable = Table.parse({
  ...wanTable,
  kind: '收支总表',
  title: '部门收支总表',
  phase: '预算',
  columns: [
    { header: ['收入项目'], name: '收入项目' },
    { header: ['行次'], name: '行次' },
    { header: ['金额'], name: '金额' },
    { header: ['支出项目'], name: '支出项目' },
    { header: ['行次'], name: '行次' },
    { header: ['金额'], name: '金额' },
  ],
  rows: [{ label: '一般公共预算拨款收入', classes: [], cells: ['一般公共预算拨款收入', '1', '10', '一般公共服务支出', '32', '10'].map(cell), source: source(31), lines: [31] }],
});

const constructed = FactBase.parse({ ...seed.facts, tables: [yuanTable, wanTable, bothSidesTable] });
const pkg = buildPackage([constructed]);
const resourceFor = (path: string): Resource => pkg.descriptor.resources.find((r) => r.path === path)!;
/** A CSV's records as objects keyed by the header. */
const rowsIn = (p: FiscalDataPackage, path: string) => {
  const [header, ...rest] = parseCsv(p.files.get(path)!);
  return rest.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]])));
};
const rowsOf = (path: string) => rowsIn(pkg, path);
const measuresOf = (resource: string) => Object.values(pkg.descriptor.model.measures).filter((m) => m.resource === resource);

/** Every CSV's header is its schema's field names, records have as many fields, and numbers parse. */
function expectFilesMatchSchemas(p: FiscalDataPackage): void {
  expect([...p.files.keys()].sort()).toEqual(p.descriptor.resources.map((r) => r.path).sort());
  for (const resource of p.descriptor.resources) {
    const text = p.files.get(resource.path)!;
    expect(resource.bytes).toBe(Buffer.byteLength(text));
    const [header, ...rest] = parseCsv(text);
    const fields = resource.schema.fields;
    expect(header).toEqual(fields.map((f) => f.name));
    for (const record of rest) {
      expect(record).toHaveLength(fields.length);
      fields.forEach((f, i) => {
        if (f.type !== 'string' && record[i] !== '') expect(Number.isFinite(Number(record[i])), `${resource.name} ${f.name} ${record[i]}`).toBe(true);
      });
    }
  }
}

describe('the Fiscal Data Package export', () => {
  const real = loadDocuments([`${ROOT}seeds`, SHARED_DOCS]);

  it('validates for the seed and every shared document, alone and together, with one CSV per table', () => {
    expect(real.errors).toEqual([]);
    expect(real.documents.length).toBeGreaterThanOrEqual(10);
    for (const facts of [...real.documents.map((d) => [d.facts]), real.documents.map((d) => d.facts)]) {
      const p = buildPackage(facts);
      expect(validateDescriptor(p.descriptor), facts.map((f) => f.identity.id).join()).toEqual([]);
      expectFilesMatchSchemas(p);
      const tables = facts.flatMap((f) => f.tables);
      expect(p.descriptor.resources).toHaveLength(tables.length + 1);
      // Resources follow the tables in order, after the key amounts: one record per row, each with its line.
      tables.forEach((table, i) => {
        const resource = p.descriptor.resources[i + 1]!;
        const rows = rowsIn(p, resource.path);
        expect(rows.map((r) => r.source_line)).toEqual(table.rows.map((r) => String(r.source.line)));
        for (const measure of Object.values(p.descriptor.model.measures).filter((m) => m.resource === resource.name)) {
          expect(measure.factor).toBe(FACTOR[table.unit!]);
        }
        for (const scheme of SCHEMES) {
          for (const row of rows.filter((r) => r[`${scheme}_code`])) {
            const [code, parent] = [row[`${scheme}_code`]!, row[`${scheme}_parent`]!];
            expect(row[`${scheme}_level`] === '1' ? parent === '' : code.startsWith(parent) && parent.length < code.length, `${resource.name} ${code} › ${parent}`).toBe(true);
          }
        }
      });
      expect(rowsIn(p, 'data/key-amounts.csv')).toHaveLength(facts.flatMap((f) => f.amounts).length);
    }
  });

  it('validates the constructed package and declares the fiscal period and country', () => {
    expect(validateDescriptor(pkg.descriptor)).toEqual([]);
    expectFilesMatchSchemas(pkg);
    expect(pkg.descriptor).toMatchObject({ profile: 'fiscal-data-package', countryCode: 'CN', fiscalPeriod: { start: '2020-01-01', end: '2020-12-31' } });
  });

  it('gives a table in 元 factor 1 and one in 万元 factor 10000, in CNY', () => {
    const [yuan, wan] = [resourceFor('data/2020_gaoxinqu_xingzhengfuwuju_yusuan/t01.csv'), resourceFor('data/2020_gaoxinqu_xingzhengfuwuju_yusuan/t02.csv')];
    expect(measuresOf(yuan.name)).toEqual([expect.objectContaining({ source: '合计', currency: 'CNY', factor: 1, direction: 'expenditure', phase: 'approved' })]);
    expect(measuresOf(wan.name).map((m) => [m.source, m.factor, m.phase])).toEqual([
      ['年初预算数', 10000, 'approved'],
      ['调整预算数', 10000, 'adjusted'],
      ['决算数', 10000, 'executed'],
    ]);
    // The key amounts are kept in 万元.
    expect(measuresOf('key-amounts').map((m) => [m.source, m.factor, m.phase])).toEqual([
      ['approved', 10000, 'approved'],
      ['executed', 10000, 'executed'],
    ]);
  });

  it('gives each side of a 收支总表 its direction, from the nearest header to the left that names one', () => {
    const both = resourceFor('data/2020_gaoxinqu_xingzhengfuwuju_yusuan/t03.csv');
    expect(measuresOf(both.name).map((m) => [m.source, m.direction])).toEqual([
      ['金额', 'revenue'],
      ['金额_2', 'expenditure'],
    ]);
    // Codes and line numbers (行次) are not money, even where they are numbers.
    const typeOf = (resource: Resource, name: string) => resource.schema.fields.find((f) => f.name === name)?.type;
    expect(typeOf(resourceFor('data/2020_gaoxinqu_xingzhengfuwuju_yusuan/t01.csv'), '科目编码')).toBe('string');
    expect([typeOf(both, '行次'), typeOf(both, '行次_2')]).toEqual(['string', 'string']);
  });

  it('keeps code, name, level and the parent code cut to the previous level', () => {
    const rows = rowsOf('data/2020_gaoxinqu_xingzhengfuwuju_yusuan/t01.csv');
    expect(rows.map((r) => [r.functional_code, r.functional_level, r.functional_parent])).toEqual([
      ['201', '1', ''],
      ['20103', '2', '201'],
      ['2010301', '3', '20103'],
      ['2010302', '3', '20103'],
    ]);
    expect(rowsOf('data/2020_gaoxinqu_xingzhengfuwuju_yusuan/t02.csv')[0]).toMatchObject({ economic_code: '30217', economic_parent: '302' });
    const dimension = Object.entries(pkg.descriptor.model.dimensions).find(([key]) => key.endsWith('t01_functional'))?.[1];
    expect(dimension).toMatchObject({ dimensionType: 'classification', classificationType: 'functional', primaryKey: 'code', attributes: { code: { parent: 'parent' }, name: { labelfor: 'code' } } });
    const administrative = Object.values(pkg.descriptor.model.dimensions).filter((d) => d.classificationType === 'administrative');
    expect(administrative.length).toBe(pkg.descriptor.resources.length);
  });

  it('writes each row with its value in the table unit, its department and its source line', () => {
    const rows = rowsOf('data/2020_gaoxinqu_xingzhengfuwuju_yusuan/t01.csv');
    expect(rows[0]).toMatchObject({ department: '高新区行政服务局', year: '2020', 合计: '1000.5', source_doc: 'constructed.txt', source_line: '11' });
    expect(rows[1]!.备注).toBe('—'); // text columns keep what was printed
    expect(rowsOf('data/2020_gaoxinqu_xingzhengfuwuju_yusuan/t02.csv')[0]).toMatchObject({ 决算数: '0.95', source_lines: '21 22' });
  });

  it('round-trips cells with commas, quotes and line breaks (RFC 4180)', () => {
    const text = pkg.files.get('data/2020_gaoxinqu_xingzhengfuwuju_yusuan/t01.csv')!;
    expect(text).toContain('"含""印刷费"",邮电费"');
    const rows = rowsOf('data/2020_gaoxinqu_xingzhengfuwuju_yusuan/t01.csv');
    expect(rows[2]!.备注).toBe('含"印刷费",邮电费');
    expect(rows[3]!.备注).toBe('a\r\nb');
    expect(rows[3]!.row).toBe('一般行政管理事务\n(续)');
  });

  it('puts 预算 figures under approved and a 决算 beside its 年初预算', () => {
    const juesuan = real.documents.find((d) => d.facts.identity.file.startsWith('07'))!.facts;
    const sangong = rowsIn(buildPackage([juesuan]), 'data/key-amounts.csv').find((r) => r.concept === 'sangong.total');
    expect(sangong).toMatchObject({ kind: '决算', approved: '0.95', executed: '0', direction: 'expenditure' });
    expect(rowsOf('data/key-amounts.csv').find((r) => r.concept === 'income.total')).toMatchObject({ approved: '2748.82', executed: '', direction: 'revenue' });
  });

  it('rejects an invalid descriptor, so the validation can fail', () => {
    const broken = (change: (d: Descriptor) => void) => {
      const copy = structuredClone(pkg.descriptor);
      change(copy);
      return validateDescriptor(copy);
    };
    const [key] = Object.keys(pkg.descriptor.model.measures);
    expect(broken((d) => delete (d.model.measures[key!] as Partial<Descriptor['model']['measures'][string]>).currency).join()).toMatch(/currency/);
    expect(broken((d) => ((d.model.measures[key!] as { currency: string }).currency = 'yuan')).join()).toMatch(/pattern/);
    expect(broken((d) => (d.model.measures = {})).join()).toMatch(/fewer than 1/);
    expect(broken((d) => ((d as { name: string }).name = '高新区')).join()).toMatch(/name/);
    expect(broken((d) => (d.model.measures[key!]!.source = 'department')).join()).toMatch(/no number field/);
    expect(broken((d) => (d.model.measures[key!]!.resource = 'nowhere')).join()).toMatch(/no resource nowhere/);
    expect(broken((d) => (d.resources[0]!.path = '../outside.csv')).join()).toMatch(/path/);
  });

  it('writes the package to a folder and replaces an earlier export', () => {
    const out = join(exportDir(), 'pkg');
    writePackage(pkg, out);
    writePackage(pkg, out);
    const written = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    expect(validateDescriptor(written)).toEqual([]);
    for (const [path, text] of pkg.files) expect(readFileSync(join(out, path), 'utf8')).toBe(text);
    expect(readdirSync(join(out, '..'))).toEqual(['pkg']);
  });

  it('fails with a clear error on an unwritable path and leaves nothing behind', () => {
    const parent = exportDir();
    writeFileSync(join(parent, 'a-file'), 'x');
    expect(() => writePackage(pkg, join(parent, 'a-file', 'pkg'))).toThrow(new ExportError(`cannot write to ${join(parent, 'a-file')}: a part of the path is a file, not a folder`));
    expect(() => writePackage(pkg, join(parent, 'missing', 'pkg'))).toThrow(/no such folder/);
    expect(readdirSync(parent)).toEqual(['a-file']);
  });

  it('leaves an earlier export untouched when writing fails halfway', () => {
    const parent = exportDir();
    const out = join(parent, 'pkg');
    writePackage(pkg, out);
    const before = readFileSync(join(out, 'datapackage.json'), 'utf8');
    // A file path under another file's name cannot be written once that file exists.
    const failing: FiscalDataPackage = { ...pkg, files: new Map([...pkg.files, ['data/key-amounts.csv/x.csv', '']]) };
    expect(() => writePackage(failing, out)).toThrow(ExportError);
    expect(readFileSync(join(out, 'datapackage.json'), 'utf8')).toBe(before);
    expect(readdirSync(parent)).toEqual(['pkg']);
  });

  it('refuses an invalid package and a folder that is no earlier export', () => {
    const parent = exportDir();
    const invalid = { ...pkg, descriptor: { ...pkg.descriptor, model: { ...pkg.descriptor.model, measures: {} } } };
    expect(() => writePackage(invalid, join(parent, 'pkg'))).toThrow(/not a valid Fiscal Data Package, nothing written/);
    mkdirSync(join(parent, 'mine'));
    writeFileSync(join(parent, 'mine', 'notes.txt'), 'keep');
    expect(() => writePackage(pkg, join(parent, 'mine'))).toThrow(/holds other files/);
    expect(readdirSync(parent).sort()).toEqual(['mine']);
    expect(readdirSync(join(parent, 'mine'))).toEqual(['notes.txt']);
  });
});

describe('npm run export', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', `${ROOT}src/cli/export.ts`, ...args], { encoding: 'utf8', cwd: ROOT });

  it('requires --out', () => {
    const result = run('--docs', `${ROOT}seeds`);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--out DIR is required/);
  });

  it('writes the seed with progress on stderr', () => {
    const out = join(exportDir(), 'pkg');
    const result = run('--docs', `${ROOT}seeds`, '--out', out);
    const keyAmounts = seed.facts.amounts.length;
    expect(result.stderr).toMatch(new RegExp(`2020_gaoxinqu_xingzhengfuwuju_yusuan\\.txt: 高新区行政服务局 2020年预算 — \\d+ tables, ${keyAmounts} key amounts`));
    expect(result.status).toBe(0);
    expect(validateDescriptor(JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')))).toEqual([]);
    expect(existsSync(join(out, 'data', 'key-amounts.csv'))).toBe(true);
  });
});
