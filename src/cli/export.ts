/**
 * `npm run export -- [--docs PATH …] --out DIR` writes the documents' fact bases as a Fiscal Data
 * Package: DIR/datapackage.json and one CSV per table plus the key amounts. Progress goes to
 * stderr; the package is written atomically, so a failed export leaves DIR as it was.
 */
import { fileURLToPath } from 'node:url';
import { buildPackage } from '../export/buildPackage.js';
import { ExportError } from '../export/exportError.js';
import { DESCRIPTOR_FILE, writePackage } from '../export/writePackage.js';
import { loadOrExit, parseArgs } from './options.js';

const USAGE = 'usage: npm run export -- [--docs PATH …] --out DIR';

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n${USAGE}\n`);
  process.exit(2);
}

/** `--out DIR` or `--out=DIR`, taken out before the shared options read the rest. */
function takeOut(argv: string[]): { out: string; rest: string[] } {
  const at = argv.findIndex((arg) => arg === '--out' || arg.startsWith('--out='));
  if (at < 0) fail('--out DIR is required: the folder to write the package to');
  const arg = argv[at]!;
  const inline = arg.startsWith('--out=');
  const out = inline ? arg.slice('--out='.length) : argv[at + 1];
  if (!out || out.startsWith('--')) fail('--out needs a folder name');
  return { out, rest: [...argv.slice(0, at), ...argv.slice(at + (inline ? 1 : 2))] };
}

function main(): void {
  const { out, rest } = takeOut(process.argv.slice(2));
  const options = parseArgs(rest);
  if (options.rest.length) fail(`unexpected argument ${options.rest.join(' ')} (a --docs path that does not exist?)`);
  if (options.flags.size) fail(`unknown option --${[...options.flags].join(', --')}`);
  const { documents } = loadOrExit(options.docs);
  for (const { facts } of documents) {
    const { identity, tables, amounts } = facts;
    process.stderr.write(`${identity.id}: ${identity.department} ${identity.year ?? '?'}年${identity.kind} — ${tables.length} tables, ${amounts.length} key amounts\n`);
  }
  const pkg = buildPackage(documents.map((d) => d.facts));
  try {
    writePackage(pkg, out);
  } catch (error) {
    if (error instanceof ExportError) fail(error.message);
    throw error;
  }
  process.stderr.write(`wrote ${out}/${DESCRIPTOR_FILE} and ${pkg.files.size} CSV files\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
