/**
 * `loadDocuments` in a worker thread. What comes back is structured-cloned data; the source texts
 * get their class back, since answers map stream offsets to lines through its methods.
 */
import { Worker } from 'node:worker_threads';
import type { LoadResult } from './load.js';
import { SourceText } from './sourceText.js';

/** Loads `paths` in a worker; rejects if the worker fails, so that the caller keeps what it serves. */
export function loadInWorker(paths: string[]): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // tsx registered in the worker itself (Node 20 workers do not inherit loader hooks), so that it
    // runs the TypeScript sources under npm start and in tests alike.
    const entry = JSON.stringify(new URL('./loadWorker.ts', import.meta.url).href);
    const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${entry}); })`;
    const worker = new Worker(boot, { eval: true, workerData: { paths } });
    worker.once('message', (result: LoadResult) => {
      for (const doc of result.documents) {
        Object.setPrototypeOf(doc.text, SourceText.prototype);
        for (const companion of doc.companions ?? []) Object.setPrototypeOf(companion, SourceText.prototype);
      }
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the loading worker stopped with code ${code}`));
    });
  });
}
