/**
 * 不是财政拨款的收入有多少 / 有没有非财拨来源: the income beside the fiscal appropriation. Where the
 * disclosure states the other sources, their sum, each named; where it states none, the total less the
 * appropriation. Worked out and said so, never a stated figure in its place.
 */
import type { ConceptKey } from '../schema/concept.js';
import type { Amount, FactBase } from '../schema/fact.js';
import type { Frame } from '../intent/frame.js';
import { answer, cite, num, wan, type Answer } from './answer.js';
import { findAmount, partsOf } from './amounts.js';

/** The appropriation as a 预算 states it: all fiscal money, or the general public budget's where that is all it names. */
export const FISCAL_INCOME: ConceptKey[] = ['income.fiscal', 'income.general'];

export function answerNonFiscalIncome(facts: FactBase, frame: Frame): Answer | undefined {
  const total = findAmount(facts, 'income.total');
  const fiscal = FISCAL_INCOME.map((c) => findAmount(facts, c)).find((a): a is Amount => !!a);
  if (!total || !fiscal) return undefined;
  const others = partsOf('income.total')
    .filter((c) => !FISCAL_INCOME.includes(c))
    .map((c) => findAmount(facts, c))
    .filter((a): a is Amount => !!a);
  const en = frame.english;
  const rest = Number((others.length ? others.reduce((sum, a) => sum + a.value, 0) : total.value - fiscal.value).toFixed(6));
  const worked = others.length ? others.map((a) => `${a.label} ${num(a.value)}`).join(' + ') : en ? `total ${num(total.value)} − ${fiscal.label} ${num(fiscal.value)}` : `收入合计 ${num(total.value)} − ${fiscal.label} ${num(fiscal.value)}`;
  const verdict = frame.cues.yesNo || frame.cues.exists ? (rest > 0 ? (en ? 'Yes. ' : '有。') : en ? 'No. ' : '没有。') : '';
  const body = en ? `${verdict}Income other than the fiscal appropriation: ${wan(rest, true)} (worked out: ${worked}).` : `${verdict}财政拨款以外的收入：${wan(rest)}（由披露数字计算：${worked}）。`;
  return answer('computed', body, en, cite(...(others.length ? others : [total, fiscal]).map((a) => a.source)));
}
