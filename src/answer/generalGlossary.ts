/**
 * General definitions (knowledge/glossary.json), for a term a disclosure uses without its own
 * 名词解释 entry. The answer says it is a general definition, not the document's words, and adds how
 * large the figure is in this document, cited.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Frame } from '../intent/frame.js';
import { ConceptKey } from '../schema/concept.js';
import type { FactBase } from '../schema/fact.js';
import { findAmount } from './amounts.js';
import { answer, cite, wanRounded, type Answer } from './answer.js';
import { strings } from './strings/index.js';

export const GeneralTerm = z.object({
  term: z.string().min(2),
  /** Other words for the term (三公 for 三公经费). */
  also: z.array(z.string().min(2)),
  /** The figure the term names, whose size here the answer adds. */
  concept: ConceptKey.optional(),
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type GeneralTerm = z.infer<typeof GeneralTerm>;

export const GeneralGlossary = z.object({ terms: z.array(GeneralTerm) });
export type GeneralGlossary = z.infer<typeof GeneralGlossary>;

const SHIPPED = new URL('../../knowledge/glossary.json', import.meta.url);

let shipped: GeneralTerm[] | undefined;
/** Read at the first definition asked, not at start-up. */
function generalTerms(): GeneralTerm[] {
  shipped ??= GeneralGlossary.parse(JSON.parse(readFileSync(SHIPPED, 'utf8'))).terms;
  return shipped;
}

/**
 * The general term a question asks about: named by its words or its concept's, with nothing else
 * named beside it (政务大厅运行经费是什么 asks about a project, not 机关运行经费). An English question is
 * read by the concept it names.
 */
export function generalTermAsked(frame: Frame): GeneralTerm | undefined {
  const subject = frame.subjectText.replace(/\|/g, '');
  const asked = (word: string) => frame.text.includes(word) && !subject.replace(word, '');
  return generalTerms().find((t) => frame.concepts.some((c) => c.concept === t.concept && (frame.english || asked(c.term))) || [t.term, ...t.also].some(asked));
}

/** The general definition of the term asked, with its size in this document where it states one. */
export function answerGeneralDefinition(facts: FactBase, term: GeneralTerm, frame: Frame): Answer {
  const s = strings(frame.english ? 'en' : 'zh');
  const amount = term.concept && findAmount(facts, term.concept);
  const size = amount ? s.sizeHere(`${amount.label} ${wanRounded(amount.value)}`) : '';
  const body = [s.generalDefinition(term.term, frame.english ? term.en : term.zh), size].filter(Boolean).join('\n');
  return answer('definition.general', body, frame.english, amount ? cite(amount.source) : []);
}
