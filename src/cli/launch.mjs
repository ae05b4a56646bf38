/**
 * `node src/cli/launch.mjs src/cli/start.ts [args…]` runs a TypeScript entry as an esbuild
 * bundle. Under `node --import tsx` every one of the ~200 source modules goes through
 * tsx's loader hooks, which run on a thread of their own in Node 20: about 950 ms before the
 * first answer. An esbuild bundle (packages left external) loads in a fraction of that.
 *
 * The bundle is cached in node_modules/.cache/budget-bot and rebuilt when any file it was built
 * from is newer or gone, so an edited source is never served stale (see `bundled`).
 * `import.meta.url` keeps naming each source file, so knowledge, seeds and worker entries resolve
 * as they do under tsx.
 * Where esbuild or the cache cannot be used, the entry runs under tsx as before, with a warning.
 *
 * `--build entry…` only builds (npm's prepare step); it warns and exits 0 when it cannot. Imported,
 * it lends `bundled(entry)` to processes that start an entry of their own (the PDF reader's child).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'budget-bot');
const SELF = fileURLToPath(import.meta.url);

/** Builds of an entry older than this are removed by its next build (the newest two always stay). */
const KEEP_BUILDS_MS = 7 * 24 * 3600 * 1000;

/**
 * Where an entry's builds are kept, and the record naming the current one with the files it was
 * built from. The name carries a hash of the entry's full path: checkouts that share one
 * node_modules (a symlink) keep their builds apart.
 */
function cachePaths(entry) {
  const where = createHash('sha256').update(entry).digest('hex').slice(0, 8);
  const name = `${entry.slice(ROOT.length).replace(/[\\/]/g, '_').replace(/\.ts$/, '')}-${where}`;
  return { record: join(CACHE, `${name}.json`), builds: join(CACHE, name) };
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}

/** The current build's entry file, where it exists and no file it was built from (nor this launcher) changed since. */
function freshBuild({ record }) {
  const built = mtime(record);
  if (built === Infinity) return undefined;
  try {
    const { main, inputs } = JSON.parse(readFileSync(record, 'utf8'));
    return mtime(main) !== Infinity && [SELF, ...inputs].every((file) => mtime(file) <= built) ? main : undefined;
  } catch {
    return undefined;
  }
}

function writeAtomically(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/** Old builds go, but never the newest two: a process started from one may still load its lazy chunks. */
function pruneBuilds(builds) {
  const now = Date.now();
  const all = readdirSync(builds).map((name) => ({ path: join(builds, name), at: mtime(join(builds, name)) }));
  all.sort((a, b) => b.at - a.at);
  for (const old of all.slice(2)) if (now - old.at > KEEP_BUILDS_MS) rmSync(old.path, { recursive: true, force: true });
}

/**
 * A fresh build of `entry` (an absolute path), made first where missing or stale; the path of its
 * entry file. Modules the sources import dynamically become chunks of their own (esbuild's
 * splitting), so a package only they use (discord.js, better-sqlite3, exceljs) still loads only
 * when they do. Each build is written to a folder of its own, and the record naming it is replaced
 * atomically: no process ever loads a half-written build.
 */
export async function bundled(entry) {
  const paths = cachePaths(entry);
  const current = freshBuild(paths);
  if (current) return current;
  const esbuild = await import('esbuild');
  const keepMetaUrl = {
    name: 'keep-import-meta-url',
    setup(builder) {
      builder.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
        const source = readFileSync(args.path, 'utf8');
        const url = JSON.stringify(pathToFileURL(args.path).href);
        return { contents: source.replaceAll('import.meta.url', url), loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
      });
    },
  };
  const outdir = join(paths.builds, `${Date.now()}-${process.pid}`);
  const result = await esbuild.build({
    entryPoints: { entry },
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
    plugins: [keepMetaUrl],
  });
  const inputs = Object.keys(result.metafile.inputs).map((file) => resolve(ROOT, file));
  const main = join(outdir, 'entry.mjs');
  writeAtomically(paths.record, JSON.stringify({ main, inputs }));
  pruneBuilds(paths.builds);
  return main;
}

/** The one line a failed build is reported with. */
function cannotBundle(entry, error, then) {
  process.stderr.write(`warning: could not bundle ${basename(entry)} (${error.message.split('\n')[0]}); ${then}\n`);
}

async function runUnderTsx(entry) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
}

async function main() {
  const [first, ...rest] = process.argv.slice(2);
  if (first === '--build') {
    for (const entry of rest) {
      try {
        await bundled(resolve(entry));
      } catch (error) {
        cannotBundle(entry, error, 'it will run under tsx');
      }
    }
    return;
  }
  if (!first) {
    process.stderr.write(`usage: node ${basename(SELF)} <entry.ts> [args…]\n`);
    process.exit(2);
  }
  const entry = resolve(first);
  // The entry sees the argv it would see when run directly, so `import.meta.url === argv[1]` holds.
  process.argv = [process.argv[0], entry, ...rest];
  let bundle;
  try {
    bundle = await bundled(entry);
  } catch (error) {
    cannotBundle(entry, error, 'running it under tsx');
  }
  if (bundle) await import(pathToFileURL(bundle).href);
  else await runUnderTsx(entry);
}

// Imported (by the PDF reader's child process), it only lends `bundled`.
if (process.argv[1] && resolve(process.argv[1]) === SELF) await main();
