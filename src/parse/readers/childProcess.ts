/**
 * The reading side of inChild.ts, run in a child process: reads each file with its format's reader
 * and prints one JSON line per file as it finishes, `{"pages": [[line, …], …]}` or
 * `{"error": "…", "code": …}`, so that what was read before a crash or a time-out is not lost.
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { BudgetBotError } from '../../errors.js';
import { FAILURE, type ChildResult, type Paged } from './inChild.js';

type Reader = (file: string, bytes: Uint8Array) => Promise<Paged>;

/** Each format's reader, imported when a file of it comes. */
const READERS: Record<string, () => Promise<Reader>> = {
  '.pdf': async () => {
    const { readPdf } = await import('./pdf.js');
    return async (file, bytes) => ({ pages: await readPdf(file, bytes) });
  },
  '.xlsx': async () => (await import('./xlsx.js')).readWorkbook,
};

export async function printPages(paths: string[]): Promise<void> {
  for (const path of paths) {
    const format = extname(path).toLowerCase();
    let result: ChildResult;
    try {
      const read = await READERS[format]();
      result = await read(basename(path), new Uint8Array(readFileSync(path)));
    } catch (error) {
      result = { error: (error as Error).message, code: error instanceof BudgetBotError ? error.code : FAILURE[format] };
    }
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
}
