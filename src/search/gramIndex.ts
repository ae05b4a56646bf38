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

  add(text: string, value: T): void {
    const id = this.entries.length;
    const grams = bigrams(text);
    this.entries.push({ text, grams, value });
    this.anchors = undefined;
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
    let rarest: number[] | undefined;
    for (const gram of bigrams(part)) {
      const list = this.postings.get(gram) ?? [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    return new Set((rarest ?? []).filter((id) => this.entries[id].text.includes(part)).map((id) => this.entries[id].value));
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
