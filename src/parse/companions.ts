/**
 * Companion files: some departments publish the narrative and the tables of one year's disclosure
 * separately. Files with the same department, year and kind become one document; every fact
 * keeps the file and line it came from, so citations still point at the right file.
 */
import type { FactBase, ProjectTable } from '../schema/fact.js';
import { runChecks } from './checks.js';
import { deriveMissing } from './keyFacts.js';
import type { ParsedDocument } from './document.js';

function identityKey(doc: ParsedDocument): string | undefined {
  const { department, year, kind, file } = doc.facts.identity;
  // A document named after its file has no readable identity to pair on.
  if (year === null || department === file.replace(/\.[^.]+$/, '')) return undefined;
  return `${department}|${year}|${kind}`;
}

function firstNonEmpty<T>(lists: T[][]): T[] {
  return lists.find((l) => l.length) ?? [];
}

function unionBy<T>(lists: T[][], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return lists.flat().filter((item) => !seen.has(key(item)) && !!seen.add(key(item)));
}

/**
 * Every file's projects, one per project: the narrative may describe a project (项目名称…预算安排) whose
 * performance table the attachment holds, and the table, with its indicators, is the one kept.
 */
function richestByProject(lists: ProjectTable[][]): ProjectTable[] {
  const byProject = new Map<string, ProjectTable>();
  for (const table of lists.flat()) {
    // A table may number its project (7305-北京市第四次全国农业普查) where the narrative names it plainly.
    const key = table.project.replace(/^\d+[-－—]/, '');
    const known = byProject.get(key);
    if (!known || table.rows.length > known.rows.length) byProject.set(key, table);
  }
  return [...byProject.values()];
}

/**
 * Every file's figures, one per concept: a figure one file states wins over one another file derived,
 * and what no file states alone is derived from them together (the narrative says 政府性基金 0, the
 * tables give the general budget's spending: the appropriation's spending is that).
 */
function mergedAmounts(all: FactBase[]): FactBase['amounts'] {
  const stated = unionBy(all.map((f) => f.amounts.filter((a) => !a.derivation)), (a) => a.concept);
  const derived = unionBy(all.map((f) => f.amounts.filter((a) => a.derivation && !stated.some((s) => s.concept === a.concept))), (a) => a.concept);
  return deriveMissing([...stated, ...derived], all.flatMap((f) => f.absences.map((a) => a.subject)));
}

function merge(group: ParsedDocument[]): ParsedDocument {
  const [first] = group;
  const all = group.map((d) => d.facts);
  const files = all.map((f) => f.identity.file);
  const facts: FactBase = {
    identity: { ...first.facts.identity, id: files.join('+') },
    amounts: mergedAmounts(all),
    counts: unionBy(all.map((f) => f.counts), (c) => c.concept),
    statedCounts: all.flatMap((f) => f.statedCounts),
    executions: all.flatMap((f) => f.executions),
    statedAmounts: all.flatMap((f) => f.statedAmounts),
    duties: firstNonEmpty(all.map((f) => f.duties)),
    units: firstNonEmpty(all.map((f) => f.units)),
    orgListings: firstNonEmpty(all.map((f) => f.orgListings)),
    selfDescription: all.find((f) => f.selfDescription)?.selfDescription,
    assetsAsOf: all.find((f) => f.assetsAsOf)?.assetsAsOf,
    overallGoal: all.find((f) => f.overallGoal)?.overallGoal,
    subGoals: firstNonEmpty(all.map((f) => f.subGoals)),
    measures: firstNonEmpty(all.map((f) => f.measures)),
    projectTables: richestByProject(all.map((f) => f.projectTables)),
    projectUses: firstNonEmpty(all.map((f) => f.projectUses)),
    projectSections: all.flatMap((f) => f.projectSections),
    procurement: all.find((f) => f.procurement.items.length)?.procurement ?? first.facts.procurement,
    assets: firstNonEmpty(all.map((f) => f.assets)),
    glossary: unionBy(all.map((f) => f.glossary), (g) => g.term),
    absences: unionBy(all.map((f) => f.absences), (a) => a.subject),
    tables: all.flatMap((f) => f.tables),
    lineItems: unionBy(all.map((f) => f.lineItems), (i) => `${i.scheme}:${i.code}`),
    missingSections: first.facts.missingSections.filter((s) => all.every((f) => f.missingSections.includes(s))),
    warnings: [...all.flatMap((f) => f.warnings.filter((w) => !w.includes('sections not found'))), `merged companion files: ${files.join(', ')}`],
  };
  const texts = group.map((d) => d.text);
  return { facts, text: first.text, companions: texts.slice(1), checks: runChecks(facts, texts) };
}

/** Words of a file name: `b04b_beijing_tongjiju_2026_yusuan_tables.txt` → b04b, beijing, tongjiju, 2026, yusuan, tables. */
function nameWords(file: string): string[] {
  return file.replace(/\.[^.]+$/, '').toLowerCase().split(/[\s_.\-()（）]+/).filter((w) => w.length > 1);
}

/** How many file-name words an attachment must share with its narrative to be paired with it. */
const MIN_SHARED_WORDS = 3;

/**
 * A file with no identity of its own (a tables-only attachment) belongs to the document whose file
 * name shares the most words with its own, when that document is the only best match.
 */
function ownerOf(doc: ParsedDocument, documents: ParsedDocument[]): string | undefined {
  const words = new Set(nameWords(doc.facts.identity.file));
  const scored = documents
    .map((other) => ({ key: identityKey(other), shared: nameWords(other.facts.identity.file).filter((w) => words.has(w)).length }))
    .filter((s): s is { key: string; shared: number } => s.key !== undefined && s.shared >= MIN_SHARED_WORDS)
    .sort((a, b) => b.shared - a.shared);
  return scored.length && scored[0].shared !== scored[1]?.shared ? scored[0].key : undefined;
}

/** Merges documents that share department, year and kind; keeps the others as they are, in order. */
export function mergeCompanions(documents: ParsedDocument[]): ParsedDocument[] {
  const groups = new Map<string, ParsedDocument[]>();
  const out: (ParsedDocument | string)[] = [];
  const ordered = [...documents].sort((a, b) => Number(identityKey(a) === undefined) - Number(identityKey(b) === undefined));
  for (const doc of ordered) {
    const key = identityKey(doc) ?? ownerOf(doc, documents);
    if (!key) out.push(doc);
    else if (groups.has(key)) groups.get(key)?.push(doc);
    else {
      groups.set(key, [doc]);
      out.push(key);
    }
  }
  return out.map((entry) => {
    if (typeof entry !== 'string') return entry;
    const group = groups.get(entry) ?? [];
    return group.length === 1 ? group[0] : merge(group);
  });
}
