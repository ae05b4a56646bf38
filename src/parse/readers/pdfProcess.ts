/**
 * The PDF reader's side of readPdfs.ts, run in a child process: reads the PDFs and prints one JSON
 * line per file as it finishes, `{"pages": [[line, …], …]}` or `{"error": "…", "code": …}`, so
 * that what was read before a crash or a time-out is not lost.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { BudgetBotError } from '../../errors.js';
import { readPdf } from './pdf.js';
import type { PdfResult } from './readPdfs.js';

export async function printPdfs(paths: string[]): Promise<void> {
  for (const path of paths) {
    let result: PdfResult;
    try {
      result = { pages: await readPdf(basename(path), new Uint8Array(readFileSync(path))) };
    } catch (error) {
      result = { error: (error as Error).message, code: error instanceof BudgetBotError ? error.code : 'CORRUPT_PDF' };
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
}
