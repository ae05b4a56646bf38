/**
 * The launcher npm start runs through: an entry runs as one cached bundle, sees the argv it would
 * see when run directly, resolves files beside its source, and an edited source is never served
 * from a stale bundle.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LAUNCH = join(ROOT, 'src', 'cli', 'launch.mjs');
const DIR = join(ROOT, 'test-output', `launch-${process.pid}`);
const CACHE = join(ROOT, 'node_modules', '.cache', 'budget-bot');
const cacheName = `test-output_launch-${process.pid}_entry`;

function writeEntry(value: string): void {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, 'value.ts'), `export const value: string = ${JSON.stringify(value)};\n`);
  writeFileSync(
    join(DIR, 'entry.ts'),
    [
      "import { readFileSync } from 'node:fs';",
      "import { fileURLToPath } from 'node:url';",
      "import { value } from './value.js';",
      "const beside = readFileSync(fileURLToPath(new URL('./beside.txt', import.meta.url)), 'utf8');",
      'const direct = fileURLToPath(import.meta.url) === process.argv[1];',
      "if (process.argv.includes('--lazy')) await import('./lazy.js');",
      'console.log(JSON.stringify({ value, beside, direct, args: process.argv.slice(2) }));',
      '',
    ].join('\n'),
  );
  writeFileSync(join(DIR, 'beside.txt'), 'found beside the source');
  // A package that only a dynamically imported module uses: it must not be loaded before that import.
  writeFileSync(join(DIR, 'lazy.ts'), "import missing from 'budget-bot-no-such-package';\nexport const lazy = missing;\n");
}

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [LAUNCH, join(DIR, 'entry.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr, out: result.status === 0 ? JSON.parse(result.stdout) : undefined };
}

afterAll(() => {
  rmSync(DIR, { recursive: true, force: true });
  for (const file of readdirSync(CACHE)) if (file.startsWith(cacheName)) rmSync(join(CACHE, file), { recursive: true, force: true });
});

describe('launch.mjs', () => {
  it('runs an entry as a bundle that sees its own argv and the files beside its source', () => {
    writeEntry('first');
    const { status, out, stderr } = run('--docs', 'x');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(out).toEqual({ value: 'first', beside: 'found beside the source', direct: true, args: ['--docs', 'x'] });
    expect(readdirSync(CACHE).some((f) => f.startsWith(cacheName))).toBe(true);
  });

  it('loads a package that only a dynamic import uses when that import runs, not at start', () => {
    writeEntry('first');
    expect(run().status).toBe(0);
    const lazy = run('--lazy');
    expect(lazy.status).not.toBe(0);
    expect(lazy.stderr).toContain('budget-bot-no-such-package');
  });

  it('rebuilds after a source it was built from changes, and leaves no temporary file', () => {
    writeEntry('first');
    expect(run().out.value).toBe('first');
    writeEntry('second');
    // The edit is dated a second ahead, so that a file system with coarse times still sees it as newer.
    const later = new Date(Date.now() + 1000);
    utimesSync(join(DIR, 'value.ts'), later, later);
    expect(run().out.value).toBe('second');
    expect(readdirSync(CACHE).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('removes builds older than a week at the next build, but keeps the newest two', () => {
    writeEntry('first');
    run();
    const builds = join(CACHE, readdirSync(CACHE).find((f) => f.startsWith(cacheName) && !f.endsWith('.json'))!);
    const stale = join(builds, 'stale-build');
    mkdirSync(stale);
    const weekAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    utimesSync(stale, weekAgo, weekAgo);
    writeEntry('third');
    const later = new Date(Date.now() + 3000);
    utimesSync(join(DIR, 'value.ts'), later, later);
    expect(run().out.value).toBe('third');
    expect(readdirSync(builds)).not.toContain('stale-build');
    expect(readdirSync(builds).length).toBeGreaterThanOrEqual(2);
  });

  it('says what is wrong with a source that does not compile, and fails', () => {
    writeEntry('first');
    writeFileSync(join(DIR, 'value.ts'), 'export const value = ;\n');
    const later = new Date(Date.now() + 2000);
    utimesSync(join(DIR, 'value.ts'), later, later);
    const { status, stderr } = run();
    expect(status).not.toBe(0);
    expect(stderr).toContain('could not bundle entry.ts');
  });
});
