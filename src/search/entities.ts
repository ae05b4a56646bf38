/**
 * Named things of a fact base that a question can point at (procurement items and projects,
 * 绩效目标表, 分项目标, glossary terms, units), matched by character-bigram overlap. Bigrams
 * suit Chinese names: 环境影响技术评估 finds 建设项目环境影响技术评估服务费 without any word list.
 */
import type { AssetRow, ExecutionStatement, FactBase, StatedAmount, GlossaryTerm, OrgUnit, ProcurementItem, ProcurementSubtotal, ProjectTable, SubGoal } from '../schema/fact.js';
import type { LineItem } from '../schema/table.js';

export type Entity =
  | { kind: 'procItem'; name: string; item: ProcurementItem }
  | { kind: 'procProject'; name: string; items: ProcurementItem[] }
  | { kind: 'procUnit'; name: string; subtotal: ProcurementSubtotal }
  | { kind: 'table'; name: string; table: ProjectTable }
  | { kind: 'subGoal'; name: string; goal: SubGoal }
  | { kind: 'glossary'; name: string; term: GlossaryTerm }
  | { kind: 'unit'; name: string; unit: OrgUnit }
  | { kind: 'asset'; name: string; row: AssetRow }
  | { kind: 'lineItem'; name: string; item: LineItem }
  | { kind: 'execution'; name: string; statement: ExecutionStatement }
  | { kind: 'statedAmount'; name: string; amount: StatedAmount };

export type EntityKind = Entity['kind'];

export function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/[\s()（）、,，。:：《》〈〉“”‘’"']/g, '')];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  if (chars.length === 1) out.add(chars[0]);
  return out;
}

export interface Scored<T> {
  entry: T;
  /** Bigrams of the name found in the question. */
  matched: number;
  /** Share of the name's bigrams found in the question. */
  coverage: number;
}

/** Bigrams of names, which recur on every question: computed once each. */
const nameGrams = new Map<string, Set<string>>();
/** Names are bounded by the loaded documents; this bound only guards against unbounded growth. */
const MAX_CACHED_NAMES = 200_000;

function gramsOfName(name: string): Set<string> {
  let grams = nameGrams.get(name);
  if (!grams) {
    grams = bigrams(name);
    if (nameGrams.size < MAX_CACHED_NAMES) nameGrams.set(name, grams);
  }
  return grams;
}

/** How well `name` is mentioned in a question whose bigrams are `question`. */
export function mention(question: Set<string>, name: string): { matched: number; coverage: number } {
  const own = gramsOfName(name);
  let matched = 0;
  for (const b of own) if (question.has(b)) matched++;
  return { matched, coverage: own.size ? matched / own.size : 0 };
}

/** The project table of this name, where there is one (a procurement project and its 绩效目标表 share a name). */
export function tableNamed(entities: Entity[], name: string): Extract<Entity, { kind: 'table' }> | undefined {
  return entities.find((e): e is Extract<Entity, { kind: 'table' }> => e.kind === 'table' && e.name === name);
}

/** Whether the characters of `short` stand in `name` in the same order (省高院 in 江苏省高级人民法院). */
export function inOrder(short: string, name: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = name.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** A mention is real when several bigrams match, or most of a short name does. */
export function isMention(score: { matched: number; coverage: number }): boolean {
  return score.matched >= 4 || (score.matched >= 2 && score.coverage >= 0.4) || (score.matched >= 1 && score.coverage === 1);
}

export function listEntities(facts: FactBase): Entity[] {
  const entities: Entity[] = [];
  const projects = new Map<string, ProcurementItem[]>();
  for (const item of facts.procurement.items) {
    entities.push({ kind: 'procItem', name: item.item, item });
    projects.set(item.project, [...(projects.get(item.project) ?? []), item]);
  }
  for (const [name, items] of projects) entities.push({ kind: 'procProject', name, items });
  for (const subtotal of facts.procurement.subtotals) entities.push({ kind: 'procUnit', name: subtotal.unit, subtotal });
  for (const table of facts.projectTables) entities.push({ kind: 'table', name: table.project, table });
  for (const goal of facts.subGoals) entities.push({ kind: 'subGoal', name: goal.name.replace(/^开展/, ''), goal });
  for (const term of facts.glossary) entities.push({ kind: 'glossary', name: term.term, term });
  for (const unit of facts.units) entities.push({ kind: 'unit', name: unit.name, unit });
  for (const row of facts.assets) entities.push({ kind: 'asset', name: row.name.replace(/\(.*\)$/, ''), row });
  for (const item of facts.lineItems) entities.push({ kind: 'lineItem', name: item.name, item });
  for (const statement of facts.executions) entities.push({ kind: 'execution', name: statement.name, statement });
  for (const amount of facts.statedAmounts) entities.push({ kind: 'statedAmount', name: amount.label, amount });
  return entities;
}

/** Bigrams that occur in exactly one name of a document: 渣土 alone is enough to mean 渣土处置费. */
export function distinctiveBigrams(entities: Entity[]): Set<string> {
  const df = new Map<string, number>();
  for (const e of new Set(entities.map((x) => x.name))) for (const b of gramsOfName(e)) df.set(b, (df.get(b) ?? 0) + 1);
  return new Set([...df].filter(([, n]) => n === 1).map(([b]) => b));
}

/**
 * Entities mentioned in the question, best first. `prefer` breaks near-ties toward kinds the
 * aspects suggest; a name also counts as mentioned by one of its `distinctive` bigrams.
 */
export function findEntities(question: string, entities: Entity[], prefer: (kind: EntityKind) => number, distinctive: Set<string> = new Set()): Scored<Entity>[] {
  const q = bigrams(question);
  const found: Scored<Entity>[] = [];
  for (const entry of entities) {
    const score = mention(q, entry.name);
    if (score.matched === 0) continue;
    if (isMention(score) || (score.coverage >= 0.25 && [...gramsOfName(entry.name)].some((b) => q.has(b) && distinctive.has(b)))) found.push({ entry, ...score });
  }
  return found.sort((a, b) => b.matched + b.coverage + prefer(b.entry.kind) - (a.matched + a.coverage + prefer(a.entry.kind)));
}
