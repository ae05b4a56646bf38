/**
 * One 公开表 as one CSV resource: a record per table row, with the department and year, the
 * row's classifications (code, name, level, parent code), every column (money columns as numbers
 * in the table's own unit, with the factor to 元 on their measure) and the source line it was read from.
 */
import type { Identity } from '../schema/fact.js';
import type { Table } from '../schema/table.js';
import { classificationDimension, SCHEMES, schemeCells, schemeFields } from './classification.js';
import type { CsvValue } from './csv.js';
import type { Dimension, Field, Measure, Model } from './descriptor.js';
import { isMoneyColumn } from './moneyColumns.js';
import { modelKey, NameSet } from './names.js';
import { csvResource, type CsvResource } from './resource.js';
import { directionOf, FACTOR, FISCAL_PHASE } from './vocabulary.js';

const SOURCE_FIELDS: Field[] = [
  { name: 'source_doc', type: 'string', title: '来源文件' },
  { name: 'source_line', type: 'integer', title: '来源行', description: "The row's first line in the file as published." },
  { name: 'source_lines', type: 'string', title: '所跨行', description: 'Every line the row spans, space-separated.' },
  { name: 'source_quote', type: 'string', title: '原文', description: "The text of the row's first line." },
];

export function tableResource(table: Table, identity: Identity, name: string, path: string): CsvResource & Model {
  const schemes = SCHEMES.filter((scheme) => table.rows.some((row) => row.classes.some((c) => c.scheme === scheme)));
  const fieldNames = new NameSet();
  const leading: Field[] = [
    { name: 'department', type: 'string', title: '部门' },
    { name: 'year', type: 'integer', title: '年度' },
    { name: 'row', type: 'string', title: '行', description: "The row's own name as printed." },
    ...schemes.flatMap(schemeFields),
  ];
  for (const field of [...leading, ...SOURCE_FIELDS]) fieldNames.claim(field.name);
  const money = table.columns.map((_, index) => isMoneyColumn(table, index));
  const columnFields: Field[] = table.columns.map((column, index) => ({
    name: fieldNames.claim(column.name || column.header.join('/') || `列${index + 1}`),
    type: money[index] ? 'number' : 'string',
    title: column.header.join(' › ') || column.name,
  }));
  const fields = [...leading, ...columnFields, ...SOURCE_FIELDS];

  const records = table.rows.map((row): CsvValue[] => [
    identity.department,
    identity.year,
    row.label,
    ...schemes.flatMap((scheme) => schemeCells(row.classes.find((c) => c.scheme === scheme))),
    ...table.columns.map((_, index) => {
      const cell = row.cells[index];
      if (!cell) return null;
      return money[index] ? cell.value : cell.text;
    }),
    row.source.doc,
    row.source.line,
    row.lines.join(' '),
    row.source.quote,
  ]);

  const key = modelKey(name);
  const measures: Record<string, Measure> = {};
  const textAttributes: Dimension['attributes'] = {};
  table.columns.forEach((column, index) => {
    const source = columnFields[index]!.name;
    if (!money[index]) {
      textAttributes[`c${index + 1}`] = { source, resource: name };
      return;
    }
    const direction = directionOf(table.kind, table.columns, index);
    measures[`${key}_c${index + 1}`] = {
      title: `${table.title} ${column.header.join(' › ') || column.name}`,
      source,
      resource: name,
      currency: 'CNY',
      factor: FACTOR[table.unit!],
      ...(direction ? { direction } : {}),
      phase: FISCAL_PHASE[column.phase ?? table.phase],
    };
  });

  const dimensions: Record<string, Dimension> = {
    [`${key}_department`]: {
      title: '部门',
      attributes: { name: { source: 'department', resource: name } },
      primaryKey: 'name',
      dimensionType: 'classification',
      classificationType: 'administrative',
    },
    [`${key}_year`]: { title: '年度', attributes: { year: { source: 'year', resource: name } }, primaryKey: 'year', dimensionType: 'datetime' },
    [`${key}_row`]: {
      title: '行',
      attributes: { label: { source: 'row', resource: name }, ...textAttributes },
      primaryKey: 'label',
      dimensionType: 'other',
    },
  };
  for (const scheme of schemes) dimensions[`${key}_${scheme}`] = classificationDimension(scheme, name);

  const notes = [
    `${table.number ? `${table.number} ` : ''}${table.title}`,
    `金额单位：${table.unit ?? '未注明'}；${table.phase}`,
    `第${table.span.from}–${table.span.to}行`,
    ...(table.declaredEmpty ? ['表内注明为空表'] : []),
    ...(table.unaligned.length ? [`${table.unaligned.length}行未能对齐到列，未导出`] : []),
  ];
  const resource = csvResource({ name, path, title: table.title, description: notes.join('；') }, fields, records);
  return { ...resource, measures, dimensions };
}
