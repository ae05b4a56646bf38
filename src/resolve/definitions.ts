/**
 * The definition a question asks for: a 名词解释 entry it names (上年结转和结余是啥), an entry found by
 * the concept's own words (an English question), or a term defined inside another entry (三公经费's
 * entry says what 公务用车购置及运行费 反映).
 */
import type { Frame } from '../intent/frame.js';
import type { FactBase, GlossaryTerm } from '../schema/fact.js';
import { bigrams, mention } from '../search/entities.js';
import type { SourceText } from '../parse/sourceText.js';

/** Share of a term's bigrams the question must hold to name it. */
const TERM_COVERAGE = 0.75;
/** Words that open a definition inside another entry's text: X反映… / X是指… / X指… */
const DEFINES = /^(?:反映|是指|指|包括|主要包括|即)/;
/** Text as terms are compared in: no brackets or quotes, 和/与 written 及 (公务用车购置和运行费). */
const plain = (text: string) => text.replace(/[()（）“”"]/g, '').replace(/[和与]/g, '及');

/** A class said with its level (社会保障和就业(类)) before the narrower class it holds, and the level marks. */
const CLASS_PATH = /\p{Script=Han}{2,15}[(（][类款][)）](?=\p{Script=Han}{2})/gu;
const CLASS_MARK = /[(（][类款项][)）]/g;

/** The class a glossary term's path of classes ends in (社会保障和就业(类)行政事业单位离退休(款) → 行政事业单位离退休), as people name it. */
export function lastClassOf(term: string): string {
  return term.replace(/\s+/g, '').replace(CLASS_PATH, '').replace(CLASS_MARK, '');
}

export function findDefinition(facts: FactBase, frame: Frame): GlossaryTerm | undefined {
  const q = bigrams(frame.text);
  const named = facts.glossary
    .map((term) => ({ term, ...mention(q, lastClassOf(term.term)) }))
    .filter((s) => s.coverage >= TERM_COVERAGE)
    .sort((x, y) => y.matched - x.matched)[0];
  if (named) return named.term;
  // The most specific concept first: 公务用车购置及运行费 before the 运行费 inside it.
  const concepts = [...frame.concepts].sort((a, b) => b.term.length - a.term.length);
  for (const concept of concepts) {
    const words = [concept.term, ...frame.lexicon.wordsOf(concept.concept)].filter((w) => w.length >= 2);
    const entry = facts.glossary.find((g) => words.some((w) => plain(g.term) === plain(w) || g.term.startsWith(w)));
    if (entry) return entry;
    const inside = definedInside(facts.glossary, words);
    if (inside) return inside;
  }
  return undefined;
}

/** A term defined inside another entry's text: 三公经费's entry says what 公务用车购置及运行费 反映. */
function definedInside(glossary: GlossaryTerm[], words: string[]): GlossaryTerm | undefined {
  for (const word of words.filter((w) => w.length >= 4).map(plain)) {
    for (const g of glossary) {
      const text = plain(g.definition);
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (!DEFINES.test(text.slice(at + word.length))) continue;
        const end = text.slice(at).search(/[；;。]/);
        return { term: word, definition: text.slice(at + word.length, end > 0 ? at + end : undefined).replace(/^[:：]/, ''), source: g.source };
      }
    }
  }
  return undefined;
}

/** What follows a term the prose explains in place: “五个不发生”，即不发生网络攻击、… / X是指… */
const EXPLAINED = /^[”"」』]?[,，:：]?(?:即|也就是|是指|指的是)[:：]?([^。；;]{4,240})/;
/** Characters a term must have to be sought in the prose: shorter ones stand in too many sentences. */
const MIN_PROSE_TERM = 4;

/**
 * A term no 名词解释 defines but the prose explains where it uses it (做到“五个不发生”，即不发生网络攻击、…).
 * Of several places, the one listing most (、) is the explanation; a line garbled by a page's columns lists fewer.
 */
export function statedMeaning(text: SourceText, frame: Frame): GlossaryTerm | undefined {
  const terms = frame.subjectText.split('|').map((t) => t.replace(/^[“"「]|[”"」]$/g, '')).filter((t) => t.length >= MIN_PROSE_TERM);
  let best: GlossaryTerm | undefined;
  for (const term of terms) {
    for (let at = text.stream.indexOf(term); at >= 0; at = text.stream.indexOf(term, at + 1)) {
      const m = text.stream.slice(at + term.length, at + term.length + 260).match(EXPLAINED);
      if (!m) continue;
      const found = { term, definition: m[1], source: text.sourceAt(at) };
      if (!best || found.definition.split('、').length > best.definition.split('、').length) best = found;
    }
  }
  return best;
}
