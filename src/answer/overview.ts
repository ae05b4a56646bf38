/**
 * One screen on a whole disclosure, for someone who does not yet know what to ask: the total and
 * its change, spending by type, 三公 and 机关运行经费, the largest projects and purchases, the
 * performance targets, and for a 决算 the budget against the actual. Each line cites its source; a
 * line the disclosure gives nothing for is left out. Built once per document and language.
 */
import type { Lexicon } from '../intent/lexicon.js';
import type { ParsedDocument } from '../parse/document.js';
import type { ConceptKey } from '../schema/concept.js';
import type { Amount, FactBase, Source } from '../schema/fact.js';
import { changeOf, findAmount } from './amounts.js';
import { answer, cite, num, wanRounded, type Answer, type Lang } from './answer.js';
import { changeText, reasonText } from './change.js';
import { docLabel } from './compare.js';
import { pricedProjects, isWholeDepartment } from './projects.js';
import { strings, type Strings } from './strings/index.js';

/** Projects, purchases and variances named on a line: enough to see what dominates, few enough for one screen. */
const TOP = 3;
/** A stated reason past this many characters is cut: the overview points at it, the reason question gives it whole. */
const REASON_CHARS = 60;
/** Spending by type, as the templates break the total down. */
const SPENDING_TYPES: ConceptKey[] = ['expense.basic', 'expense.project', 'expense.reserve'];
const BASIC_PARTS: ConceptKey[] = ['expense.personnel', 'expense.public'];
const SANGONG_PARTS: ConceptKey[] = ['sangong.abroad', 'sangong.vehicle', 'sangong.reception'];
/** The figure the overview leads with: the first of these the disclosure states. */
const TOTALS: ConceptKey[] = ['budget.total', 'expense.total', 'income.total'];
/** A stated count that says how many projects have performance targets (编报绩效目标的项目50个). */
const TARGET_COUNT = /绩效目标/;

interface Line {
  text: string;
  sources: Source[];
}

interface Reading {
  facts: FactBase;
  s: Strings;
  english: boolean;
  lexicon: Lexicon;
}

const built = new WeakMap<FactBase, Partial<Record<Lang, Answer>>>();

/** The overview of a document, in the language asked: built on first request, then kept with the document. */
export function overviewAnswer(doc: ParsedDocument, lexicon: Lexicon, english: boolean): Answer {
  const lang: Lang = english ? 'en' : 'zh';
  const known = built.get(doc.facts) ?? {};
  if (!known[lang]) built.set(doc.facts, { ...known, [lang]: buildOverview(doc, { facts: doc.facts, s: strings(lang), english, lexicon }) });
  return built.get(doc.facts)![lang]!;
}

function buildOverview(doc: ParsedDocument, r: Reading): Answer {
  const lines = [totalLine(r), executionLine(r), variancesLine(r), structureLine(r), sangongLine(r), amountLine(r, 'admin'), projectsLine(r), procurementLine(r), targetsLine(r)].filter((l): l is Line => !!l);
  const shown = lines.map((l) => r.s.overview.line(l.text, refOf(l.sources[0], r.s)));
  const body = [r.s.overview.title(docLabel(r.facts)), ...(shown.length ? shown : [r.s.overview.none])].join('\n');
  const warnings = doc.checks.filter((c) => !c.ok).map((c) => r.s.checkFailed(c.detail));
  return answer('overview', body, r.english, cite(...lines.flatMap((l) => l.sources)), { warnings });
}

/** Where a line's first source stands, as the reader finds it in the file. */
function refOf(source: Source | undefined, s: Strings): string {
  const [c] = cite(source);
  return c ? s.ref(c) : '';
}

/** A concept's name as the reader's language has it; a 决算's figures are actuals, not 预算. */
function nameOf(r: Reading, concept: ConceptKey): string {
  const entry = r.lexicon.concepts[concept];
  if (r.english) return entry?.en ?? concept;
  const name = entry?.name ?? concept;
  return r.facts.identity.kind === '决算' ? name.replace(/预算/g, '') || name : name;
}

function amountText(r: Reading, a: Amount): string {
  return r.s.overview.amount(nameOf(r, a.concept), wanRounded(a.value));
}

function shortReason(reason: string | undefined): string | undefined {
  return reason && reason.length > REASON_CHARS ? `${reason.slice(0, REASON_CHARS)}…` : reason;
}

function totalLine(r: Reading): Line | undefined {
  const total = TOTALS.map((c) => findAmount(r.facts, c)).find((a): a is Amount => !!a);
  if (!total) return undefined;
  const change = changeOf(r.facts, total);
  const stated = { change: change && { ...change, reason: shortReason(change.reason) } };
  const text = r.s.overview.total(amountText(r, total), changeText(stated, r.english), reasonText(stated, r.english));
  return { text: text.trim(), sources: [total.source, change?.source, change?.reasonSource].filter((s): s is Source => !!s) };
}

/** A 决算's total against the budget it was set against, where the disclosure states both. */
function executionLine(r: Reading): Line | undefined {
  const total = TOTALS.map((c) => findAmount(r.facts, c)).find((a) => a?.budgeted);
  if (!total?.budgeted) return undefined;
  const rate = ((total.value / total.budgeted) * 100).toFixed(2);
  return { text: r.s.overview.execution(wanRounded(total.budgeted), wanRounded(total.value), rate), sources: [total.source] };
}

/** The lines of a 决算 whose actual differs most from their budget. */
function variancesLine(r: Reading): Line | undefined {
  const gap = (e: FactBase['executions'][number]) => Math.abs(e.actual - e.budgeted);
  const top = [...r.facts.executions].filter((e) => gap(e) > 0).sort((a, b) => gap(b) - gap(a)).slice(0, TOP);
  if (!top.length) return undefined;
  const items = top.map((e) => r.s.overview.variance(e.name, wanRounded(e.budgeted), wanRounded(e.actual)));
  return { text: r.s.overview.variances(items), sources: top.map((e) => e.source) };
}

/** 基本 / 项目 (/ 预备费) with their shares of spending, 基本 split into 人员 and 公用. */
function structureLine(r: Reading): Line | undefined {
  const whole = findAmount(r.facts, 'expense.total');
  const types = SPENDING_TYPES.map((c) => findAmount(r.facts, c)).filter((a): a is Amount => !!a && a.value > 0);
  if (types.length < 2) return undefined;
  const basicParts = BASIC_PARTS.map((c) => findAmount(r.facts, c)).filter((a): a is Amount => !!a);
  // Shares are of total spending; where it is not stated, the figures stand alone.
  const parts = types.map((a) => {
    const within = a.concept === 'expense.basic' ? basicParts.map((p) => amountText(r, p)) : [];
    return whole?.value ? r.s.overview.share(amountText(r, a), ((a.value / whole.value) * 100).toFixed(2), within) : amountText(r, a);
  });
  return { text: r.s.overview.structure(parts), sources: [...types, ...basicParts].map((a) => a.source) };
}

function sangongLine(r: Reading): Line | undefined {
  const total = findAmount(r.facts, 'sangong.total');
  if (!total) return undefined;
  const parts = SANGONG_PARTS.map((c) => findAmount(r.facts, c)).filter((a): a is Amount => !!a);
  return { text: r.s.overview.sangong(amountText(r, total), parts.map((p) => amountText(r, p))), sources: [total.source, ...parts.map((p) => p.source)] };
}

function amountLine(r: Reading, concept: ConceptKey): Line | undefined {
  const found = findAmount(r.facts, concept);
  return found && { text: amountText(r, found), sources: [found.source] };
}

function projectsLine(r: Reading): Line | undefined {
  const projects = pricedProjects(r.facts).sort((a, b) => b.funds - a.funds);
  if (projects.length < 2) return undefined;
  const top = projects.slice(0, TOP);
  return { text: r.s.overview.projects(projects.length, top.map((p) => r.s.overview.amount(p.name, wanRounded(p.funds)))), sources: top.map((p) => p.source) };
}

function procurementLine(r: Reading): Line | undefined {
  const total = findAmount(r.facts, 'procurement.total');
  const items = r.facts.procurement.items;
  const top = [...items].sort((a, b) => b.amount - a.amount).slice(0, TOP);
  if (!total && !top.length) return undefined;
  const head = total ? amountText(r, total) : nameOf(r, 'procurement.total');
  // An item bought under several projects (工程造价咨询服务 twice) is told apart by its project.
  const named = (i: (typeof items)[number]) => (items.filter((o) => o.item === i.item).length > 1 ? r.s.overview.purchase(i.item, i.project) : i.item);
  const shown = top.map((i) => r.s.overview.amount(named(i), wanRounded(i.amount)));
  return { text: r.s.overview.procurement(head, shown), sources: [total?.source, ...top.map((i) => i.source)].filter((s): s is Source => !!s) };
}

/** The performance target (or self-evaluation) tables and their indicators; else the count of projects with targets the prose states. */
function targetsLine(r: Reading): Line | undefined {
  const tables = r.facts.projectTables.filter((t) => !isWholeDepartment(t.project));
  if (tables.length) {
    const indicators = tables.reduce((n, t) => n + t.rows.length, 0);
    // A 决算's tables score the year's results against the targets: self-evaluations, not targets.
    const told = tables.every((t) => t.selfEvaluation) ? r.s.overview.selfEvaluations : r.s.overview.targets;
    return { text: told(tables.length, indicators), sources: [tables[0].source] };
  }
  const stated = r.facts.statedCounts.find((c) => TARGET_COUNT.test(c.label));
  return stated && { text: r.s.overview.stated(stated.label, num(stated.value), stated.unit), sources: [stated.source] };
}
