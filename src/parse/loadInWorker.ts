/**
 * `loadDocuments` in a worker thread. What comes back is structured-cloned data; the source texts
 * get their class back (see revived).
 */
import { Worker } from 'node:worker_threads';
import { revived } from './document.js';
import type { LoadOptions, LoadResult } from './load.js';

/** Loads `paths` in a worker; rejects if the worker fails, so that the caller keeps what it serves. */
export function loadInWorker(paths: string[], options: LoadOptions = {}): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // tsx registered in the worker itself (Node 20 workers do not inherit loader hooks), so that it
    // runs the TypeScript sources under npm start and in tests alike.
    const entry = JSON.stringify(new URL('./loadWorker.ts', import.meta.url).href);
    const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}); })`;
    const worker = new Worker(boot, { eval: true, workerData: { paths, options } });
    worker.once('message', (result: LoadResult) => {
      resolve({ ...result, documents: result.documents.map(revived) });
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the loading worker stopped with code ${code}`));
    });
  });
}
