/**
 * One scored resolver of what a question names among a document's named things. Each thing is
 * matched by character bigrams of its name and of its core (the name without generic endings),
 * each bigram weighted by how few names share it, so that 扫描档案 finds 档案扫描服务费 and 技术评估
 * finds 建设项目环境影响技术评估服务费 while 费 or 服务 alone find nothing. Bigrams need no word list
 * and no tokenizer load, which keeps every answer within a millisecond.
 */
import { bigrams, type Entity, type EntityKind } from '../search/entities.js';
import { nameForms } from './shortNames.js';

export interface Reading {
  entity: Entity;
  /** Bigrams of the best-matched form found in the question. */
  matched: number;
  /** Share of that form's bigrams found in the question (1: named in full). */
  coverage: number;
  /** The matched bigrams' weights summed: how much of what singles the thing out the question says. */
  weight: number;
}

interface Form {
  text: string;
  grams: string[];
}

/** How much the bigrams' rarity counts beside their number: enough to break ties toward rarer words. */
export const IDF_SHARE = 0.1;
/** A run of this many characters shared with one name alone names it (技术评估). */
const DISTINCT_RUN = 4;

export class Resolver {
  private readonly forms = new Map<Entity, Form[]>();
  private readonly idf = new Map<string, number>();
  /** Bigrams found in exactly one name. */
  private readonly unique = new Set<string>();

  constructor(entities: Entity[]) {
    const df = new Map<string, number>();
    const names = new Set<string>();
    for (const entity of entities) {
      const forms = nameForms(entity.name).map((text) => ({ text, grams: [...bigrams(text)] }));
      this.forms.set(entity, forms);
      if (names.has(entity.name)) continue;
      names.add(entity.name);
      for (const gram of new Set(forms.flatMap((f) => f.grams))) df.set(gram, (df.get(gram) ?? 0) + 1);
    }
    for (const [gram, n] of df) {
      this.idf.set(gram, Math.log(1 + names.size / n));
      if (n === 1) this.unique.add(gram);
    }
  }

  /**
   * The things the text mentions, best first. `prefer` adds to a kind's score where the question's
   * words favour it (采购 → procurement rows); `kinds` limits the search.
   */
  readings(text: string, prefer: (kind: EntityKind) => number = () => 0, kinds?: EntityKind[]): Reading[] {
    const q = bigrams(text);
    const found: (Reading & { score: number })[] = [];
    for (const [entity, forms] of this.forms) {
      if (kinds && !kinds.includes(entity.kind)) continue;
      let best: Reading | undefined;
      for (const form of forms) {
        const reading = this.match(q, text, entity, form);
        if (reading && (!best || reading.coverage + reading.weight > best.coverage + best.weight)) best = reading;
      }
      if (best) found.push({ ...best, score: best.matched + best.coverage + prefer(entity.kind) + IDF_SHARE * best.weight });
    }
    return found.sort((a, b) => b.score - a.score);
  }

  private match(q: Set<string>, text: string, entity: Entity, form: Form): Reading | undefined {
    let matched = 0;
    let weight = 0;
    let total = 0;
    let distinct = false;
    for (const gram of form.grams) {
      const w = this.idf.get(gram) ?? 1;
      total += w;
      if (!q.has(gram)) continue;
      matched++;
      weight += w;
      distinct ||= this.unique.has(gram);
    }
    if (!matched) return undefined;
    const coverage = form.grams.length ? matched / form.grams.length : 0;
    const weighted = total ? weight / total : 0;
    const mentioned =
      matched >= 4 ||
      (matched >= 2 && coverage >= 0.4) ||
      coverage === 1 ||
      (distinct && (coverage >= 0.25 || weighted >= 0.3)) ||
      (distinct && this.sharedRun(text, form.text) >= DISTINCT_RUN);
    return mentioned ? { entity, matched, coverage, weight } : undefined;
  }

  /** The longest run of characters the text and a name share. */
  private sharedRun(text: string, name: string): number {
    let longest = 0;
    for (let i = 0; i < name.length; i++) {
      for (let len = longest + 1; i + len <= name.length && text.includes(name.slice(i, i + len)); len++) longest = len;
    }
    return longest;
  }
}
