/**
 * The definition a question asks for: a 名词解释 entry it names (上年结转和结余是啥), an entry found by
 * the concept's own words (an English question), or a term defined inside another entry (三公经费's
 * entry says what 公务用车购置及运行费 反映).
 */
import type { Frame } from '../intent/frame.js';
import type { FactBase, GlossaryTerm } from '../schema/fact.js';
import { bigrams, mention } from '../search/entities.js';

/** Share of a term's bigrams the question must hold to name it. */
const TERM_COVERAGE = 0.75;
/** Words that open a definition inside another entry's text: X反映… / X是指… / X指… */
const DEFINES = /^(?:反映|是指|指|包括|主要包括|即)/;
const plain = (text: string) => text.replace(/[()（）“”"]/g, '');

export function findDefinition(facts: FactBase, frame: Frame): GlossaryTerm | undefined {
  const q = bigrams(frame.text);
  const named = facts.glossary
    .map((term) => ({ term, ...mention(q, term.term) }))
    .filter((s) => s.coverage >= TERM_COVERAGE)
    .sort((x, y) => y.matched - x.matched)[0];
  if (named) return named.term;
  const words = frame.concepts.flatMap((c) => [c.term, ...frame.lexicon.wordsOf(c.concept)]).filter((w) => w.length >= 2);
  const byConcept = facts.glossary.find((g) => words.some((w) => plain(g.term) === plain(w) || g.term.startsWith(w)));
  if (byConcept) return byConcept;
  for (const word of words.filter((w) => w.length >= 4).map(plain)) {
    for (const g of facts.glossary) {
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
