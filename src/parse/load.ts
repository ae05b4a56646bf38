/**
 * Reads disclosure files from disk: decodes them (UTF-8 with or without BOM, UTF-16 with BOM, or
 * GB18030/GBK as many Chinese sites publish),
 * rejects what is not text with a clear message, and parses each. One bad file never stops the rest.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BudgetBotError } from '../errors.js';
import { mergeCompanions } from './companions.js';
import { parseDocument, type ParsedDocument } from './document.js';

/** Share of control bytes above which a file is taken for binary. */
const BINARY_RATIO = 0.02;

/** Byte-order marks, and the encodings they announce. */
const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

export function decodeDisclosure(file: string, bytes: Uint8Array): { text: string; warning?: string } {
  // UTF-16 with its BOM is text, whatever its zero bytes look like.
  const bom = BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b));
  if (bom && bom[1] !== 'utf-8') {
    const text = new TextDecoder(bom[1], { fatal: false }).decode(bytes.subarray(bom[0].length));
    if (!text.trim()) throw new BudgetBotError('EMPTY_FILE', `${file}: the file is empty`);
    return { text, warning: `${file}: read as ${bom[1].toUpperCase()}` };
  }
  if (bytes.length === 0 || !bytes.some((b) => b > 0x20)) throw new BudgetBotError('EMPTY_FILE', `${file}: the file is empty`);
  const sample = bytes.subarray(0, 4096);
  const control = sample.filter((b) => b === 0 || (b < 0x09) || (b > 0x0d && b < 0x20)).length;
  if (control / sample.length > BINARY_RATIO) throw new BudgetBotError('BINARY_FILE', `${file}: this is a binary file, not disclosure text (extract the text first, e.g. pdftotext -layout)`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // GB18030 is a superset of GBK: one decoder reads both, as Chinese sites publish them.
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), warning: `${file}: not UTF-8; read as GB18030/GBK` };
    } catch {
      throw new BudgetBotError('UNREADABLE_FILE', `${file}: the text is neither UTF-8, UTF-16 nor GB18030/GBK; convert it to UTF-8`);
    }
  }
}

/**
 * Every regular .txt file at these paths, folders searched recursively, in name order. A bad
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
    } else if (path.endsWith('.txt')) {
      // A FIFO named .txt would block the read for ever; a device is no disclosure either.
      if (stat.isFile()) out.push(path);
      else errors.push(`skipped ${path}: not a regular file`);
    }
  };
  for (const path of paths) visit(path);
  return out;
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
}

/** Whether a parsed file carries anything a question could be answered from. */
function holdsDisclosure(doc: ParsedDocument): boolean {
  const f = doc.facts;
  return f.amounts.length > 0 || f.lineItems.length > 0 || f.procurement.items.length > 0 || f.projectTables.length > 0 || f.statedAmounts.length > 0;
}

export function loadDocuments(paths: string[]): LoadResult {
  const documents: ParsedDocument[] = [];
  const errors: string[] = [];
  const failedFiles: string[] = [];
  for (const path of listDisclosureFiles(paths, errors)) {
    const file = basename(path);
    try {
      const { text, warning } = decodeDisclosure(file, readFileSync(path));
      const parsed = parseDocument(file, text);
      // A title and a table rule are no disclosure: loaded, it would only clutter "which document?".
      if (!holdsDisclosure(parsed)) throw new BudgetBotError('NO_DISCLOSURE', `${file}: no budget figures or tables found; not loaded`);
      if (warning) parsed.facts.warnings.unshift(warning);
      documents.push(parsed);
    } catch (error) {
      failedFiles.push(file);
      errors.push(error instanceof BudgetBotError ? error.message : `${file}: ${(error as Error).message}`);
    }
  }
  return { documents: mergeCompanions(documents), errors, failedFiles };
}
