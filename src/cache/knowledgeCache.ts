/**
 * Parsed fact bases on disk (under DATA_DIR), keyed by the file's name and bytes and the parser
 * version, so that a restart loads unchanged documents without parsing them and a new parser
 * parses them again. An entry is written to a temporary file and renamed into place, so a reader
 * never meets half of one; each carries a checksum of its content, and an entry that fails it (a
 * disk fault, a hand edit) is reported, removed and parsed again, never served. Entries are
 * structured-clone data (v8.serialize), as the loading worker sends them.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { revived, type ParsedDocument } from '../parse/document.js';
import { parserVersion } from './parserVersion.js';

/** Bytes of the sha-256 checksum that starts every entry. */
const CHECKSUM = 32;

const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest();

/** Removes a file if it can: one left behind is never read (a temporary file) or fails its checksum again. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // A read-only or vanished folder: nothing more to do.
  }
}

export class KnowledgeCache {
  /** One folder a parser version: entries of older versions are never read (delete their folders to reclaim the space). */
  private readonly dir: string;

  constructor(
    dataDir: string,
    version = parserVersion(),
    /** Where a corrupt entry or a failed write is reported. Default: a warning line on stderr. */
    private readonly warn: (message: string) => void = (message) => process.stderr.write(`warning: ${message}\n`),
  ) {
    this.dir = join(dataDir, 'knowledge-cache', version);
  }

  /** The entry key of a file: its name (identity is read from it) and its bytes. Undefined when the file cannot be read. */
  keyOf(path: string, maxBytes: number): string | undefined {
    try {
      // A file over the limit is refused by the reader with its own message: not read here whole.
      if (statSync(path).size > maxBytes) return undefined;
      return createHash('sha256').update(basename(path)).update('\0').update(readFileSync(path)).digest('hex');
    } catch {
      return undefined;
    }
  }

  /** The fact base stored under `key`, or undefined: none, or a corrupt entry (reported and removed). */
  get(key: string): ParsedDocument | undefined {
    const path = this.entry(key);
    let data: Buffer;
    try {
      data = readFileSync(path);
    } catch {
      return undefined;
    }
    try {
      const body = data.subarray(CHECKSUM);
      if (data.length <= CHECKSUM || !sha256(body).equals(data.subarray(0, CHECKSUM))) throw new Error('checksum mismatch');
      return revived(deserialize(body) as ParsedDocument);
    } catch (error) {
      this.warn(`knowledge cache entry ${path} is corrupt (${(error as Error).message}); parsing the document again`);
      removeQuietly(path);
      return undefined;
    }
  }

  /** Stores a fact base; a failure (disk full, read-only folder) is reported and loading goes on. */
  put(key: string, doc: ParsedDocument): void {
    const path = this.entry(key);
    const temporary = `${path}.${randomUUID()}.tmp`;
    try {
      mkdirSync(this.dir, { recursive: true });
      const body = serialize(doc);
      writeFileSync(temporary, Buffer.concat([sha256(body), body]));
      renameSync(temporary, path);
    } catch (error) {
      removeQuietly(temporary);
      this.warn(`knowledge cache entry ${path} could not be written: ${(error as Error).message}`);
    }
  }

  private entry(key: string): string {
    return join(this.dir, `${key}.v8`);
  }
}
