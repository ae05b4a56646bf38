/**
 * Loads disclosures off the main thread: a worker runs `loadDocuments` and posts the result back,
 * so that a large or hostile file never pauses answering while a watched folder reloads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadDocuments, type LoadOptions } from './load.js';

const { paths, options } = workerData as { paths: string[]; options: LoadOptions };
parentPort?.postMessage(loadDocuments(paths, options));
