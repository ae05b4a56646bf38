/**
 * RFC 4180 CSV: records end in CRLF, and a field is quoted when it holds a comma, a quote or a
 * line break (Chinese names wrapped over lines keep their break), a quote inside being doubled.
 * Numbers are written as JavaScript prints them; null is the empty field (a missing value).
 */

export type CsvValue = string | number | null;

const NEEDS_QUOTES = /[",\r\n]/;

function field(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header and the records as one CSV text, every record (the last too) ended by CRLF. */
export function toCsv(header: string[], records: CsvValue[][]): string {
  return [header, ...records].map((record) => `${record.map(field).join(',')}\r\n`).join('');
}
