/**
 * `npm run facts` prints the fact base as JSON; `--checks` prints the consistency report;
 * `--tables` lists every table read (one line a table); `--write-snapshot` regenerates
 * knowledge/facts.snapshot.json from the seed.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ParsedDocument } from '../parse/document.js';
import { exitQuietlyOnClosedPipe, loadOrExit, parseArgs, SEEDS_DIR } from './options.js';

export const SNAPSHOT_PATH = fileURLToPath(new URL('../../knowledge/facts.snapshot.json', import.meta.url));

export function checkReport(doc: ParsedDocument): string {
  const { identity, warnings } = doc.facts;
  const lines = doc.checks.map((c) => `${c.ok ? 'ok  ' : 'WARN'} ${c.name}: ${c.detail} (第${c.lines.join('、')}行)`);
  const failed = doc.checks.filter((c) => !c.ok).length;
  return [
    `${identity.file}: ${identity.department} ${identity.year ?? '?'}年${identity.kind} — ${doc.checks.length - failed}/${doc.checks.length} checks pass`,
    ...lines,
    ...warnings.map((w) => `note ${w}`),
  ].join('\n');
}

/** One line a table: number, title, kind, unit, rows and columns, and where it stands. */
export function tableReport(doc: ParsedDocument): string {
  const { identity, tables } = doc.facts;
  const lines = tables.map(
    (t) =>
      `${t.number ?? '-'}\t${t.title}\t${t.kind}\t${t.unit ?? '-'}\t${t.rows.length}行\t${t.columns.length}列\t第${t.span.from}–${t.span.to}行` +
      `${t.declaredEmpty ? '\t空表' : ''}${t.unaligned.length && !t.rows.length ? '\t未对齐' : ''}`,
  );
  return [`${identity.file}: ${tables.length} 张表`, ...lines].join('\n');
}

/** The pretty-printed fact base of the seed, as the snapshot keeps it. */
export function snapshotJson(docs: ParsedDocument[]): string {
  return `${JSON.stringify(docs.map((d) => d.facts), null, 2)}\n`;
}

function main(): void {
  exitQuietlyOnClosedPipe();
  const options = parseArgs(process.argv.slice(2));
  if (options.flags.has('write-snapshot')) {
    writeFileSync(SNAPSHOT_PATH, snapshotJson(loadOrExit([SEEDS_DIR]).documents));
    process.stderr.write(`wrote ${SNAPSHOT_PATH}\n`);
    return;
  }
  const { documents } = loadOrExit(options.docs);
  if (options.flags.has('checks')) process.stdout.write(`${documents.map(checkReport).join('\n\n')}\n`);
  else if (options.flags.has('tables')) process.stdout.write(`${documents.map(tableReport).join('\n\n')}\n`);
  else process.stdout.write(snapshotJson(documents));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
