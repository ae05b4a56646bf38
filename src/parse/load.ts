/**
 * Reads disclosure files from disk — text, PDF, HTML or Excel (see readers/) — rejects what cannot be
 * read with a clear one-line message naming the file, and parses each. One bad file never stops
 * the rest.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { KnowledgeCache } from '../cache/knowledgeCache.js';
import { BudgetBotError } from '../errors.js';
import { mergeCompanions } from './companions.js';
import { parseDocument, type ParsedDocument } from './document.js';
import { FORMATS, maxFileBytes, readDisclosures, UNSUPPORTED } from './readers/index.js';

/**
 * Every regular disclosure file (.txt, .pdf, .html, .htm, .xlsx) at these paths, folders searched recursively, in name order. A bad
 * entry (a dangling link, a loop, a FIFO, a device, an unreadable folder) is reported and skipped;
 * the walk goes on.
 */
function listDisclosureFiles(paths: string[], errors: string[] = []): string[] {
  const out: string[] = [];
  const folders = new Set<string>();
  const visit = (path: string) => {
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      errors.push(code === 'ENOENT' && lstatOrNull(path)?.isSymbolicLink() ? `skipped ${path}: a link to nothing` : code === 'ELOOP' ? `skipped ${path}: a link loop` : `cannot read ${path}: ${(error as Error).message}`);
      return;
    }
    if (stat.isDirectory()) {
      // A link back up the tree would walk it again and again: each real folder once.
      const real = realpathSync(path);
      if (folders.has(real)) return void errors.push(`skipped ${path}: a folder already read (link loop)`);
      folders.add(real);
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (error) {
        return void errors.push(`cannot read ${path}: ${(error as Error).message}`);
      }
      for (const name of names) visit(join(path, name));
    } else if (FORMATS.has(extname(path).toLowerCase())) {
      // A FIFO named .txt would block the read for ever; a device is no disclosure either.
      if (stat.isFile()) out.push(path);
      else errors.push(`skipped ${path}: not a regular file`);
    } else if (UNSUPPORTED.has(extname(path).toLowerCase())) errors.push(`skipped ${path}: ${extname(path).toLowerCase()} is not read; save it as PDF or text`);
  };
  for (const path of paths) visit(path);
  return oneFormatEach(out);
}

/**
 * Formats by preference: a text someone extracted from a PDF is what they meant to be read; a
 * workbook holds the tables only, where a PDF of the same name holds the prose too.
 */
const PREFERENCE = ['.txt', '.html', '.htm', '.pdf', '.xlsx'];

/**
 * One disclosure found in several formats (a PDF and the text extracted from it, beside it or in
 * a folder below) is read once, in the preferred format: loaded twice, every question about it
 * would ask "which document?".
 */
function oneFormatEach(paths: string[]): string[] {
  const rank = (path: string) => PREFERENCE.indexOf(extname(path).toLowerCase());
  const stem = (path: string) => basename(path, extname(path));
  const best = new Map<string, number>();
  for (const path of paths) best.set(stem(path), Math.min(best.get(stem(path)) ?? Infinity, rank(path)));
  return paths.filter((path) => rank(path) === best.get(stem(path)));
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

export interface LoadResult {
  documents: ParsedDocument[];
  /** Files that could not be loaded, each with the reason. */
  errors: string[];
  /** The names of the files that could not be loaded, for keeping their previous versions on a reload. */
  failedFiles?: string[];
  /** Documents parsed in this load, and those taken from the knowledge cache unparsed. */
  parsed?: number;
  fromCache?: number;
}

/** Whether a parsed file carries anything a question could be answered from. */
function holdsDisclosure(doc: ParsedDocument): boolean {
  const f = doc.facts;
  return f.amounts.length > 0 || f.lineItems.length > 0 || f.procurement.items.length > 0 || f.projectTables.length > 0 || f.statedAmounts.length > 0;
}

export interface LoadOptions {
  /** The largest file read, in bytes. Default: BUDGET_BOT_MAX_FILE_MB megabytes, else 50 MB. */
  maxFileBytes?: number;
  /** Where parsed fact bases are kept between starts (DATA_DIR; see KnowledgeCache). Default: none, every file is parsed. */
  cacheDir?: string;
}

export function loadDocuments(paths: string[], options: LoadOptions = {}): LoadResult {
  const documents: ParsedDocument[] = [];
  const errors: string[] = [];
  const failedFiles: string[] = [];
  const files = listDisclosureFiles(paths, errors);
  const maxBytes = maxFileBytes(options.maxFileBytes);
  const cache = options.cacheDir ? new KnowledgeCache(options.cacheDir) : undefined;
  const keys = files.map((path) => cache?.keyOf(path, maxBytes));
  const cached = keys.map((key) => (key ? cache?.get(key) : undefined));
  // Only the files not in the cache are read: a PDF's reader process is not started for nothing.
  const unread = files.filter((_, i) => !cached[i]);
  const texts = readDisclosures(unread, maxBytes);
  const read = new Map(unread.map((path, i) => [path, texts[i]]));
  let parsedCount = 0;
  let fromCache = 0;
  files.forEach((path, i) => {
    const file = basename(path);
    const hit = cached[i];
    if (hit) {
      fromCache++;
      return void documents.push(hit);
    }
    try {
      const entry = read.get(path);
      if (!entry) throw new Error('not read');
      if (entry instanceof Error) throw entry;
      const { text, pageStarts, sheets, warning } = entry;
      const parsed = parseDocument(file, text, pageStarts, sheets);
      parsedCount++;
      // A title and a table rule are no disclosure: loaded, it would only clutter "which document?".
      if (!holdsDisclosure(parsed)) throw new BudgetBotError('NO_DISCLOSURE', `${file}: no budget figures or tables found; not loaded`);
      if (warning) parsed.facts.warnings.unshift(warning);
      const key = keys[i];
      if (key) cache?.put(key, parsed);
      documents.push(parsed);
    } catch (error) {
      failedFiles.push(file);
      errors.push(error instanceof BudgetBotError ? error.message : `${file}: ${(error as Error).message}`);
    }
  });
  return { documents: mergeCompanions(documents), errors, failedFiles, parsed: parsedCount, fromCache };
}
