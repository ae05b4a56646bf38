/** Command-line options shared by the CLI commands, and loading the documents they name. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Engine } from '../engine/engine.js';
import { loadDocuments, type LoadResult } from '../parse/load.js';

/** The embedded seed disclosures. */
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

export interface CliOptions {
  docs: string[];
  flags: Set<string>;
  rest: string[];
}

/** An argument written as a path (a separator or a document's extension), whether or not it is there. */
const LOOKS_LIKE_PATH = /[/\\]|\.(?:txt|pdf|html?|xlsx)$/i;

/**
 * `--docs A B --json "question"`: paths after --docs until the next flag, or until an argument
 * that is no file or folder (so `--docs X "三公经费多少"` reads as one path and a question).
 * An argument written as a path stays a path even when it is not there, so that loading names
 * it as missing instead of answering from the seeds.
 */
export function parseArgs(argv: string[]): CliOptions {
  const docs: string[] = [];
  const flags = new Set<string>();
  const rest: string[] = [];
  let inDocs = false;
  for (const arg of argv) {
    if (arg === '--docs') inDocs = true;
    else if (arg.startsWith('--')) {
      inDocs = false;
      flags.add(arg.slice(2));
    } else if (inDocs && (existsSync(arg) || LOOKS_LIKE_PATH.test(arg))) docs.push(arg);
    else {
      inDocs = false;
      rest.push(arg);
    }
  }
  const envDocs = process.env.BUDGET_BOT_DOCS?.split(':').filter(Boolean) ?? [];
  return { docs: docs.length ? docs : envDocs.length ? envDocs : [SEEDS_DIR], flags, rest };
}

/** Loads the documents; load errors go to stderr, never stdout, which carries answers. */
export function loadOrExit(docs: string[]): LoadResult {
  const result = loadDocuments(docs);
  for (const error of result.errors) process.stderr.write(`warning: ${error}\n`);
  if (!result.documents.length) {
    process.stderr.write(`error: no disclosure could be loaded from ${docs.join(', ')}\n`);
    process.exit(2);
  }
  return result;
}

export function engineFor(docs: string[]): Engine {
  return new Engine(loadOrExit(docs).documents);
}

/** `npm run facts | head`: a reader that stops early is no error worth a stack trace. */
export function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
