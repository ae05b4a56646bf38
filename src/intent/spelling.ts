/**
 * Spelling repair for English questions: a word mistyped by one letter (procurment, govenment,
 * recepton) is read as the one vocabulary word it is a slip of. The vocabulary is passed in: the
 * words of the English terms and phrases the knowledge names things by, and the words that ask
 * a measure. A word the vocabulary holds, an English word of its own (by the `isWord` passed in), a
 * short word, or a slip of two vocabulary words alike is left as typed.
 */
import type { Repair } from './typos.js';

/**
 * Words shorter than this are not repaired: short English words lie one letter from each other too often
 * (count and court, total and tonal) for a slip to be told from a word the vocabulary lacks.
 */
const MIN_WORD = 6;

/** Words that ask a measure of a figure, mistyped as often as names are: part of every vocabulary. */
export const ENGLISH_MEASURE_WORDS = ['percentage', 'proportion', 'increase', 'increased', 'decrease', 'decreased', 'difference', 'compared', 'change', 'changed', 'reason', 'largest', 'smallest', 'highest', 'lowest', 'department', 'allocated', 'budgeted', 'breakdown'];

/** Whether `a` becomes `b` by one letter changed, added, dropped, or two neighbours swapped. */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    return swapped || a.slice(i + 1) === b.slice(i + 1);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export class EnglishSpelling {
  private readonly known: Set<string>;
  /** Vocabulary words by length, so a typed word is measured only against words one letter longer or shorter. */
  private readonly byLength = new Map<number, string[]>();

  /**
   * `isWord`: whether a word is English at all, which is then never a slip (season is no reason). Default:
   * every word the vocabulary lacks may be one.
   */
  constructor(
    vocabulary: Iterable<string>,
    private readonly isWord: (word: string) => boolean = () => false,
  ) {
    this.known = new Set([...vocabulary].flatMap((phrase) => phrase.toLowerCase().split(/[^a-z]+/)).filter(Boolean));
    for (const word of this.known) {
      if (word.length < MIN_WORD) continue;
      const list = this.byLength.get(word.length);
      if (list) list.push(word);
      else this.byLength.set(word.length, [word]);
    }
  }

  /** The question with every mistyped word written as the vocabulary writes it, or undefined where none is. */
  repair(text: string): Repair | undefined {
    const typed: string[] = [];
    const words: string[] = [];
    const repaired = text.replace(/[a-z]+/g, (word) => {
      const meant = this.meant(word);
      if (!meant) return word;
      typed.push(word);
      words.push(meant);
      return meant;
    });
    return typed.length ? { text: repaired, typed: typed.join(', '), word: words.join(', ') } : undefined;
  }

  /** The one vocabulary word a typed word is a slip of; none where it is known, short, a plural, or two fit. */
  private meant(word: string): string | undefined {
    if (word.length < MIN_WORD || this.known.has(word) || this.pluralOfKnown(word) || this.isWord(word)) return undefined;
    const near = [word.length - 1, word.length, word.length + 1].flatMap((n) => (this.byLength.get(n) ?? []).filter((known) => oneSlipApart(word, known)));
    // A plural of a known word (expenses beside expense) is the same word: one reading, not two.
    const distinct = near.filter((w) => !near.some((other) => other !== w && (w === `${other}s` || w === `${other}es`)));
    return distinct.length === 1 ? distinct[0] : undefined;
  }

  /** offices of office, boxes of box: a plural the vocabulary holds the singular of. */
  private pluralOfKnown(word: string): boolean {
    return (word.endsWith('s') && this.known.has(word.slice(0, -1))) || (word.endsWith('es') && this.known.has(word.slice(0, -2)));
  }
}
