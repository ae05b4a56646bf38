/**
 * The standard names of the top-level classes (knowledge/classes.json), by name: 一般公共服务支出 → 201.
 * Curated knowledge true of every disclosure, read once.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const ClassNamesFile = z.object({
  functional: z.record(z.string().regex(/^2\d\d$/), z.array(z.string().min(1))),
  economic: z.record(z.string().regex(/^3\d\d$/), z.array(z.string().min(1))),
});

/** 支出功能分类 类 names (current and former) → code. */
export type FunctionalClassNames = ReadonlyMap<string, string>;

const file = fileURLToPath(new URL('../../knowledge/classes.json', import.meta.url));

const classes = ClassNamesFile.parse(JSON.parse(readFileSync(file, 'utf8')));
const byName = (table: Record<string, string[]>) => new Map(Object.entries(table).flatMap(([code, names]) => names.map((name) => [name, code] as const)));

export const FUNCTIONAL_CLASS_NAMES: FunctionalClassNames = byName(classes.functional);

/** Every standard 类 name, functional and economic, longest first (for finding one named in a question). */
export const CLASS_NAMES: readonly string[] = [...FUNCTIONAL_CLASS_NAMES.keys(), ...byName(classes.economic).keys()].sort((a, b) => b.length - a.length);
