/** A tabular data resource and its CSV text, made together so the schema always matches the file. */
import { toCsv, type CsvValue } from './csv.js';
import type { Field, Resource } from './descriptor.js';

export interface CsvResource {
  resource: Resource;
  csv: string;
}

export function csvResource(
  meta: { name: string; path: string; title: string; description?: string },
  fields: Field[],
  records: CsvValue[][],
): CsvResource {
  const csv = toCsv(
    fields.map((f) => f.name),
    records,
  );
  return {
    csv,
    resource: {
      profile: 'tabular-data-resource',
      ...meta,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: Buffer.byteLength(csv, 'utf8'),
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      // An empty field is a missing value: a blank or a dash in the table, not zero.
      schema: { fields, missingValues: [''] },
    },
  };
}
