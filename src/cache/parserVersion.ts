/**
 * The parser's version: a hash of the code and data a fact base is made from (src/parse, src/schema,
 * knowledge/classes.json). Any change to them is a new version, so that a cache entry made by
 * another parser is never served; there is no number to remember to bump.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCES = ['src/parse', 'src/schema', 'knowledge/classes.json'];

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** This checkout's version, computed once: the sources do not change under a running process. */
let version: string | undefined;

/** The version of the parser under `root` (default: this checkout). */
export function parserVersion(root = ROOT): string {
  if (root === ROOT && version) return version;
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap((source) => filesUnder(join(root, source)))) hash.update(file.slice(root.length)).update('\0').update(readFileSync(file)).update('\0');
  const digest = hash.digest('hex').slice(0, 16);
  if (root === ROOT) version = digest;
  return digest;
}
