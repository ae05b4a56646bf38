/** Answers about a concept every disclosure has (三公经费, 基本支出, 车辆数): its figure, count or parts. */
import type { ConceptKey } from '../schema/concept.js';
import type { Frame } from '../intent/frame.js';
import type { FactBase } from '../schema/fact.js';
import { combined, type Answer } from '../answer/answer.js';
import { COUNT_OF } from '../parse/labels.js';
import { answerAmount, answerCount, findAmount } from '../answer/amounts.js';
import { answerProjects } from '../answer/lists.js';
import { notGivenBody, notGivenThen, refuse } from '../answer/refuse.js';
import { notGivenOf } from './entityAnswers.js';
import { saysIncome } from '../intent/rewording.js';

export function answerConcept(facts: FactBase, concept: ConceptKey, frame: Frame): Answer | undefined {
  // A money figure has no unit price or score: say so, then give the figure.
  if ((frame.attribute === 'unitPrice' || frame.attribute === 'score') && !frame.lexicon.concepts[concept]?.count) {
    const given = answerConceptAsked(facts, concept, { ...frame, aspects: new Set(), attribute: 'amount' });
    return notGivenThen(notGivenOf(facts, frame.lexicon.concepts[concept]?.name ?? concept, frame.attribute, frame.english), given);
  }
  return answerConceptAsked(facts, concept, frame);
}

/** 基本支出和项目支出分别是多少: one answer per concept named, in the order named. */
/** Words for a budget as such, which name no figure beside another (预算, budget). */
const BARE_WORD = /^(?:预算|支出|经费|资金|费用|budgets?|total|spend|spending|expenditure|money)$/i;

export function answerSeveral(facts: FactBase, frame: Frame): Answer | undefined {
  // A generic word beside a named figure (budget of "the budget for project expenditure") is no figure of its own.
  const named = frame.concepts.filter((c) => !BARE_WORD.test(c.term));
  const concepts = [...new Set(named.map((c) => c.concept))];
  if (concepts.length < 2 || !frame.cues.joined) return undefined;
  const answers = concepts.map((c) => answerConcept(facts, c, frame)).filter((a): a is Answer => !!a?.answered);
  return answers.length < 2 ? undefined : combined(answers, { intent: 'amount' });
}

/** The money spent on what a count counts, which answers for it where the count is not stated. */
const MONEY_OF_COUNT: Partial<Record<ConceptKey, ConceptKey>> = { 'assets.vehiclePurchaseCount': 'sangong.vehiclePurchase' };

/** The concepts a question counts: 公车有几辆 asks the vehicle count; 接待了几批、多少人次 both reception counts. */
function countedConcepts(concept: ConceptKey, frame: Frame): ConceptKey[] {
  // 有公车吗 asks whether there are vehicles: their count answers, not their running cost.
  // 今年买车吗 asks whether vehicles are bought: the number to buy (or the money for it, where none is stated).
  // 有车吗 asks for vehicles; 公车运行费有变化吗 asks for the figure's change.
  const notOfMoney = !frame.cues.money && !frame.aspects.has('change');
  // 买几辆 → 花多少: money asked of a count is the money spent on what it counts.
  const moneyOfCount = MONEY_OF_COUNT[concept];
  if (moneyOfCount && frame.cues.money && !frame.cues.countAsked && !frame.aspects.has('count') && !frame.aspects.has('quantity')) return [moneyOfCount];
  if (concept === 'sangong.vehiclePurchase' && (frame.aspects.has('quantity') || frame.aspects.has('count') || ((frame.cues.exists || frame.cues.yesNo) && notOfMoney))) return ['assets.vehiclePurchaseCount'];
  if (concept.startsWith('sangong.vehicle') && (frame.aspects.has('quantity') || frame.aspects.has('count') || (frame.cues.exists && notOfMoney))) return ['assets.vehicleCount'];
  // 接待多少批次、多少人次 read as the batches: the visits are the same spending's other count.
  const family = COUNT_OF[concept] ?? Object.values(COUNT_OF).find((counts) => Object.values(counts ?? {}).includes(concept));
  const byUnit = frame.cues.countsAsked.flatMap((unit) => family?.[unit] ?? []);
  return byUnit.length ? [...new Set(byUnit)] : [concept];
}

export function countedConcept(concept: ConceptKey, frame: Frame): ConceptKey {
  return countedConcepts(concept, frame)[0];
}

function answerConceptAsked(facts: FactBase, concept: ConceptKey, frame: Frame): Answer | undefined {
  const all = countedConcepts(concept, frame);
  if (all.length > 1) {
    const answers = all.map((c) => answerCounted(facts, c, frame)).filter((a): a is Answer => !!a?.answered);
    if (answers.length) return combined(answers);
  }
  return answerCounted(facts, all[0], frame);
}

/**
 * A fund named without its side (有没有政府性基金预算) is read as its income; where the disclosure states
 * only the fund's spending (政府性基金支出 0 万元), that spending answers.
 */
const SPENDING_SIDE: Partial<Record<ConceptKey, ConceptKey>> = { 'income.govfund': 'expense.govfund', 'income.general': 'expense.general' };

function sideStated(facts: FactBase, concept: ConceptKey, frame: Frame): ConceptKey {
  const spending = SPENDING_SIDE[concept];
  return spending && !saysIncome(frame, concept) && !findAmount(facts, concept) && findAmount(facts, spending) ? spending : concept;
}

/** `counted`: the count a question asks of a concept, or the concept itself where it asks none. */
function answerCounted(facts: FactBase, counted: ConceptKey, frame: Frame): Answer | undefined {
  if (frame.lexicon.concepts[counted]?.count) {
    const count = facts.counts.find((c) => c.concept === counted);
    if (count) return answerCount(count, frame, facts);
    // 今年买新车吗: with no number of vehicles to buy stated, the money for buying them says as much (0 万元).
    const money = MONEY_OF_COUNT[counted];
    const spent = money && answerAmount(facts, money, { ...frame, aspects: new Set(), attribute: 'amount' });
    // The money answers the question (none to buy), so the answer stands as answered, saying which figure it is.
    if (spent?.answered) return { ...spent, body: notGivenBody(refuse('notDisclosed', [facts.identity], frame.english, frame.lexicon.concepts[counted]?.name ?? counted), spent) };
    // Without a stated count, the 绩效目标表 themselves are the projects with targets.
    return counted === 'perf.projectCount' ? answerProjects(facts, frame) : undefined;
  }
  return answerAmount(facts, sideStated(facts, counted, frame), frame);
}
