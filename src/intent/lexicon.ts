/**
 * The curated knowledge in knowledge/: concept names and the ways users say them (Chinese and
 * English), colloquial synonyms and English words for things disclosures name. Data, not code:
 * adding a phrasing never needs a code change. Knowledge is passed in (a `Lexicon` built from it);
 * the shipped folder is read on first use, never at import.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConceptKey } from '../schema/concept.js';

const CJK = /[\u4e00-\u9fa5]/;

export const ConceptEntry = z.object({
  name: z.string(),
  en: z.string(),
  terms: z.array(z.string()),
  enTerms: z.array(z.string()),
  count: z.boolean().optional(),
});
export type ConceptEntry = z.infer<typeof ConceptEntry>;

/** Every concept of the enumeration has its entry: a concept the parser knows but users cannot name is a gap. */
export const Concepts = z.record(ConceptKey, ConceptEntry);
export type Concepts = z.infer<typeof Concepts>;

/** What the intent layer knows of the words of every disclosure. */
export const Knowledge = z.object({
  concepts: Concepts,
  /** Colloquial word → the standard word (公车 → 公务用车). */
  synonyms: z.record(z.string(), z.string()),
  /** English word → the Chinese word names use (desktop computer → 台式计算机). */
  english: z.record(z.string(), z.string()),
});
export type Knowledge = z.infer<typeof Knowledge>;

const SHIPPED = fileURLToPath(new URL('../../knowledge/', import.meta.url));

/** Reads knowledge from a folder laid out as knowledge/ is (concepts.json, synonyms.json, english.json). Default: the shipped folder. */
export function loadKnowledge(dir = SHIPPED): Knowledge {
  const read = (name: string) => JSON.parse(readFileSync(`${dir.replace(/\/?$/, '/')}${name}`, 'utf8'));
  return Knowledge.parse({ concepts: read('concepts.json'), synonyms: read('synonyms.json').replace, english: read('english.json').words });
}

export interface TermMatch {
  concept: ConceptKey;
  term: string;
  at: number;
  /** The concept is a count (车辆数), not a money figure. */
  count?: boolean;
}

/** The ending of a concept's name that says it is money (项目|支出, 人员|经费), which everyday speech drops. */
const MONEY_ENDING = /(?:支出|经费|收入|资金)$/;
/** What follows a concept's stem when it is said as an area of money: 项目的钱, 公用方面的开支. */
const AREA_SAID = ['的钱', '方面的钱', '方面', '的开支', '的开销', '的花销'];
/**
 * What may stand before such a stem: the start, or a word that ends before it (咱们搞项目的钱), never the
 * rest of a longer noun (退休人员的钱 is no 人员经费).
 */
const AREA_BEFORE = /^$|[^\u4e00-\u9fa5]$|[的们搞干做办弄在里上给把对用那这是有些和与及年]$/;

/** 项目的钱 / 人员方面的开支 for 项目支出 / 人员经费: a concept's name without its money ending, said as an area of money. */
function areaTerms(name: string): string[] {
  const stem = name.replace(MONEY_ENDING, '');
  return stem !== name && stem.length >= 2 ? AREA_SAID.map((said) => `${stem}${said}`) : [];
}

/** A term as matched; `area`: a stem said as an area of money (项目的钱), which must start a word of the question. */
interface Term {
  concept: ConceptKey;
  term: string;
  area?: boolean;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * 办公用房租赁 holds 房租, whose canonical form 租赁费 it already goes on to say: a colloquial word whose
 * end starts its canonical form, followed by the rest of that start (房租|赁), is part of another
 * word and is not rewritten. The same, mirrored, where its start ends the canonical form.
 */
function overlapAfter(from: string, to: string): string {
  const ends = [...Array(Math.min(from.length, to.length - 1)).keys()].map((i) => i + 1).filter((k) => from.endsWith(to.slice(0, k)));
  return ends.map((k) => `(?!${escape(to[k])})`).join('');
}

function overlapBefore(from: string, to: string): string {
  const starts = [...Array(Math.min(from.length, to.length - 1)).keys()].map((i) => i + 1).filter((k) => from.startsWith(to.slice(-k)));
  return starts.map((k) => `(?<!${escape(to[to.length - k - 1])})`).join('');
}

/** A word pointing at one thing just named (信访业务这个项目). */
const POINTED_AT = /(?:这个|这一|该|那个|此)$/;

/** The knowledge, compiled for matching: terms longest first, synonym patterns, English words. */
export class Lexicon {
  readonly concepts: Concepts;
  /** Every concept name and term, which no unnamed subject is part of. */
  readonly words: string[];
  /** Every English term and phrase the knowledge reads, the words a mistyped English word may be a slip of. */
  readonly englishVocabulary: string[];
  private readonly terms: Term[];
  private readonly enTerms: Term[];
  /** English terms of several words by their words in any order (overseas official travel = official overseas travel). */
  private readonly enTermsByWords: Map<string, Term>;
  private readonly synonyms: { from: string; pattern: RegExp; to: string }[];
  /** The colloquial words of the synonyms by their first character. */
  private readonly synonymsByLead = new Map<string, string[]>();
  private readonly english: { en: string; zh: string; pattern: RegExp }[];
  /** Every word of the English phrases: a plural one of them uses (services) is not singularised. */
  private readonly englishWords: Set<string>;

  constructor(knowledge: Knowledge) {
    this.concepts = knowledge.concepts;
    const entries = ConceptKey.options.map((concept) => [concept, knowledge.concepts[concept]] as const);
    this.words = entries.flatMap(([, e]) => [e.name, ...e.terms]);
    // A plural phrase is also said in the singular before another noun (fixed asset value); single words
    // are not singularised: works (工程) is no work.
    const withSingular = (term: string) => (/ \S+[^s]s$/.test(term) ? [term, term.slice(0, -1)] : [term]);
    this.enTerms = entries
      // The concept's own English name (official vehicle purchase) is a term of it too.
      .flatMap(([concept, e]) => [...new Set([e.en, ...e.enTerms].filter(Boolean).flatMap((term) => withSingular(term.toLowerCase())))].map((term) => ({ concept, term })))
      .sort((a, b) => b.term.length - a.term.length);
    this.enTermsByWords = new Map(this.enTerms.filter((t) => /^[a-z]+(?: [a-z]+)+$/.test(t.term)).map((t) => [wordsKey(t.term.split(' ')), t]));
    this.synonyms = Object.entries(knowledge.synonyms)
      .sort((a, b) => b[0].length - a[0].length)
      .map(([from, to]) => {
        // Do not rewrite a word that already stands inside its canonical form (计算机 in 台式计算机).
        const k = to.indexOf(from);
        const before = k > 0 ? `(?<!${escape(to.slice(0, k))})` : '';
        const after = k >= 0 && k + from.length < to.length ? `(?!${escape(to.slice(k + from.length))})` : '';
        return { from, pattern: new RegExp(`${before}${overlapBefore(from, to)}${escape(from)}${after}${overlapAfter(from, to)}`, 'g'), to };
      });
    for (const { from } of this.synonyms) {
      const words = this.synonymsByLead.get(from[0]);
      if (words) words.push(from);
      else this.synonymsByLead.set(from[0], [from]);
    }
    this.english = Object.entries(knowledge.english)
      .sort((a, b) => b[0].length - a[0].length)
      .map(([en, zh]) => ({ en, zh, pattern: new RegExp(`\\b${en}\\b`, 'g') }));
    this.englishWords = new Set(this.english.flatMap(({ en }) => en.split(/\W+/)));
    this.englishVocabulary = [...this.enTerms.map((t) => t.term), ...this.english.map((e) => e.en)];
    // Terms are matched in questions the synonyms have already rewritten (去年 → 上年), so each is
    // rewritten the same way: 去年剩下 matches as 上年剩下. Longest first, so that 公务用车购置费 wins over 公务用车.
    const rewritten = entries.flatMap(([concept, e]) => [...e.terms.map((term) => ({ term, area: false })), ...areaTerms(e.name).map((term) => ({ term, area: true }))].map(({ term, area }) => ({ concept, term: this.applySynonyms(term.toLowerCase().normalize('NFKC')), ...(area ? { area } : {}) })));
    this.terms = [...new Map(rewritten.map((t) => [`${t.concept}\u0000${t.term}`, t])).values()].sort((a, b) => b.term.length - a.term.length);
  }

  /**
   * Concept mentions in a normalised question, non-overlapping: the longest term wins, and of two
   * overlapping terms of one length the leftmost (项目支出决算 is 项目支出, not 支出决算).
   */
  findConcepts(question: string, english: boolean): TermMatch[] {
    const occurrences: TermMatch[] = [];
    // An English question may quote Chinese terms (how much did 机关运行费 change): both vocabularies are read.
    const vocabulary = english ? (CJK.test(question) ? [...this.enTerms, ...this.terms] : this.enTerms) : this.terms;
    for (const { concept, term, area } of vocabulary) {
      for (let at = question.indexOf(term); at >= 0; at = question.indexOf(term, at + 1)) {
        if (area && !AREA_BEFORE.test(question.slice(0, at))) continue;
        // 预算表里有个… / 支出总表的项目支出 / 二级预算单位 / 预算编制范围: a bare word for a whole before a table
        // that something else is asked of, before 单位 or 编制范围, names the table, the units or their scope, not
        // the whole's figure; 支出表一共多少 still asks the table's total.
        // 部门预算编制范围 / 部门预算单位: the whole said in full before its scope or its units is no figure either.
        const rest = question.slice(at + term.length);
        if (BARE_WHOLES.has(concept) && (term.length <= 2 || SCOPE_AFTER.test(rest)) && namesNoWhole(rest)) continue;
        // 信访业务这个项目预算: 这个项目 points at what was named before it, never at all project spending.
        if (concept === 'expense.project' && term.startsWith('项目') && POINTED_AT.test(question.slice(0, at)) && /[\u4e00-\u9fa5]{2}$/.test(question.slice(0, at).replace(POINTED_AT, ''))) continue;
        // An English term ends a word, or is followed by its plural ending (expenditures).
        const after = question.slice(at + term.length).replace(/^(?:es|s)(?![a-z])/, '');
        const boundary = !english || CJK.test(term) || (!/[a-z]/.test(question[at - 1] ?? '') && !/^[a-z]/.test(after));
        if (boundary) occurrences.push({ concept, term, at, ...(this.concepts[concept]?.count ? { count: true } : {}) });
      }
    }
    if (english) occurrences.push(...this.reordered(question));
    // Array.prototype.sort is stable: at a tie of length and place, the lexicon's order stands.
    occurrences.sort((a, b) => b.term.length - a.term.length || a.at - b.at);
    const taken: boolean[] = [];
    const found: TermMatch[] = [];
    for (const match of occurrences) {
      const span = [...Array(match.term.length).keys()].map((i) => match.at + i);
      if (span.some((i) => taken[i])) continue;
      span.forEach((i) => (taken[i] = true));
      found.push(match);
    }
    // An English question that quotes a Chinese term (operating expenses (机关运行费)) names its concept by it:
    // the English words beside it only translate it.
    const quoted = english && found.some((m) => CJK.test(m.term));
    return found.filter((m) => !quoted || CJK.test(m.term)).sort((a, b) => a.at - b.at);
  }

  /** English terms said with their words in another order (overseas official travel), each as the term it reorders. */
  private reordered(question: string): TermMatch[] {
    const words = [...question.matchAll(/[a-z]+/g)];
    const out: TermMatch[] = [];
    for (let n = 2; n <= MAX_TERM_WORDS; n++) {
      for (let i = 0; i + n <= words.length; i++) {
        const run = words.slice(i, i + n);
        const term = this.enTermsByWords.get(wordsKey(run.map((w) => w[0])));
        const at = run[0].index!;
        const said = question.slice(at, run[n - 1].index! + run[n - 1][0].length);
        // Said as the term is, it is found already; only another order of the same words is added, as the term's length.
        if (term && said !== term.term && /^[a-z]+(?: [a-z]+)+$/.test(said)) out.push({ concept: term.concept, term: said, at, ...(this.concepts[term.concept]?.count ? { count: true } : {}) });
      }
    }
    return out;
  }

  applySynonyms(question: string): string {
    // Most texts hold none of the words (this runs on every clause, and on every span a split tries as a name):
    // the words are sought by their first characters before any pattern runs.
    if (!this.holdsSynonym(question)) return question;
    return this.synonyms.reduce((q, { from, pattern, to }) => (q.includes(from) ? q.replace(pattern, to) : q), question);
  }

  /** Whether any colloquial word of the synonyms stands in the text, found through the characters the words start with. */
  private holdsSynonym(text: string): boolean {
    for (let at = 0; at < text.length; at++) {
      const words = this.synonymsByLead.get(text[at]);
      if (words?.some((word) => text.startsWith(word, at))) return true;
    }
    return false;
  }

  /**
   * The Chinese words an English question names things by (desktop computers → 台式计算机), longest
   * phrase first, plurals read as singulars; joined by a break so no bigram spans two of them.
   */
  chineseMentions(question: string): string {
    // archives → archive, expenses → expense, boxes → box: the shorter stem first, then the one that keeps its e.
    const known = (stem: string) => this.english.some(({ en }) => en.endsWith(stem) || en.includes(`${stem} `));
    // A plural a known phrase itself uses (general public services) stays as it is.
    const singular = (word: string) => (this.englishWords.has(word) ? word : [word.replace(/es$/, ''), word.replace(/s$/, '')].find((stem) => stem !== word && stem.length >= 3 && known(stem)) ?? word);
    let rest = ` ${question.replace(/\b[a-z]{4,}s\b/g, singular)} `;
    // In the order the question says them (People's Congress Standing Committee → 人大, 常委会); a match
    // is blanked out with as many spaces, so the places of the others stay where they were.
    const found: { at: number; zh: string }[] = [];
    for (const { en, zh, pattern } of this.english) {
      if (!rest.includes(en)) continue;
      const at = rest.search(pattern);
      if (at >= 0) {
        found.push({ at, zh });
        rest = rest.replace(pattern, (m) => ' '.repeat(m.length));
      }
    }
    found.sort((a, b) => a.at - b.at);
    // Chinese terms the English question quotes name things as they stand.
    return [...found.map((f) => f.zh), ...(question.match(/[\u4e00-\u9fa5]{2,}/g) ?? [])].join('|');
  }

  /** A concept's name and the terms users say it by. */
  wordsOf(concept: ConceptKey): string[] {
    return [this.concepts[concept]?.name ?? '', ...(this.concepts[concept]?.terms ?? [])];
  }
}

/** The wholes a bare word (预算, 支出, 收入) names, which before a table, 单位 or 编制范围 names no whole. */
const BARE_WHOLES = new Set<string>(['budget.total', 'expense.total', 'income.total']);
/** What a table's total is asked with (支出表一共多少, 收入总表合计). */
const TABLE_TOTAL_ASKED = /^(?:里|中|的|里面)?(?:一共|总共|合计|总计|共计|总额|是多少|有多少|多少|数)/;

/** What follows a whole to name its scope or units, not its figure. */
const SCOPE_AFTER = /^(?:单位|编制范围)/;

/** Whether what follows a bare word for a whole makes it no whole (表 of something else, 单位, 编制范围). */
function namesNoWhole(after: string): boolean {
  if (SCOPE_AFTER.test(after)) return true;
  // 预算01表 / 预算05表: a table numbered as the 公开表 are.
  const table = after.match(/^\d*总?表/);
  return !!table && !TABLE_TOTAL_ASKED.test(after.slice(table[0].length)) && after.length > table[0].length;
}

/** Words of the longest English term matched in another order. */
const MAX_TERM_WORDS = 5;

/** A phrase's words as a key that does not depend on their order. */
function wordsKey(words: string[]): string {
  return [...words].sort().join(' ');
}

let shipped: Lexicon | undefined;

/** The lexicon of the knowledge shipped in knowledge/, built on first use. */
export function defaultLexicon(): Lexicon {
  shipped ??= new Lexicon(loadKnowledge());
  return shipped;
}
