/**
 * Honest refusals: `answered` is false, the reply says what the loaded disclosures do and do not
 * cover, and offers questions that work. Never a made-up number.
 */
import type { Identity } from '../schema/fact.js';
import { rendered, type Answer } from './answer.js';
import { langOf, strings, type Strings } from './strings/index.js';

export type RefusalReason = keyof Strings['refusal'];

/** Documents named in a refusal; past this many, the rest are counted. */
const MAX_NAMED = 8;

function covered(docs: Identity[], s: Strings): string {
  const named = docs.slice(0, MAX_NAMED).map((d) => s.covered(d.year, d.department, d.kind)).join(s.listJoin);
  return docs.length > MAX_NAMED ? s.andMore(named, docs.length, docs.length - MAX_NAMED) : named;
}

export function refuse(reason: RefusalReason, docs: Identity[], english: boolean, detail = ''): Answer {
  const lang = langOf(english);
  const s = strings(lang);
  const body = s.refusal[reason](covered(docs, s), detail);
  // Examples are added by the engine, from the documents loaded (see engine/suggestions.ts).
  return rendered({ answered: false, intent: 'refuse', lang, body, warnings: [], suggestions: [], citations: [] });
}

/** What is not given, then what the disclosure gives instead: 披露没有给出X。披露给出的是：… */
export function notGivenBody(refusal: Answer, given: Answer): string {
  return `${refusal.body}\n${strings(refusal.lang).given}${given.body}`;
}

/**
 * A refusal of what was asked, followed by what the disclosure does give about the same subject
 * (its amount, its indicators), cited as that answer is. Without such an answer, the refusal alone.
 */
export function notGivenThen(refusal: Answer, given: Answer | undefined): Answer {
  if (!given?.answered) return refusal;
  const body = notGivenBody(refusal, given);
  return rendered({ ...refusal, body, suggestions: [], warnings: given.warnings, citations: given.citations });
}
