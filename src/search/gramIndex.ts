/**
 * Strings indexed by their bigrams, for finding the names a question holds at a cost that grows
 * with the names sharing its rarer bigrams, not with all names loaded.
 */
import { bigrams } from './entities.js';

/**
 * Values (documents) past which a bigram is common: 行政, 服务 and 务局 are in thousands of
 * departments' names and tell none apart, so a mention is looked for from the rarer bigrams.
 */
const COMMON = 16;

interface Entry<T> {
  text: string;
  grams: Set<string>;
  value: T;
}

export class GramIndex<T> {
  private readonly entries: Entry<T>[] = [];
  private readonly postings = new Map<string, number[]>();
  /** Distinct values a bigram's entries carry, counted as values are added one after another. */
  private readonly values = new Map<string, { count: number; last: T }>();
  /** Entries by their rarest bigram, built on first use (once every entry is in). */
  private anchors?: Map<string, number[]>;
  /** Every character of every entry, for parts too short to have a bigram. */
  private readonly chars = new Set<string>();

  add(text: string, value: T): void {
    const id = this.entries.length;
    const grams = bigrams(text);
    this.entries.push({ text, grams, value });
    this.anchors = undefined;
    for (const ch of text) this.chars.add(ch);
    for (const gram of grams) {
      const list = this.postings.get(gram);
      if (list) list.push(id);
      else this.postings.set(gram, [id]);
      const seen = this.values.get(gram);
      if (!seen) this.values.set(gram, { count: 1, last: value });
      else if (seen.last !== value) [seen.count, seen.last] = [seen.count + 1, value];
    }
  }

  /** The values with an entry sharing one of the question's bigrams, common bigrams aside. */
  sharing(question: Set<string>): Set<T> {
    const out = new Set<T>();
    for (const gram of question) {
      if ((this.values.get(gram)?.count ?? 0) > COMMON) continue;
      for (const id of this.postings.get(gram) ?? []) out.add(this.entries[id].value);
    }
    return out;
  }

  /** The values of the entries that stand whole in `text`. Each is looked up under its rarest bigram, which `text` must hold. */
  within(text: string): T[] {
    const anchors = this.anchored();
    const out: T[] = [];
    for (const gram of bigrams(text)) for (const id of anchors.get(gram) ?? []) if (text.includes(this.entries[id].text)) out.push(this.entries[id].value);
    return out;
  }

  /** The values of the entries that hold `part` (of two characters or more): found from its rarest bigram's entries. */
  holding(part: string): Set<T> {
    return new Set(this.candidates(part).filter((id) => this.entries[id].text.includes(part)).map((id) => this.entries[id].value));
  }

  /** Whether any entry holds `part`; stops at the first. */
  holds(part: string): boolean {
    if ([...part].length === 1) return this.chars.has(part);
    return this.candidates(part).some((id) => this.entries[id].text.includes(part));
  }

  /**
   * The entries under the rarest of the part's bigrams: every entry holding the part is among them.
   * A part with no bigram of its own (a single character once spaces and marks are set aside) is
   * looked for in every entry.
   */
  private candidates(part: string): number[] {
    const grams = [...bigrams(part)];
    if (!grams.length || grams.some((gram) => gram.length < 2)) return this.entries.map((_, id) => id);
    let rarest: number[] = [];
    grams.forEach((gram, i) => {
      const list = this.postings.get(gram) ?? [];
      if (i === 0 || list.length < rarest.length) rarest = list;
    });
    return rarest;
  }

  private anchored(): Map<string, number[]> {
    if (this.anchors) return this.anchors;
    const anchors = new Map<string, number[]>();
    this.entries.forEach((entry, id) => {
      let anchor: string | undefined;
      for (const gram of entry.grams) if (!anchor || (this.postings.get(gram)?.length ?? 0) < (this.postings.get(anchor)?.length ?? 0)) anchor = gram;
      if (anchor === undefined) return;
      const list = anchors.get(anchor);
      if (list) list.push(id);
      else anchors.set(anchor, [id]);
    });
    return (this.anchors = anchors);
  }
}

/** Each bigram with the owners whose words hold it, in the owners' order. */
export function gramPostings<T>(owners: Iterable<T>, gramsOf: (owner: T) => Iterable<string>): Map<string, T[]> {
  const postings = new Map<string, T[]>();
  for (const owner of owners) {
    for (const gram of gramsOf(owner)) {
      const list = postings.get(gram);
      if (list) list.push(owner);
      else postings.set(gram, [owner]);
    }
  }
  return postings;
}

/** For each owner sharing a bigram with the question, the bigrams it shares: every bigram, common ones too. */
export function sharedGrams<T>(question: Set<string>, postings: Map<string, T[]>): Map<T, Set<string>> {
  const shared = new Map<T, Set<string>>();
  for (const gram of question) {
    for (const owner of postings.get(gram) ?? []) {
      const set = shared.get(owner);
      if (set) set.add(gram);
      else shared.set(owner, new Set([gram]));
    }
  }
  return shared;
}
