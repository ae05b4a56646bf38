/**
 * Writes a package to a directory atomically: everything goes to a temporary sibling folder
 * (same filesystem, so the final rename is atomic), which replaces the target only once every
 * file is written. A failure anywhere removes the temporary folder and leaves the target as it was.
 * A package that fails validation is never written.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { FiscalDataPackage } from './descriptor.js';
import { ExportError } from './exportError.js';
import { validateDescriptor } from './validate.js';

export const DESCRIPTOR_FILE = 'datapackage.json';

/** Replacing a folder deletes it, so only an empty one or an earlier export may be replaced. */
function assertReplaceable(target: string): void {
  if (!existsSync(target)) return;
  if (!statSync(target).isDirectory()) throw new ExportError(`cannot export to ${target}: it is a file, not a folder`);
  if (readdirSync(target).length && !existsSync(join(target, DESCRIPTOR_FILE)))
    throw new ExportError(`cannot export to ${target}: the folder holds other files and no ${DESCRIPTOR_FILE}; choose an empty or new folder`);
}

function reason(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const why: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the filesystem is read-only',
    ENOENT: 'no such folder',
    ENOTDIR: 'a part of the path is a file, not a folder',
    ENOSPC: 'no space left on the device',
  };
  return (code && why[code]) ?? message;
}

function writeFiles(folder: string, pkg: FiscalDataPackage): void {
  writeFileSync(join(folder, DESCRIPTOR_FILE), `${JSON.stringify(pkg.descriptor, null, 2)}\n`);
  for (const [path, text] of pkg.files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
}

export function writePackage(pkg: FiscalDataPackage, outDir: string): void {
  const problems = validateDescriptor(pkg.descriptor);
  if (problems.length) throw new ExportError(`the package is not a valid Fiscal Data Package, nothing written:\n  ${problems.join('\n  ')}`);
  const target = resolve(outDir);
  assertReplaceable(target);
  const parent = dirname(target);
  let staging: string;
  try {
    // The parent must exist: creating it would leave folders behind when the export then fails.
    staging = mkdtempSync(join(parent, `.${basename(target)}.export-`));
  } catch (error) {
    throw new ExportError(`cannot write to ${parent}: ${reason(error)}`);
  }
  const previous = `${staging}.previous`;
  try {
    writeFiles(staging, pkg);
    if (existsSync(target)) renameSync(target, previous);
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (existsSync(previous) && !existsSync(target)) renameSync(previous, target);
    throw new ExportError(`cannot write the package to ${target}: ${reason(error)}`);
  }
  rmSync(previous, { recursive: true, force: true });
}
