/** Shared fixtures: the seed parsed once, and paths to the other real disclosures. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../src/parse/document.js';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const SEED_FILE = '2020_gaoxinqu_xingzhengfuwuju_yusuan.txt';
export const SEED_PATH = `${ROOT}seeds/${SEED_FILE}`;
export const SEED_TEXT = readFileSync(SEED_PATH, 'utf8');
export const SHARED_DOCS = `${ROOT}../shared/docs`;

export const seed = parseDocument(SEED_FILE, SEED_TEXT);

const made: string[] = [];

/** A fresh temporary folder, removed when the test file is done. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});
