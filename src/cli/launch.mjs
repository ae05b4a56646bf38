/**
 * `node src/cli/launch.mjs src/cli/start.ts [args…]` runs a TypeScript entry as one bundled
 * JavaScript file. Under `node --import tsx` every one of the ~200 source modules goes through
 * tsx's loader hooks, which run on a thread of their own in Node 20: about 950 ms before the
 * first answer. One esbuild bundle (packages left external) loads in a fraction of that.
 *
 * The bundle is cached in node_modules/.cache/budget-bot and rebuilt when any file it was built
 * from is newer or gone, so an edited source is never served stale. It is written to a temporary
 * name and renamed, so a second process never loads half a file. `import.meta.url` keeps naming
 * each source file, so knowledge, seeds and worker entries resolve as they do under tsx.
 * Where esbuild or the cache cannot be used, the entry runs under tsx as before, with a warning.
 *
 * `--build entry…` only builds (npm's prepare step); it warns and exits 0 when it cannot.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'budget-bot');
const SELF = fileURLToPath(import.meta.url);

/**
 * Where an entry's bundle and the list of files it was built from are kept. The name carries a hash
 * of the entry's full path: checkouts that share one node_modules (a symlink) keep bundles apart.
 */
function cachePaths(entry) {
  const where = createHash('sha256').update(entry).digest('hex').slice(0, 8);
  const name = `${entry.slice(ROOT.length).replace(/[\\/]/g, '_').replace(/\.ts$/, '')}-${where}`;
  return { bundle: join(CACHE, `${name}.mjs`), inputs: join(CACHE, `${name}.inputs.json`) };
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Infinity;
  }
}

/** True when the bundle exists and no file it was built from (nor this launcher) changed since. */
function fresh({ bundle, inputs }) {
  const built = mtime(bundle);
  if (built === Infinity) return false;
  try {
    const files = JSON.parse(readFileSync(inputs, 'utf8'));
    return [SELF, ...files].every((file) => mtime(file) <= built);
  } catch {
    return false;
  }
}

function writeAtomically(path, contents) {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

async function build(entry) {
  const paths = cachePaths(entry);
  if (fresh(paths)) return paths.bundle;
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
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [keepMetaUrl],
  });
  const inputs = Object.keys(result.metafile.inputs).map((file) => resolve(ROOT, file));
  mkdirSync(CACHE, { recursive: true });
  writeAtomically(paths.inputs, JSON.stringify(inputs));
  writeAtomically(paths.bundle, result.outputFiles[0].contents);
  return paths.bundle;
}

async function runUnderTsx(entry) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
}

const [first, ...rest] = process.argv.slice(2);
if (first === '--build') {
  for (const entry of rest) {
    try {
      await build(resolve(entry));
    } catch (error) {
      process.stderr.write(`warning: could not bundle ${entry} (${error.message.split('\n')[0]}); it will run under tsx\n`);
    }
  }
} else if (!first) {
  process.stderr.write(`usage: node ${basename(SELF)} <entry.ts> [args…]\n`);
  process.exit(2);
} else {
  const entry = resolve(first);
  // The entry sees the argv it would see when run directly, so `import.meta.url === argv[1]` holds.
  process.argv = [process.argv[0], entry, ...rest];
  let bundle;
  try {
    bundle = await build(entry);
  } catch (error) {
    process.stderr.write(`warning: could not bundle ${basename(entry)} (${error.message.split('\n')[0]}); running it under tsx\n`);
  }
  if (bundle) await import(pathToFileURL(bundle).href);
  else await runUnderTsx(entry);
}
