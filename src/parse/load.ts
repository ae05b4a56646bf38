/**
 * Reads disclosure files from disk: decodes them (UTF-8, or GBK as many Chinese sites publish),
 * rejects what is not text with a clear message, and parses each. One bad file never stops the rest.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BudgetBotError } from '../errors.js';
import { mergeCompanions } from './companions.js';
import { parseDocument, type ParsedDocument } from './document.js';

/** Share of control bytes above which a file is taken for binary. */
const BINARY_RATIO = 0.02;

export function decodeDisclosure(file: string, bytes: Uint8Array): { text: string; warning?: string } {
  if (bytes.length === 0 || !bytes.some((b) => b > 0x20)) throw new BudgetBotError('EMPTY_FILE', `${file}: the file is empty`);
  const sample = bytes.subarray(0, 4096);
  const control = sample.filter((b) => b === 0 || (b < 0x09) || (b > 0x0d && b < 0x20)).length;
  if (control / sample.length > BINARY_RATIO) throw new BudgetBotError('BINARY_FILE', `${file}: this is a binary file, not disclosure text (extract the text first, e.g. pdftotext -layout)`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    try {
      return { text: new TextDecoder('gbk', { fatal: true }).decode(bytes), warning: `${file}: not UTF-8; read as GBK` };
    } catch {
      throw new BudgetBotError('UNREADABLE_FILE', `${file}: the text is neither UTF-8 nor GBK; convert it to UTF-8`);
    }
  }
}

/** Every .txt file at these paths, folders searched recursively, in name order; unreadable paths are reported. */
function listDisclosureFiles(paths: string[], errors: string[] = []): string[] {
  const out: string[] = [];
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else if (path.endsWith('.txt')) out.push(path);
  };
  for (const path of paths) {
    try {
      visit(path);
    } catch (error) {
      errors.push(`cannot read ${path}: ${(error as Error).message}`);
    }
  }
  return out;
}

export interface LoadResult {
  documents: ParsedDocument[];
  /** Files that could not be loaded, each with the reason. */
  errors: string[];
}

export function loadDocuments(paths: string[]): LoadResult {
  const documents: ParsedDocument[] = [];
  const errors: string[] = [];
  for (const path of listDisclosureFiles(paths, errors)) {
    const file = basename(path);
    try {
      const { text, warning } = decodeDisclosure(file, readFileSync(path));
      const parsed = parseDocument(file, text);
      if (warning) parsed.facts.warnings.unshift(warning);
      documents.push(parsed);
    } catch (error) {
      errors.push(error instanceof BudgetBotError ? error.message : `${file}: ${(error as Error).message}`);
    }
  }
  return { documents: mergeCompanions(documents), errors };
}
