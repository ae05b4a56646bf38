/**
 * Which loaded document a question is about: the one it names (department, unit or year), else
 * the conversation's last one, else the only one loaded. Several candidates and no clue → ask.
 */
import type { RefusalReason } from '../answer/refuse.js';
import type { Frame } from '../intent/frame.js';
import type { ParsedDocument } from '../parse/document.js';
import { bigrams, mention } from '../search/entities.js';
import { GramIndex } from '../search/gramIndex.js';

/** Generic words of body names that say nothing about which body is meant. */
const GENERIC = /省|市|区|县|人民|政府|部门|办公|中心|委员会/g;

export type Route<D> = { kind: 'doc'; doc: D } | { kind: 'refuse'; reason: RefusalReason; detail?: string };

/** What routing compares a question with, computed once a document. */
export interface RoutingNames {
  /** The department's full name, which a question may quote exactly. */
  department: string;
  /** Department and unit names without generic words, for partial mentions. */
  names: string[];
}

export function routingNames(doc: ParsedDocument): RoutingNames {
  const { department } = doc.facts.identity;
  return { department, names: [department, ...doc.facts.units.map((u) => u.name)].map((n) => n.replace(GENERIC, '')) };
}

/** A question that quotes a department's full name is about that department, whatever else matches partly. */
const EXACT_NAME = 1000;

/**
 * The loaded documents indexed by body (name bigrams), year, file and id, built once per engine's
 * document list: routing a question costs what the documents its words name cost, not a pass over
 * every document. A document mentioned only through bigrams that more than 16 documents share
 * (行政服务局 without its place) is not told apart by them, and is not scored.
 */
class DocumentIndex<D extends ParsedDocument & { routing: RoutingNames }> {
  /** Department and unit names without generic words, for partial mentions. */
  readonly names = new GramIndex<D>();
  /** Full department names, which a question may quote. */
  readonly departments = new GramIndex<D>();
  /** What a question may name in full (the department, or a name of three characters or more). */
  readonly quotable = new GramIndex<D>();
  readonly byId = new Map<string, D>();
  readonly byFile = new Map<string, D>();
  readonly byYear = new Map<number, D[]>();
  /** Load order, for answers that a pass over the documents would give in that order. */
  readonly position = new Map<D, number>();

  constructor(docs: D[]) {
    for (const doc of docs) {
      this.position.set(doc, this.position.size);
      const { id, file, year, department } = doc.facts.identity;
      for (const name of doc.routing.names) this.names.add(name, doc);
      this.departments.add(department, doc);
      for (const name of [department, ...doc.routing.names.filter((n) => n.length >= 3)]) this.quotable.add(name, doc);
      if (!this.byId.has(id)) this.byId.set(id, doc);
      if (!this.byFile.has(file)) this.byFile.set(file, doc);
      const ofYear = year === null ? undefined : this.byYear.get(year);
      if (ofYear) ofYear.push(doc);
      else if (year !== null) this.byYear.set(year, [doc]);
    }
  }

  /** In load order. */
  ordered(docs: Iterable<D>): D[] {
    return [...docs].sort((a, b) => (this.position.get(a) ?? 0) - (this.position.get(b) ?? 0));
  }

}

const indexes = new WeakMap<object, DocumentIndex<never>>();

function indexOf<D extends ParsedDocument & { routing: RoutingNames }>(docs: D[]): DocumentIndex<D> {
  let index = indexes.get(docs) as DocumentIndex<D> | undefined;
  if (!index) indexes.set(docs, (index = new DocumentIndex(docs)) as DocumentIndex<never>);
  return index;
}

export function routeDocument<D extends ParsedDocument & { routing: RoutingNames }>(docs: D[], frame: Frame, lastDoc?: string): Route<D> {
  if (docs.length === 1) return { kind: 'doc', doc: docs[0] };
  if (!docs.length) return { kind: 'refuse', reason: 'offTopic' };
  const index = indexOf(docs);
  const nameScores = new Map<D, number>();
  for (const doc of index.departments.within(frame.text)) nameScores.set(doc, EXACT_NAME);
  const q = bigrams(frame.text.replace(GENERIC, ''));
  // Only documents sharing a bigram with the question can be mentioned; each is scored on all its names.
  for (const doc of index.names.sharing(q)) {
    for (const name of doc.routing.names) {
      const m = mention(q, name);
      if (m.matched >= 2) nameScores.set(doc, Math.max(nameScores.get(doc) ?? 0, m.matched + m.coverage));
    }
  }
  // A document the question names outscores any that only share its year; with none named, the year alone decides.
  const scored = nameScores.size ? [...nameScores] : frame.years.flatMap((y) => index.byYear.get(y) ?? []).map((doc): [D, number] => [doc, 0]);
  let best = 0;
  let top: D[] = [];
  for (const [doc, nameScore] of scored) {
    const year = doc.facts.identity.year;
    const score = nameScore * 10 + (year !== null && frame.years.includes(year) ? 1 : 0);
    if (score > best) [best, top] = [score, [doc]];
    else if (score === best && score > 0 && !top.includes(doc)) top.push(doc);
  }
  if (best > 0 && top.length === 1) return { kind: 'doc', doc: top[0] };
  const last = lastDoc === undefined ? undefined : index.byId.get(lastDoc);
  if (last) return { kind: 'doc', doc: last };
  return { kind: 'refuse', reason: 'which' };
}

/** The documents a question names in full (its department, or a name of three characters or more), in load order. */
export function documentsNamedIn<D extends ParsedDocument & { routing: RoutingNames }>(docs: D[], text: string): D[] {
  const index = indexOf(docs);
  return index.ordered(new Set(index.quotable.within(text)));
}

/** Whether a loaded department's name holds `name`. */
export function departmentHolds<D extends ParsedDocument & { routing: RoutingNames }>(docs: D[], name: string): boolean {
  return indexOf(docs).departments.holds(name);
}

/** Whether a document covers `year`, as its own year or as the year before it (the 上年 it reports). */
export function coversYear<D extends ParsedDocument & { routing: RoutingNames }>(docs: D[], year: number): boolean {
  const byYear = indexOf(docs).byYear;
  return byYear.has(year) || byYear.has(year + 1);
}

/** The first document, in load order, whose file is `name` or whose department holds it. */
export function documentNamed<D extends ParsedDocument & { routing: RoutingNames }>(docs: D[], name: string): D | undefined {
  if ([...name].length < 2) return docs.find((d) => d.facts.identity.file === name || d.routing.department.includes(name));
  const index = indexOf(docs);
  const byFile = index.byFile.get(name);
  return index.ordered([...(byFile ? [byFile] : []), ...index.departments.holding(name)])[0];
}
