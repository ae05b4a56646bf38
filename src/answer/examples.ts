/**
 * Example questions built from what a document states — a figure of each kind, a change, a share,
 * its largest project, a purchase, a term of its glossary — so that help and refusals offer
 * questions this document answers, whatever is loaded. Built once per document and language.
 */
import type { Lexicon } from '../intent/lexicon.js';
import type { ConceptKey } from '../schema/concept.js';
import type { FactBase } from '../schema/fact.js';
import { changeOf, findAmount, parentOf } from './amounts.js';
import type { Lang } from './answer.js';
import { pricedProjects } from './projects.js';
import { strings } from './strings/index.js';

/** Figures a desk suggests for a document: few enough to read at a glance. */
const FIGURES = 4;
/** Concepts an example asks the change or share of, most telling first. */
const CHANGED: ConceptKey[] = ['expense.basic', 'expense.project', 'admin', 'sangong.total', 'expense.total', 'budget.total', 'income.total'];
const SHARED: ConceptKey[] = ['expense.project', 'expense.basic', 'admin'];

/** One figure of each kind (income, expense, 三公经费, procurement…) that is not zero, asked by the document's own label. */
export function figureQuestions(facts: FactBase): string[] {
  const kinds = new Set<string>();
  const asked: string[] = [];
  for (const amount of facts.amounts) {
    const kind = amount.concept.split('.')[0];
    if (amount.value <= 0 || kinds.has(kind)) continue;
    kinds.add(kind);
    asked.push(strings('zh').ask.value(amount.label));
    if (asked.length === FIGURES) break;
  }
  return asked;
}

const built = new WeakMap<FactBase, Partial<Record<Lang, string[]>>>();

/** Questions of each kind this document answers, in the language asked. */
export function exampleQuestions(facts: FactBase, lexicon: Lexicon, english: boolean): string[] {
  const lang: Lang = english ? 'en' : 'zh';
  const known = built.get(facts) ?? {};
  if (!known[lang]) built.set(facts, { ...known, [lang]: buildExamples(facts, lexicon, english) });
  return built.get(facts)![lang]!;
}

function buildExamples(facts: FactBase, lexicon: Lexicon, english: boolean): string[] {
  const s = strings(english ? 'en' : 'zh').ask;
  const name = (c: ConceptKey) => (english ? lexicon.concepts[c].en.replace(/"/g, '') : lexicon.concepts[c].name);
  const stated = (c: ConceptKey) => (findAmount(facts, c)?.value ?? 0) > 0;
  const value = (['sangong.total', 'admin', 'expense.total'] as ConceptKey[]).find((c) => findAmount(facts, c));
  const changed = CHANGED.find((c) => {
    const amount = findAmount(facts, c);
    return amount && changeOf(facts, amount)?.direction;
  });
  const shared = SHARED.find((c) => stated(c) && stated(parentOf(c)!));
  const project = pricedProjects(facts).length > 1;
  const term = facts.glossary[0]?.term;
  return [
    value && s.value(name(value)),
    changed && s.change(name(changed)),
    shared && s.share(name(shared)),
    project && s.largestProject(),
    term && !english && s.term(term),
  ].filter((q): q is string => !!q);
}
