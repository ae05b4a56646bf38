/**
 * Parses one disclosure's text into a validated fact base plus its consistency report.
 * Never throws on odd content: what cannot be read becomes a warning, and what is missing is listed.
 */
import { BudgetBotError } from '../errors.js';
import { FactBase, type Absence, type CheckResult } from '../schema/fact.js';
import type { LineItem } from '../schema/table.js';
import { parseAssets } from './assets.js';
import { runChecks } from './checks.js';
import { parseGlossary } from './glossary.js';
import { readIdentity } from './identity.js';
import { tableAmounts } from './fromTables/amounts.js';
import { confirmedBalances } from './confirmedBalances.js';
import { lineItems } from './fromTables/lineItems.js';
import { withTableFigures } from './fromTables/merge.js';
import { proseLineItems } from './proseLineItems.js';
import { orgListings } from './orgListings.js';
import { selfDescription } from './selfDescription.js';
import { assetsAsOf } from './assetsAsOf.js';
import { statedCounts } from './statedCounts.js';
import { executionStatements } from './executionStatements.js';
import { statedAmounts } from './statedAmounts.js';
import { withProseChanges } from './lineItemChanges.js';
import { proseProjects } from './proseProjects.js';
import { projectSections } from './projectSections.js';
import { FUNCTIONAL_CLASS_NAMES } from './classNames.js';
import { deriveMissing, extractKeyFacts } from './keyFacts.js';
import { parseDuties, parseUnits } from './organisation.js';
import { parsePerformance } from './performance.js';
import { parseProcurement } from './procurement.js';
import { parseProcurementByClass } from './procurementByClass.js';
import { compact, SourceText } from './sourceText.js';
import { readTables } from './tables/index.js';

export interface ParsedDocument {
  facts: FactBase;
  checks: CheckResult[];
  text: SourceText;
  /** The texts of companion files merged into this document (see companions.ts). */
  companions?: SourceText[];
}

/**
 * A fact base that crossed a structured clone (a worker's message, a cache entry) as plain data,
 * with its source texts' class back: answers map stream offsets to lines through its methods.
 */
export function revived(doc: ParsedDocument): ParsedDocument {
  Object.setPrototypeOf(doc.text, SourceText.prototype);
  for (const companion of doc.companions ?? []) Object.setPrototypeOf(companion, SourceText.prototype);
  return doc;
}

/** The sections of the template family, and how to recognise each in the compacted text. */
const EXPECTED_SECTIONS: [string, RegExp][] = [
  ['部门职责', /部门职责|主要职能|主要职责/],
  ['机构设置', /机构设置|单位构成/],
  ['收入', /收入/],
  ['支出', /支出/],
  ['机关运行经费', /机关运行经?费/],
  ['三公经费', /三公经费/],
  ['预算绩效', /绩效/],
  ['政府采购', /政府采购/],
  ['国有资产', /资产/],
  ['名词解释', /名词解释/],
];

/** A heading or title: a short line that is not a sentence. Sections are looked for there, not in prose that mentions them. */
function isHeadingLike(line: string): boolean {
  return line.length > 0 && line.length <= 45 && !/[,，。;；]/.test(line);
}

const ABSENT_SUBJECT = '(?:政府性?基金(?:预算)?|国有资本经营预算|三公经费|机关运行经费|政府采购)';
const ABSENCE = new RegExp(`(?:本部门|本单位)?(?:\\d{4}年度?)?无((?:${ABSENT_SUBJECT}[、和]?)+)(?:财政拨款)?(?:收入和支出|收支|收入|支出|预算|安排的预算|安排的支出)?`, 'g');

/** Statements that a kind of budget does not exist: 本部门无国有资本经营预算、政府基金预算。 */
function findAbsences(text: SourceText): Absence[] {
  const out: Absence[] = [];
  for (const m of text.stream.matchAll(ABSENCE)) {
    for (const part of m[1].split(/[、和]/).filter(Boolean)) {
      const subject = part.replace(/^政府基金/, '政府性基金');
      if (out.some((a) => a.subject === subject)) continue;
      out.push({ subject, text: m[0], source: text.sourceAt(m.index ?? 0) });
    }
  }
  return out;
}

/** `pageStarts`: where each page starts, for a text read from a PDF or a workbook; `sheets`: a workbook's sheet names (see SourceText). */
export function parseDocument(file: string, content: string, pageStarts?: number[], sheets?: string[]): ParsedDocument {
  const text = new SourceText(file, content, pageStarts, sheets);
  const warnings: string[] = [];
  const warn = (message: string) => warnings.push(message);
  const { identity, warnings: identityWarnings } = readIdentity(text, file);
  warnings.push(...identityWarnings);

  const { tables, warnings: tableWarnings } = readTables(text);
  warnings.push(...tableWarnings);
  const keyFacts = extractKeyFacts(text);
  const performance = parsePerformance(text, warn);
  const assets = parseAssets(text);
  const stated = [...keyFacts.amounts, ...assets.amounts.filter((a) => !keyFacts.amounts.some((k) => k.concept === a.concept))];
  const fromTables = tableAmounts(tables);
  const absences = findAbsences(text);
  const figures = deriveMissing(withTableFigures(stated, fromTables.amounts), absences.map((a) => a.subject));
  const amounts = [...figures, ...confirmedBalances(text, figures)];
  const prose = statedAmounts(text);
  const counts = [...assets.counts, ...keyFacts.counts.filter((c) => !assets.counts.some((a) => a.concept === c.concept))];
  const headings = text.lines.map(compact).filter(isHeadingLike).join('\n');
  const missingSections = EXPECTED_SECTIONS.filter(([, pattern]) => !pattern.test(headings)).map(([name]) => name);
  if (missingSections.length) warn(`${file}: sections not found: ${missingSections.join('、')}`);

  const candidate = {
    identity,
    amounts,
    counts,
    statedCounts: statedCounts(text),
    executions: executionStatements(text),
    statedAmounts: [...prose, ...fromTables.passedOver.filter((t) => !prose.some((p) => p.label === t.label) && !amounts.some((a) => a.label === t.label))],
    duties: parseDuties(text),
    units: parseUnits(text, warn),
    orgListings: orgListings(text),
    selfDescription: selfDescription(text, identity.department),
    ...performance,
    projectTables: [...performance.projectTables, ...proseProjects(text, performance.projectTables)],
    projectUses: projectUses(text),
    projectSections: projectSections(text),
    procurement: procurementOf(text, warn),
    assets: assets.rows,
    assetsAsOf: assetsAsOf(text),
    glossary: parseGlossary(text),
    absences,
    tables,
    lineItems: withProseChanges(text, withProseLineItems(lineItems(tables, FUNCTIONAL_CLASS_NAMES), proseLineItems(text, identity.kind === '决算' ? '决算' : '预算'))),
    missingSections,
    warnings,
  };
  const facts = validated(file, candidate, warn);
  return { facts, checks: runChecks(facts, [text]), text };
}

/**
 * The fact base, validated. One fact that does not validate (a 0th 分项目标, a figure out of range) is
 * dropped with a warning naming it; the rest of the document still loads.
 */
function validated(file: string, candidate: Record<string, unknown>, warn: (message: string) => void): FactBase {
  for (;;) {
    const parsed = FactBase.safeParse(candidate);
    if (parsed.success) return parsed.data;
    const dropped = new Set<string>();
    for (const issue of parsed.error.issues) {
      const [field, index] = issue.path;
      const list = candidate[String(field)];
      if (!Array.isArray(list) || typeof index !== 'number' || dropped.has(`${String(field)}.${index}`)) continue;
      dropped.add(`${String(field)}.${index}`);
      const line = (list[index] as { source?: { line?: number } } | undefined)?.source?.line;
      warn(`${file}${line ? `:${line}` : ''}: dropped ${String(field)}[${index}]: ${issue.path.slice(2).join('.') || 'value'}: ${issue.message}`);
    }
    if (!dropped.size) {
      throw new BudgetBotError('INVALID_FACTS', `${file}: the parsed facts do not validate: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    for (const key of new Set([...dropped].map((d) => d.split('.')[0]))) {
      const indexes = new Set([...dropped].filter((d) => d.startsWith(`${key}.`)).map((d) => Number(d.split('.')[1])));
      candidate[key] = (candidate[key] as unknown[]).filter((_, i) => !indexes.has(i));
    }
  }
}

/** Lines the tables state win; the prose adds the codes they lack. */
function withProseLineItems(fromTables: LineItem[], fromProse: LineItem[]): LineItem[] {
  return [...fromTables, ...fromProse.filter((p) => !fromTables.some((t) => t.scheme === p.scheme && t.code === p.code))];
}

/** What 项目支出 is mainly used for, as the prose lists it: 项目支出…，主要为A、B以及C等。 */
function projectUses(text: SourceText): string[] {
  // 主要用于 names the uses where a sentence first says what project spending is (主要是单位为完成特定…).
  const m = text.stream.match(/项目支出(?:预算)?[\d.]*万元[^。]*?主要用于([^。;]+)/) ?? text.stream.match(/项目支出[\d.]*万元,主要(?:为|用于|是)([^。;]+)/);
  if (!m) return [];
  return m[1]
    .replace(/等$/, '')
    .split(/、|以及|及|和/)
    .map((s) => s.replace(/等$/, '').trim())
    .filter(Boolean);
}

/** The procurement table laid out by project (the seed's), else the one laid out by 采购品目大类 (Jiangsu's 公开12表). */
function procurementOf(text: SourceText, warn: (message: string) => void): FactBase['procurement'] {
  const byProject = parseProcurement(text, warn);
  return byProject.items.length ? byProject : { ...byProject, items: parseProcurementByClass(text) };
}
