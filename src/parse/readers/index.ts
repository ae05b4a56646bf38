/**
 * A disclosure file's text, by format: plain text (.txt), a PDF laid out as `pdftotext -layout`
 * would (.pdf), an HTML page's article (.html, .htm), or an Excel workbook's sheets one after
 * another (.xlsx). A PDF's text also says where each page starts, and a workbook's which sheet each
 * page is, so that citations name the page, or the sheet and row.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { BudgetBotError } from '../../errors.js';
import { htmlText } from './html.js';
import { FAILURE, readInChild, type Paged } from './inChild.js';
import { decodeDisclosure } from './text.js';

export interface DisclosureText {
  text: string;
  /** For a PDF or a workbook: the 1-based line on which each page (each sheet) starts. */
  pageStarts?: number[];
  /** For a workbook: the name of each sheet, in page order. */
  sheets?: string[];
  warning?: string;
}

/** The formats read, by file extension (lower case). */
export const FORMATS = new Set(['.txt', '.pdf', '.html', '.htm', '.xlsx']);
/** Formats often found beside disclosures that are not read: named in a warning rather than passed over in silence. */
export const UNSUPPORTED = new Set(['.doc', '.docx', '.xls', '.wps', '.et']);

/** The default size limit, in MB: a disclosure is a few MB; a file far larger is a scan or a mistake. */
const DEFAULT_MAX_MB = 50;

/** The size limit in bytes: the option, else BUDGET_BOT_MAX_FILE_MB, else 50 MB. */
export function maxFileBytes(option?: number): number {
  const fromEnv = Number(process.env.BUDGET_BOT_MAX_FILE_MB);
  return option ?? (fromEnv > 0 ? fromEnv : DEFAULT_MAX_MB) * 1024 * 1024;
}

/** Each file's text, or the error that names why it could not be read, in the order given. */
export function readDisclosures(paths: string[], maxBytes: number): (DisclosureText | BudgetBotError)[] {
  const out = paths.map((path): DisclosureText | BudgetBotError | 'child' => {
    const file = basename(path);
    try {
      const size = statSync(path).size;
      if (size > maxBytes) throw new BudgetBotError('TOO_LARGE', `${file}: ${mb(size)} is over the ${mb(maxBytes)} limit (BUDGET_BOT_MAX_FILE_MB); not loaded`);
      const format = extname(path).toLowerCase();
      if (format in FAILURE) return 'child';
      const decoded = decodeDisclosure(file, readFileSync(path));
      return format === '.txt' ? decoded : { ...decoded, text: htmlText(decoded.text) };
    } catch (error) {
      return error instanceof BudgetBotError ? error : new BudgetBotError('UNREADABLE_FILE', `${file}: ${(error as Error).message}`);
    }
  });
  // The files of one load with asynchronous readers are read together: one reader process for them all (see inChild.ts).
  const childPaths = paths.filter((_, i) => out[i] === 'child');
  const read = readInChild(childPaths);
  return out.map((entry, i) => {
    if (entry !== 'child') return entry;
    const result = read[childPaths.indexOf(paths[i])];
    return 'error' in result ? new BudgetBotError(result.code, result.error) : paged(result);
  });
}

/** Pages one after another, a blank line between two as pdftotext's page break left it. */
function paged({ pages, sheets }: Paged): DisclosureText {
  const pageStarts: number[] = [];
  let line = 1;
  for (const page of pages) {
    pageStarts.push(line);
    line += page.length + 1;
  }
  return { text: pages.map((page) => page.join('\n')).join('\n\n'), pageStarts, ...(sheets ? { sheets } : {}) };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
