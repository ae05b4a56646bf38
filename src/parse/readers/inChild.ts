/**
 * Files whose readers are asynchronous (pdf.js, exceljs), read synchronously, for the synchronous load
 * path. Rather than make every caller of loadDocuments async, the files of one load are read by a
 * child Node process (childProcess.ts) that this call waits for. At start-up nothing is being
 * answered yet, and a reload already runs loadDocuments in a worker thread, so the wait never
 * pauses answering. The process also fences the reader off: a hostile file that exhausts its memory
 * or loops is killed at a time limit, costs only that file, and the files after it are read by a
 * fresh process.
 */
import { spawnSync } from 'node:child_process';
import { basename, extname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ErrorCode } from '../../errors.js';

/** A file's text as pages of lines: a PDF's pages, a workbook's sheets. */
export interface Paged {
  pages: string[][];
  /** For a workbook: the name of the sheet each page is. */
  sheets?: string[];
}
export type ChildResult = Paged | { error: string; code: ErrorCode };

/** The formats read in the child, each with the code of a file that stops or outlasts its reader. */
export const FAILURE: Record<string, ErrorCode> = { '.pdf': 'CORRUPT_PDF', '.xlsx': 'CORRUPT_WORKBOOK' };

/** How long one file may take to read. The largest shared original PDF takes about 2.5 s. */
const SECONDS_PER_FILE = 60;
/** The reader's heap limit, in MB: a file that needs more is refused, not the bot's own memory. */
const HEAP_MB = 2048;

/** The project's root: the child runs there, so that its imports resolve whatever the caller's working folder. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./childProcess.ts', import.meta.url));
const LAUNCH = JSON.stringify(new URL('../../cli/launch.mjs', import.meta.url).href);

/**
 * pdf.js, loaded first. Its legacy build (the one that runs on Node 20) brings core-js polyfills
 * that replace Array.prototype.push, JSON.parse and JSON.stringify with slower script versions for
 * the whole process; the natives go back once it has loaded, as the reader needs none of what those
 * versions add. pdf.js running in Node uses the worker module it finds on globalThis.pdfjsWorker
 * instead of loading its own.
 */
const PRELOAD_PDFJS = `
  const natives = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
  await import('pdfjs-dist/legacy/build/pdf.mjs');
  globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  Object.defineProperty(Array.prototype, 'push', { value: natives.push });
  Object.defineProperty(JSON, 'parse', { value: natives.parse });
  Object.defineProperty(JSON, 'stringify', { value: natives.stringify });`;

/**
 * The child's first lines; pdf.js is loaded only where there is a PDF to read. The reader runs as
 * the cached bundle npm start uses (launch.mjs): through tsx's loader hooks, its modules and pdf.js
 * take over a second more to load. Where no bundle can be made, tsx runs it.
 */
const boot = (paths: string[]) => `${paths.some((path) => extname(path).toLowerCase() === '.pdf') ? PRELOAD_PDFJS : ''}
  let reader;
  try {
    const [{ bundled }, { pathToFileURL }] = await Promise.all([import(${LAUNCH}), import('node:url')]);
    reader = await import(pathToFileURL(await bundled(${JSON.stringify(ENTRY)})).href);
  } catch {
    const { register } = await import('tsx/esm/api');
    register();
    reader = await import(${JSON.stringify(pathToFileURL(ENTRY).href)});
  }
  await reader.printPages(${JSON.stringify(paths.map((path) => resolve(path)))});`;

/** Each path's pages or the one-line reason it could not be read, in the order given. */
export function readInChild(paths: string[]): ChildResult[] {
  const results: ChildResult[] = [];
  while (results.length < paths.length) {
    const rest = paths.slice(results.length);
    const run = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--input-type=module', '--eval', boot(rest)], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: SECONDS_PER_FILE * 1000 * rest.length,
      maxBuffer: Number.MAX_SAFE_INTEGER,
    });
    const done = (run.stdout ?? '').split('\n').slice(0, -1).map((line) => JSON.parse(line) as ChildResult);
    results.push(...done);
    if (done.length === rest.length) break;
    // The file after the last one reported stopped the reader: it fails alone, the rest go on.
    const failed = rest[done.length];
    const why = run.signal === 'SIGTERM' || run.error ? `took longer than ${SECONDS_PER_FILE} s to read, or the reader could not start` : `the reader stopped (${errorLine(run.stderr) || `exit ${run.status ?? run.signal}`})`;
    results.push({ error: `${basename(failed)}: ${why}`, code: FAILURE[extname(failed).toLowerCase()] });
  }
  return results;
}

/** The line of Node's report that says what went wrong (`Error: …`, `FATAL ERROR: … heap out of memory`). */
function errorLine(text: string | null): string {
  return (text ?? '').split('\n').find((line) => /error/i.test(line))?.trim() ?? '';
}
