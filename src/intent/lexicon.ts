/**
 * The curated knowledge in knowledge/: concept names and the ways users say them (Chinese and
 * English), and colloquial synonyms. Data, not code: adding a phrasing never needs a code change.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ConceptKey } from '../schema/concept.js';

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

const Synonyms = z.object({ replace: z.record(z.string(), z.string()) });

const knowledgePath = (name: string) => fileURLToPath(new URL(`../../knowledge/${name}`, import.meta.url));

export const CONCEPTS: Concepts = Concepts.parse(JSON.parse(readFileSync(knowledgePath('concepts.json'), 'utf8')));

export interface TermMatch {
  concept: ConceptKey;
  term: string;
  at: number;
}

/** Every concept term, longest first, so that 公务用车购置费 wins over 公务用车. */
/** The concepts with their entries, keyed by the typed enumeration. */
const ENTRIES = ConceptKey.options.map((concept) => [concept, CONCEPTS[concept]] as const);

const TERMS = ENTRIES
  .flatMap(([concept, entry]) => entry.terms.map((term) => ({ concept, term: term.toLowerCase().normalize('NFKC') })))
  .sort((a, b) => b.term.length - a.term.length);

const EN_TERMS = ENTRIES
  .flatMap(([concept, entry]) => entry.enTerms.map((term) => ({ concept, term: term.toLowerCase() })))
  .sort((a, b) => b.term.length - a.term.length);

/**
 * Concept mentions in a normalised question, non-overlapping: the longest term wins, and of two
 * overlapping terms of one length the leftmost (项目支出决算 is 项目支出, not 支出决算).
 */
export function findConcepts(question: string, english: boolean): TermMatch[] {
  const occurrences: TermMatch[] = [];
  for (const { concept, term } of english ? EN_TERMS : TERMS) {
    for (let at = question.indexOf(term); at >= 0; at = question.indexOf(term, at + 1)) {
      // An English term ends a word, or is followed by its plural ending (expenditures).
      const after = question.slice(at + term.length).replace(/^(?:es|s)(?![a-z])/, '');
      const boundary = !english || (!/[a-z]/.test(question[at - 1] ?? '') && !/^[a-z]/.test(after));
      if (boundary) occurrences.push({ concept, term, at });
    }
  }
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
  return found.sort((a, b) => a.at - b.at);
}

const SYNONYMS = Object.entries(Synonyms.parse(JSON.parse(readFileSync(knowledgePath('synonyms.json'), 'utf8'))).replace)
  .sort((a, b) => b[0].length - a[0].length)
  .map(([from, to]) => {
    // Do not rewrite a word that already stands inside its canonical form (计算机 in 台式计算机).
    const k = to.indexOf(from);
    const before = k > 0 ? `(?<!${escape(to.slice(0, k))})` : '';
    const after = k >= 0 && k + from.length < to.length ? `(?!${escape(to.slice(k + from.length))})` : '';
    return { pattern: new RegExp(`${before}${escape(from)}${after}`, 'g'), to };
  });

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const English = z.object({ words: z.record(z.string(), z.string()) });
const ENGLISH_WORDS = Object.entries(English.parse(JSON.parse(readFileSync(knowledgePath('english.json'), 'utf8'))).words).sort((a, b) => b[0].length - a[0].length);

/**
 * The Chinese words an English question names things by (desktop computers → 台式计算机), longest
 * phrase first, plurals read as singulars; joined by a break so no bigram spans two of them.
 */
export function chineseMentions(question: string): string {
  let rest = ` ${question.replace(/([a-z]{3,}?)(?:es|s)\b/g, (word, stem: string) => (ENGLISH_WORDS.some(([en]) => en.endsWith(stem) || en.includes(`${stem} `)) ? stem : word))} `;
  const found: string[] = [];
  for (const [en, zh] of ENGLISH_WORDS) {
    const pattern = new RegExp(`\\b${en}\\b`, 'g');
    if (pattern.test(rest)) {
      found.push(zh);
      rest = rest.replace(pattern, ' ');
    }
  }
  // Chinese terms the English question quotes name things as they stand.
  found.push(...(question.match(/[\u4e00-\u9fa5]{2,}/g) ?? []));
  return found.join('|');
}

export function applySynonyms(question: string): string {
  return SYNONYMS.reduce((q, { pattern, to }) => q.replace(pattern, to), question);
}
