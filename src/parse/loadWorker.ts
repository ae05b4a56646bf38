/**
 * Loads disclosures off the main thread: a worker runs `loadDocuments` and posts the result back,
 * so that a large or hostile file never pauses answering while a watched folder reloads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadDocuments } from './load.js';

parentPort?.postMessage(loadDocuments((workerData as { paths: string[] }).paths));
