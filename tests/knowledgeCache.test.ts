/**
 * The knowledge cache (DATA_DIR): a second load takes unchanged documents from it without parsing,
 * a new parser version parses again, and a corrupt entry is reported, parsed again and rewritten,
 * never served.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KnowledgeCache } from '../src/cache/knowledgeCache.js';
import { parserVersion } from '../src/cache/parserVersion.js';
import { Engine } from '../src/engine/engine.js';
import { KnowledgeStore } from '../src/engine/store.js';
import { loadDocuments } from '../src/parse/load.js';
import { SEED_PATH, tempDir } from './helpers.js';

/** A documents folder holding the seed, and an empty DATA_DIR. */
function folders() {
  const docs = tempDir('budget-bot-cache-docs-');
  copyFileSync(SEED_PATH, join(docs, 'seed.txt'));
  return { docs, data: tempDir('budget-bot-cache-data-') };
}

const entriesUnder = (data: string) => readdirSync(join(data, 'knowledge-cache', parserVersion())).map((name) => join(data, 'knowledge-cache', parserVersion(), name));

afterEach(() => vi.restoreAllMocks());

describe('knowledge cache', () => {
  it('loads an unchanged document from the cache without parsing it, and answers the same', () => {
    const { docs, data } = folders();
    const first = loadDocuments([docs], { cacheDir: data });
    expect([first.parsed, first.fromCache]).toEqual([1, 0]);
    const second = loadDocuments([docs], { cacheDir: data });
    expect([second.parsed, second.fromCache]).toEqual([0, 1]);
    const question = '三公经费为什么没变';
    expect(new Engine(second.documents).ask(question).text).toBe(new Engine(first.documents).ask(question).text);
  });

  it('parses a changed file again, and keeps the unchanged ones cached', () => {
    const { docs, data } = folders();
    copyFileSync(SEED_PATH, join(docs, 'other.txt'));
    loadDocuments([docs], { cacheDir: data });
    writeFileSync(join(docs, 'other.txt'), `${readFileSync(SEED_PATH, 'utf8')}\n附：本表数据如有更正，以更正后为准。\n`);
    const again = loadDocuments([docs], { cacheDir: data });
    expect([again.parsed, again.fromCache]).toEqual([1, 1]);
  });

  it('restarts a KnowledgeStore from the cache, ready, with nothing parsed', () => {
    const { docs, data } = folders();
    expect(new KnowledgeStore([docs], { cacheDir: data }).startup).toEqual({ parsed: 1, fromCache: 0 });
    const restarted = new KnowledgeStore([docs], { cacheDir: data });
    expect(restarted.startup).toEqual({ parsed: 0, fromCache: 1 });
    expect(restarted.ready).toBe(true);
    expect(restarted.ask('三公经费多少').answered).toBe(true);
  });

  it('keys entries by parser version: a changed parser source is a new version, whose cache starts empty', () => {
    const root = tempDir('budget-bot-parser-');
    for (const dir of ['src/parse', 'src/schema', 'knowledge']) mkdirSync(join(root, dir), { recursive: true });
    writeFileSync(join(root, 'src/parse/a.ts'), 'export const a = 1;');
    writeFileSync(join(root, 'src/schema/b.ts'), 'export const b = 1;');
    writeFileSync(join(root, 'knowledge/classes.json'), '{}');
    const before = parserVersion(`${root}/`);
    writeFileSync(join(root, 'src/parse/a.ts'), 'export const a = 2;');
    const after = parserVersion(`${root}/`);
    expect(after).not.toBe(before);

    const { docs, data } = folders();
    const { documents } = loadDocuments([docs], { cacheDir: data });
    const path = join(docs, 'seed.txt');
    const old = new KnowledgeCache(data, before);
    const key = old.keyOf(path, Infinity)!;
    old.put(key, documents[0]);
    expect(old.get(key)?.facts.identity.department).toBe(documents[0].facts.identity.department);
    expect(new KnowledgeCache(data, after).get(key)).toBeUndefined();
  });

  it('reports a corrupt entry, parses the document again and rewrites the entry', () => {
    const { docs, data } = folders();
    loadDocuments([docs], { cacheDir: data });
    const [entry] = entriesUnder(data);
    const bytes = readFileSync(entry);
    // One flipped byte in the middle: the checksum no longer matches.
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    writeFileSync(entry, bytes);
    const warnings: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => !!warnings.push(String(chunk)));
    const reloaded = loadDocuments([docs], { cacheDir: data });
    expect([reloaded.parsed, reloaded.fromCache]).toEqual([1, 0]);
    expect(warnings.join('')).toMatch(/knowledge cache entry .* is corrupt \(checksum mismatch\); parsing the document again/);
    expect(reloaded.documents[0].facts.amounts.length).toBeGreaterThan(0);
    vi.restoreAllMocks();
    expect(loadDocuments([docs], { cacheDir: data }).fromCache).toBe(1);
  });

  it('never serves a half-written entry: a cut-short file is parsed again', () => {
    const { docs, data } = folders();
    loadDocuments([docs], { cacheDir: data });
    const [entry] = entriesUnder(data);
    writeFileSync(entry, readFileSync(entry).subarray(0, 1000));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(loadDocuments([docs], { cacheDir: data }).parsed).toBe(1);
  });

  it('goes on parsing when the cache cannot be written', () => {
    const { docs } = folders();
    const file = join(tempDir('budget-bot-cache-file-'), 'not-a-folder');
    writeFileSync(file, '');
    const warnings: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => !!warnings.push(String(chunk)));
    const result = loadDocuments([docs], { cacheDir: file });
    expect(result.documents).toHaveLength(1);
    expect(warnings.join('')).toContain('could not be written');
  });
});
