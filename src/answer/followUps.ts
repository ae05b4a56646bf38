/**
 * The questions that naturally follow an answer about a figure — its change on last year, the
 * reason, its share of its whole, its parts — and about a project — its performance indicators.
 * Each is offered only where the fact base holds what answers it (the same facts the handler reads),
 * and not where the answer just given was that very question.
 */
import type { Lexicon } from '../intent/lexicon.js';
import type { ConceptKey } from '../schema/concept.js';
import type { FactBase } from '../schema/fact.js';
import { changeOf, findAmount, hasStatedParts, parentOf } from './amounts.js';
import type { Lang } from './answer.js';
import { pricedProjects } from './projects.js';
import { strings } from './strings/index.js';

/** Follow-ups offered at most: a row of buttons. */
const MAX_FOLLOW_UPS = 3;
/** Answers (by intent) that state a figure's change already: a figure's value, its change, its reason. */
const CHANGE_STATED = new Set(['amount', 'change', 'reason']);

/** What the answer was about, as the conversation keeps it, with what was asked of it. */
export interface AnsweredSubject {
  concept?: ConceptKey;
  entity?: string;
  aspects: readonly string[];
}

const built = new WeakMap<FactBase, Map<string, string[]>>();

/** The follow-ups of a subject in this document, after an answer of `intent`, in the language asked; each found once and kept. */
export function followUpQuestions(facts: FactBase, subject: AnsweredSubject, intent: string, lexicon: Lexicon, english: boolean): string[] {
  const lang: Lang = english ? 'en' : 'zh';
  const key = `${lang}|${intent}|${subject.concept ?? ''}|${subject.entity ?? ''}|${[...subject.aspects].sort().join(',')}`;
  let known = built.get(facts);
  if (!known) built.set(facts, (known = new Map()));
  let found = known.get(key);
  if (!found) known.set(key, (found = buildFollowUps(facts, subject, CHANGE_STATED.has(intent), lexicon, lang)));
  return found;
}

function buildFollowUps(facts: FactBase, subject: AnsweredSubject, changeStated: boolean, lexicon: Lexicon, lang: Lang): string[] {
  const asked = new Set(subject.aspects);
  if (changeStated) asked.add('change');
  if (subject.concept) return conceptFollowUps(facts, subject.concept, asked, lexicon, lang).slice(0, MAX_FOLLOW_UPS);
  const table = subject.entity ? facts.projectTables.find((t) => t.project === subject.entity) : undefined;
  const indicatorsAsked = asked.has('indicator') || asked.has('goal');
  return table?.rows.length && !indicatorsAsked ? [strings(lang).ask.project(table.project)] : [];
}

/** `asked`: what the answer just given already says (its aspects, and its change where its intent states it). */
function conceptFollowUps(facts: FactBase, concept: ConceptKey, asked: Set<string>, lexicon: Lexicon, lang: Lang): string[] {
  const amount = findAmount(facts, concept);
  if (!amount) return [];
  const s = strings(lang).ask;
  const entry = lexicon.concepts[concept];
  const name = lang === 'en' ? entry.en.replace(/"/g, '') : entry.name;
  const change = changeOf(facts, amount);
  const parent = parentOf(concept);
  const changed = change && change.direction !== '持平';
  return [
    change && !asked.has('change') && !asked.has('reason') && s.change(name),
    changed && change.reason && !asked.has('reason') && s.reason(name),
    parent && (findAmount(facts, parent)?.value ?? 0) > 0 && !asked.has('share') && s.share(name),
    hasStatedParts(facts, concept) && !asked.has('parts') && s.parts(name),
    concept === 'expense.project' && pricedProjects(facts).length > 1 && s.largestProject(),
  ].filter((q): q is string => !!q);
}
