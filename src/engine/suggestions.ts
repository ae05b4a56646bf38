/**
 * The questions offered under an answer: after a refusal, examples this document (or, with none
 * routed to, the loaded documents) answers; after an overview, examples of each kind; after an
 * answer about a subject, its follow-ups.
 */
import { rendered, type Answer } from '../answer/answer.js';
import { exampleQuestions } from '../answer/examples.js';
import { followUpQuestions } from '../answer/followUps.js';
import { helpAnswer } from '../answer/help.js';
import type { Lexicon } from '../intent/lexicon.js';
import type { ParsedDocument } from '../parse/document.js';
import type { Subject } from './sessions.js';

export function withSuggestions(reply: Answer, documents: readonly ParsedDocument[], doc: ParsedDocument | undefined, subject: Subject | undefined, lexicon: Lexicon): Answer {
  if (reply.suggestions.length || reply.clarify?.length) return reply;
  const english = reply.lang === 'en';
  const suggestions = reply.answered ? answeredNext(reply, doc, subject, lexicon) : refusalExamples(documents, doc, lexicon, english);
  return suggestions.length ? rendered({ ...reply, suggestions }) : reply;
}

/** After an overview, the questions of each kind the document answers; after an answer about a subject, its follow-ups. */
function answeredNext(reply: Answer, doc: ParsedDocument | undefined, subject: Subject | undefined, lexicon: Lexicon): string[] {
  const english = reply.lang === 'en';
  if (doc && reply.intent === 'overview') return exampleQuestions(doc.facts, lexicon, english);
  return doc && subject ? followUpQuestions(doc.facts, subject, reply.intent, lexicon, english) : [];
}

/** A refusal's examples: the document's own, naming it where several are loaded; else those help offers. */
function refusalExamples(documents: readonly ParsedDocument[], doc: ParsedDocument | undefined, lexicon: Lexicon, english: boolean): string[] {
  if (!doc) return helpAnswer(documents, lexicon, english).suggestions;
  const own = exampleQuestions(doc.facts, lexicon, english);
  if (documents.length === 1 || english) return own;
  const { year, department } = doc.facts.identity;
  return own.map((q) => `${year ?? ''}年${department}${q}`);
}
