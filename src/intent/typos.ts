/**
 * Typo repair for names: a question that names nothing may have a word mistyped by one character,
 * usually a homophone from a pinyin input method (三公经废, 政府菜购), or missing one character. The
 * vocabulary (concept terms, names of the loaded document) is passed in; the readings come from
 * pinyin-pro, which knows every character's readings, polyphones included (行 xing/hang), where a
 * hand-made table would not.
 */
import { pinyin } from 'pinyin-pro';

/** Words shorter than this are not repaired: one character of two is too much to guess. */
const MIN_WORD = 3;
/** A word's first characters, one of which a repairable slip leaves standing in the text. */
const LEAD_CHARS = 3;
/** A word cut off at the end of a question is only supposed this long (年末结转结余). */
const CUT_OFF_WORD = 6;

/** A missing character is only supposed in a word this long. */
const MIN_WORD_FOR_OMISSION = 4;
/** Words this long are repaired by fuzzy readings at once: few words differ from them by one near sound. */
const MIN_WORD_FOR_FUZZY = 5;
/** Readings kept per character; the bound only guards against unbounded growth. */
const MAX_CACHED = 50_000;

/** Letters typed for characters (jiben of 基本), two or more, standing alone or against characters. */
const PINYIN_RUN = /(?<![a-z])[a-z]{2,}(?![a-z])/g;

/** A word's syllables without tones (基本 → ji, ben), computed once per word. */
const spellingCache = new Map<string, string[]>();
function spelling(word: string): string[] {
  let syllables = spellingCache.get(word);
  if (!syllables) {
    syllables = pinyin(word, { toneType: 'none', type: 'array' });
    if (spellingCache.size < MAX_CACHED) spellingCache.set(word, syllables);
  }
  return syllables;
}

/** A character's readings, plain and as fuzzy input methods treat them; computed once per character. */
interface Readings {
  plain: Set<string>;
  fuzzy: Set<string>;
}

const readingsCache = new Map<string, Readings>();

/**
 * Readings as fuzzy pinyin input methods treat them (z/zh, c/ch, s/sh, n/l, an/ang, en/eng, in/ing):
 * 固定资惨 for 固定资产 (can/chan). Only where nothing else was found, as such slips are rarer.
 */
const fuzzy = (reading: string) => reading.replace(/^([zcs])h/, '$1').replace(/^l/, 'n').replace(/(an|en|in)g$/, '$1');

function readings(char: string): Readings {
  let found = readingsCache.get(char);
  if (!found) {
    const plain = new Set(pinyin(char, { toneType: 'none', multiple: true, type: 'array' }));
    found = { plain, fuzzy: new Set([...plain].map(fuzzy)) };
    if (readingsCache.size < MAX_CACHED) readingsCache.set(char, found);
  }
  return found;
}

function shareOne(a: Set<string>, b: Set<string>): boolean {
  for (const reading of a) if (b.has(reading)) return true;
  return false;
}

export const soundsAlike = (a: string, b: string) => a === b || shareOne(readings(a).plain, readings(b).plain);
const soundsNear = (a: string, b: string) => a === b || shareOne(readings(a).fuzzy, readings(b).fuzzy);
const CJK = /^[\u4e00-\u9fff]+$/;
const ASKING = /多少|几|什么|哪/;

/**
 * Words that ask a measure of a figure (执行率, 满意度), mistyped as often as names are (执行律, 满意渡):
 * part of every document's vocabulary for repair, though no document names them as things.
 */
export const MEASURE_WORDS = ['执行率', '完成率', '增长率', '下降率', '增长幅度', '满意度', '合格率', '覆盖率', '达标率', '及时率', '准确率', '完成情况', '执行情况'];

export interface Repair {
  /** The question with the word written as the vocabulary writes it. */
  text: string;
  /** The word as typed and as repaired, for telling the user how the question was read. */
  typed: string;
  word: string;
}

export class TypoRepair {
  private readonly words: string[];
  /** Two-character words (三公), repaired only where the question as typed found nothing, and only by a homophone. */
  private readonly pairs: string[];

  constructor(vocabulary: Iterable<string>) {
    // Phrases that ask (要买多少, 接待几批) are no names: repaired into, they put words in the asker's mouth.
    const names = [...new Set([...vocabulary].filter((w) => CJK.test(w) && !ASKING.test(w)))];
    this.words = names.filter((w) => w.length >= MIN_WORD).sort((a, b) => b.length - a.length);
    this.pairs = names.filter((w) => w.length === 2);
    this.names = [...this.words, ...this.pairs];
    this.known = new Set(names);
    this.seen = new Uint32Array(this.words.length);
    // Every question is tried for a repair: words are reached through the characters they start with.
    this.wordsByLead = new Map();
    this.words.forEach((word, i) => {
      for (const ch of new Set(word.slice(0, LEAD_CHARS))) {
        const list = this.wordsByLead.get(ch);
        if (list) list.push(i);
        else this.wordsByLead.set(ch, [i]);
      }
    });
  }

  /** Every word known, so that a word typed as it is spelled is never taken for a slip of another. */
  private readonly known: Set<string>;

  /** The known words of three characters or more, and pairs, that pinyin typed for them may spell. */
  private readonly names: string[];

  /** Indices into `words` of those one of whose first characters stands in the text, longest first. */
  private readonly wordsByLead: Map<string, number[]>;

  /** Which words the current `candidates` call has already taken, by the call's number (no set per question). */
  private readonly seen: Uint32Array;
  private call = 0;

  /** Indices into `words`, longest word first. */
  private candidates(text: string): number[] {
    const call = ++this.call;
    const found: number[] = [];
    for (const ch of text) {
      for (const i of this.wordsByLead.get(ch) ?? []) {
        if (this.seen[i] === call) continue;
        this.seen[i] = call;
        found.push(i);
      }
    }
    return found.sort((a, b) => a - b);
  }

  /**
   * The first repair of the longest word that fits, or undefined where the text already has every word
   * it names. `omissions`: also suppose a missing character, which a correct shorter wording (采购金额
   * beside 采购总金额) also fits, so only where the question as typed found nothing.
   */
  repair(text: string, omissions = false): Repair | undefined {
    const spelled = this.spelledOut(text);
    if (spelled) return spelled;
    // With at most two characters changed or one left out, one of the word's first three stands in the text.
    for (const i of this.candidates(text)) {
      const word = this.words[i];
      if (text.includes(word)) continue;
      const substituted = this.substitution(text, word, omissions || word.length >= MIN_WORD_FOR_FUZZY ? soundsNear : soundsAlike);
      // A long word cut off at the question's end (政府购买服) is no correct shorter wording: it is repaired at once.
      const omitted = substituted === undefined && word.length >= MIN_WORD_FOR_OMISSION ? (omissions ? this.omission(text, word) : this.cutOff(text, word)) : undefined;
      // 政府购买服务 holds 购买服务, a word of its own: 政府购 is no 政府采购 missing a character that cuts through it.
      // 收入和其他收入 holds 其他收入: 收入和其 is no slip for 收入合计, whose change (其 → 计) breaks that word.
      const changed = substituted ? [...word].flatMap((ch, k) => (text[substituted.at + k] === ch ? [] : [substituted.at + k])) : [];
      const found = substituted ? (this.breaksWord(text, changed, substituted.at, substituted.at + substituted.length) ? undefined : substituted) : omitted && !this.cutsThroughWord(text, omitted.at, omitted.at + omitted.length) ? omitted : undefined;
      // 出国经费 is a word of its own, not a slip for 出国境费.
      if (found !== undefined && this.known.has(text.slice(found.at, found.at + found.length))) continue;
      if (found !== undefined) return { text: text.slice(0, found.at) + word + text.slice(found.at + found.length), typed: text.slice(found.at, found.at + found.length), word };
    }
    // 三工 for 三公: a short word's slip, its first character kept, once nothing longer was found.
    for (const word of omissions ? this.pairs : []) {
      const at = text.indexOf(word[0]);
      if (at < 0 || text.includes(word) || text[at + 1] === undefined || !CJK.test(text[at + 1]) || !soundsAlike(text[at + 1], word[1]) || text[at + 1] === word[1]) continue;
      return { text: text.slice(0, at) + word + text.slice(at + 2), typed: text.slice(at, at + 2), word };
    }
    return undefined;
  }

  /**
   * jiben支出 / xiangmu支出: the start of a word typed in pinyin, its end in characters (or the whole word in
   * pinyin). The longest word whose first characters read as the letters and whose rest follows them.
   */
  private spelledOut(typed: string): Repair | undefined {
    // zhufang gongjijin: a word's syllables typed in groups with spaces between are one run.
    const text = typed.replace(/(?<=[a-z]) +(?=[a-z])/g, '');
    for (const run of text.matchAll(PINYIN_RUN)) {
      const letters = run[0];
      const at = run.index!;
      const before = text.slice(0, at);
      const after = text.slice(at + letters.length);
      let best: { word: string; lead: number; rest: string } | undefined;
      for (const word of this.names) {
        if (best && word.length <= best.word.length) continue;
        const syllables = spelling(word);
        // 事业收ru / 因公出guo(境)费: the word's first characters may stand typed before the letters.
        for (let lead = 0; lead < word.length; lead++) {
          if (!before.endsWith(word.slice(0, lead))) continue;
          let typed = '';
          for (let k = lead; k < word.length && typed.length < letters.length; k++) {
            typed += syllables[k];
            const rest = word.slice(k + 1);
            if (typed === letters && after.startsWith(rest) && (!best || word.length > best.word.length)) best = { word, lead, rest };
          }
        }
      }
      if (best) return { text: text.slice(0, at - best.lead) + best.word + after.slice(best.rest.length), typed: text.slice(at - best.lead, at + letters.length + best.rest.length), word: best.word };
    }
    return undefined;
  }

  /** Whether a known word running out of the span [start, end) holds a character the repair changes. */
  private breaksWord(text: string, changed: number[], start: number, end: number): boolean {
    return this.someKnownWord(text, (at, last) => (at < start || last > end) && changed.some((p) => p >= at && p < last));
  }

  /** Whether a known word in the text starts inside the span and ends past it, or starts before it and ends inside. */
  private cutsThroughWord(text: string, start: number, end: number): boolean {
    return this.someKnownWord(text, (at, last) => (at > start && at < end && last > end) || (at < start && last > start && last < end));
  }

  /** Whether any place a known word (two characters or more) stands in the text, [at, last), is as `test` asks. */
  private someKnownWord(text: string, test: (at: number, last: number) => boolean): boolean {
    for (const word of this.known) {
      if (word.length < 2) continue;
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) if (test(at, at + word.length)) return true;
    }
    return false;
  }

  /**
   * A window of the word's length that differs in one character, a homophone of the word's; in a
   * longer word, also in two characters that each read exactly as the word's (基本之处 for 基本支出:
   * a pinyin input method offered the wrong two-character word).
   */
  private substitution(text: string, word: string, alike: (a: string, b: string) => boolean): { at: number; length: number } | undefined {
    const most = word.length >= MIN_WORD_FOR_OMISSION ? 2 : 1;
    // The differing positions are counted in two variables, not collected: this runs for many words on every question.
    for (let at = 0; at + word.length <= text.length; at++) {
      let first = -1;
      let second = -1;
      let differing = 0;
      for (let k = 0; k < word.length && differing <= most; k++) {
        if (text.charCodeAt(at + k) === word.charCodeAt(k)) continue;
        if (differing === 0) first = k;
        else second = k;
        differing++;
      }
      if (differing === 0 || differing > most) continue;
      const same = differing === 1 ? alike : soundsAlike;
      const fits = (k: number) => CJK.test(text[at + k]) && same(text[at + k], word[k]);
      if (fits(first) && (second < 0 || fits(second))) return { at, length: word.length };
    }
    return undefined;
  }

  /**
   * The word with one character left out, not at either end (the ends anchor what was meant); or, for
   * a long word that ends the question, its last (年末结转结: the question was cut off).
   */
  private omission(text: string, word: string): { at: number; length: number } | undefined {
    for (let k = 1; k < word.length - 1; k++) {
      const short = word.slice(0, k) + word.slice(k + 1);
      const at = text.indexOf(short);
      if (at >= 0) return { at, length: short.length };
    }
    return this.cutOff(text, word);
  }

  /** A long word that ends the question without its last character (年末结转结: the question was cut off). */
  private cutOff(text: string, word: string): { at: number; length: number } | undefined {
    const cut = word.slice(0, -1);
    return word.length >= CUT_OFF_WORD && text.endsWith(cut) ? { at: text.length - cut.length, length: cut.length } : undefined;
  }
}
