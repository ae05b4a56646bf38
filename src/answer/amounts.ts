/**
 * Answers about money concepts: the figure, its change against last year and the reason, last
 * year's figure (this year − change), a share of its parent, a growth rate, and yes/no checks.
 * Every computed figure shows its arithmetic and inputs.
 */
import { claimHolds, type Claim } from '../intent/claim.js';
import type { ConceptKey } from '../schema/concept.js';
import type { Amount, Count, FactBase } from '../schema/fact.js';
import type { Frame } from '../intent/frame.js';
import { answerStatedCount, countParts, countPartsText } from './counts.js';
import { answer, cite, num, wan, type Answer } from './answer.js';
import { changeText, reasonText } from './change.js';
import { answerExecution, executionText } from './execution.js';
import { answerShareOf, withShareVerdict } from './share.js';
import { refuse } from './refuse.js';
import { strings } from './strings/index.js';

/** The whole a part is a share of, for 占比 questions. */
const PARENT: Partial<Record<ConceptKey, ConceptKey>> = {
  'expense.basic': 'expense.total',
  'expense.project': 'expense.total',
  'expense.reserve': 'expense.total',
  'expense.personnel': 'expense.basic',
  'expense.public': 'expense.basic',
  'admin': 'expense.total',
  'sangong.abroad': 'sangong.total',
  'sangong.vehicle': 'sangong.total',
  'sangong.reception': 'sangong.total',
  'procurement.goods': 'procurement.total',
  'procurement.works': 'procurement.total',
  'procurement.services': 'procurement.total',
  'income.fiscal': 'income.total',
  'income.general': 'income.total',
  'income.other': 'income.total',
  'income.superior': 'income.total',
  'income.business': 'income.total',
  'income.operating': 'income.total',
  'income.affiliated': 'income.total',
  'income.govfund': 'income.total',
};

/** The whole a concept's share is asked of (项目支出 → 支出预算), if it has one. */
export function parentOf(concept: ConceptKey): ConceptKey | undefined {
  return PARENT[concept];
}

/** The parts a total is made of, as the template breaks it down. */
const PARTS: Partial<Record<ConceptKey, ConceptKey[]>> = {
  'sangong.total': ['sangong.abroad', 'sangong.vehicle', 'sangong.reception'],
  'sangong.vehicle': ['sangong.vehiclePurchase', 'sangong.vehicleOperation'],
  'income.total': ['income.fiscal', 'income.superior', 'income.business', 'income.operating', 'income.affiliated', 'income.other'],
  'expense.total': ['expense.basic', 'expense.project', 'expense.reserve'],
  'expense.basic': ['expense.personnel', 'expense.public'],
  'procurement.total': ['procurement.goods', 'procurement.works', 'procurement.services'],
};

/**
 * The budget as a whole: the figure a bare 预算 in a follow-up asks again, not a part of it; and no whole whose
 * parts' stated rates are ranked, its parts being the 决算's own line statements.
 */
export const WHOLE_BUDGET: ConceptKey[] = ['budget.total', 'income.total', 'expense.total', 'fiscal.total'];

/** The parts a concept breaks down into, as the template has them. */
export function partsOf(concept: ConceptKey): ConceptKey[] {
  return PARTS[concept] ?? [];
}

/** The concept a concept is a part of (货物采购 → 政府采购), if any. */
export function wholeOf(concept: ConceptKey): ConceptKey | undefined {
  return (Object.keys(PARTS) as ConceptKey[]).find((whole) => PARTS[whole]?.includes(concept));
}

/** Whether the figures break a concept down into parts (三公 into its three, 支出 into 基本 and 项目). */
export function hasStatedParts(facts: FactBase, concept: ConceptKey): boolean {
  return (PARTS[concept] ?? []).some((c) => findAmount(facts, c)) || (concept === 'expense.project' && facts.projectUses.length > 0);
}

/** 项目支出包括哪些: what the prose says the projects are mainly for, where it says. */
function projectUsesText(facts: FactBase, concept: ConceptKey, frame: Frame): string {
  const asked = frame.aspects.has('parts') || frame.aspects.has('list');
  if (concept !== 'expense.project' || !asked || !facts.projectUses.length) return '';
  return frame.english ? ` Mainly: ${facts.projectUses.join('; ')}.` : `主要包括：${facts.projectUses.join('、')}。`;
}


export function conceptName(concept: ConceptKey, frame: Frame): string {
  const english = frame.english;
  const entry = frame.lexicon.concepts[concept];
  if (!entry) return concept;
  return english ? `${entry.en} (${entry.name})` : entry.name;
}

export function findAmount(facts: FactBase, concept: ConceptKey): Amount | undefined {
  return facts.amounts.find((a) => a.concept === concept);
}

/** 是不是超过了80万 / is it 800,000 yuan: yes or no, the figure, and (against a bound) how far it stands from it. */
export function answerClaim(name: string, value: number, frame: Frame, citations: Answer['citations']): Answer {
  const en = frame.english;
  const claim: Claim = { value: frame.verify!, relation: frame.verifyRelation ?? 'equal' };
  const holds = claimHolds(claim, value);
  const gap = value - claim.value;
  const against = claim.relation === 'equal' ? '' : en ? `, ${wan(Math.abs(gap), true)} ${gap >= 0 ? 'above' : 'below'} ${wan(claim.value, true)}` : `，比 ${num(claim.value)} 万元${gap >= 0 ? '多' : '少'} ${wan(Math.abs(gap))}`;
  const body = en
    ? `${holds ? 'Yes' : 'No'}: ${name} is ${wan(value, true)}${against}.`
    : `${holds ? '是的' : '不是'}。${name}为 ${wan(value)}${claim.relation === 'equal' ? (holds ? '' : `，不是 ${num(claim.value)} 万元`) : against}。`;
  return answer('verify', body, en, citations);
}

/** 有 / 没有 (yes / no) before a figure asked whether there is any of it. */
function anyVerdict(value: number, english: boolean): string {
  return value > 0 ? (english ? 'Yes. ' : '有。') : english ? 'No. ' : '没有。';
}

/** The budget as a whole, which every department has: whether there is any is no question of it. */
const WHOLE_BUDGETS: ConceptKey[] = ['budget.total', 'income.total', 'expense.total'];

/** Wholes whose own parts are what 里面哪项最多 ranks (三公's three, not the classified lines). */
const PARTS_RANKED: ConceptKey[] = ['sangong.total', 'sangong.vehicle', 'income.total', 'procurement.total'];

/** 三公经费里哪一项最多，占多少: the whole's stated parts ranked, each with its share of the whole. */
/** `claimed`: a part said to be the largest (它是不是三项里最高的), confirmed or denied first. */
export function answerLargestPart(facts: FactBase, concept: ConceptKey, frame: Frame, claimed?: ConceptKey): Answer | undefined {
  const whole = findAmount(facts, concept);
  if (!PARTS_RANKED.includes(concept) || !whole || whole.value <= 0) return undefined;
  // 政府采购哪一项最多 asks for the rows bought where they are listed; its classes (货物, 服务) are ranked where they are not, or asked (哪一类).
  if (concept === 'procurement.total' && facts.procurement.items.length && !frame.cues.classAsked) return undefined;
  const parts = partsOf(concept).map((c) => findAmount(facts, c)).filter((a): a is Amount => !!a).sort((a, b) => (frame.ascending ? a.value - b.value : b.value - a.value));
  // One part stated (财政拨款收入 only) is all of the whole, which the ranking says as 100%.
  if (!parts.length) return undefined;
  const en = frame.english;
  const rate = (p: Amount) => `${((p.value / whole.value) * 100).toFixed(2)}%`;
  const rows = parts.map((p, i) => `${i + 1}. ${p.label}：${wan(p.value, en)}（${rate(p)}）`);
  const [top] = parts;
  const word = frame.ascending ? (en ? 'smallest' : '最少') : en ? 'largest' : '最多';
  const verdict = claimed === undefined ? '' : top.concept === claimed ? (en ? 'Yes. ' : '是的。') : en ? 'No. ' : '不是。';
  const body = en
    ? `${verdict}The ${word} part of ${whole.label} (${wan(whole.value, true)}) is ${top.label}: ${wan(top.value, true)}, ${rate(top)} of it.\n${rows.join('\n')}`
    : `${verdict}${whole.label}（${wan(whole.value)}）中${word}的是${top.label}：${wan(top.value)}，占 ${rate(top)}。\n${rows.join('\n')}`;
  return answer(claimed === undefined ? 'compare' : 'verify', body, en, cite(whole.source, ...parts.map((p) => p.source)), { listed: parts.map((p) => p.label) });
}

/** The asset table's rows that state a figure, its total row left out: what the assets are made of. */
function assetRowsText(facts: FactBase, frame: Frame): string {
  const rows = facts.assets.filter((r) => !/总额|合计|总计/.test(r.name) && (r.value !== null || r.quantity !== null));
  if (!rows.length) return '';
  const en = frame.english;
  const said = rows.map((r) => {
    const name = r.name.replace(/[(（][^)）]*[)）]/g, '');
    const count = r.quantity !== null ? (en ? ` (${num(r.quantity)} of them)` : `（数量 ${num(r.quantity)}）`) : '';
    return `${name}${count}${r.value !== null ? ` ${num(Number(r.value.toFixed(2)))} 万元` : ''}`;
  });
  return en ? ` Made up of: ${said.join(', ')}.` : `其中：${said.join('，')}。`;
}

/** The breakdown of a total: always for 三公 (因公出国 0, 公务用车 0, 公务接待 0), else when asked for. */
function partsText(facts: FactBase, concept: ConceptKey, frame: Frame): string {
  const wanted = concept === 'sangong.total' || frame.aspects.has('parts') || frame.aspects.has('list');
  // 固定资产由什么构成: the rows of the asset table, which break the assets down.
  if (wanted && (concept === 'assets.total' || concept === 'assets.all')) return assetRowsText(facts, frame);
  const stated = wanted ? (PARTS[concept] ?? []).map((c) => findAmount(facts, c)).filter((a): a is Amount => !!a) : [];
  if (!stated.length) return '';
  // 钱从哪来 / 由什么构成: each part's share of the whole, so that 财政拨款 37188.34 reads as all of it (100%).
  const whole = findAmount(facts, concept)?.value;
  // 收入预算 = 财政拨款 + 其他收入 + 上年结转: the balance carried over is a source where the parts add up only with it.
  const carried = concept === 'income.total' ? findAmount(facts, 'income.carryover') : undefined;
  const sum = (list: Amount[]) => list.reduce((total, p) => total + p.value, 0);
  const withCarry = whole !== undefined && carried && carried.value > 0 && Math.abs(sum(stated) - whole) > 0.01 && Math.abs(sum(stated) + carried.value - whole) <= 0.01;
  const parts = withCarry ? [...stated, carried] : stated;
  // A part too small to show at two decimals is said to be so, never as 0%.
  const rate = (p: Amount) => (p.value / whole!) * 100;
  const shown = (p: Amount) => (p.value > 0 && rate(p) < 0.005 ? (frame.english ? 'under 0.01%' : '不足 0.01%') : `${num(Number(rate(p).toFixed(2)))}%`);
  const share = (p: Amount) => (frame.aspects.has('parts') && whole ? (frame.english ? ` (${shown(p)})` : `（${shown(p)}）`) : '');
  const list = parts.map((p) => `${p.label} ${num(Number(p.value.toFixed(2)))} 万元${share(p)}`).join(frame.english ? ', ' : '，');
  return frame.english ? ` Parts: ${list}.` : `其中：${list}。`;
}

/**
 * Figures that are one amount under several names: 收支总计 = 收入合计 = 支出合计, 财政拨款收入 =
 * 财政拨款支出 in most budgets. Where they are equal, a change or reason stated for one is the other's.
 */
const TWINS: ConceptKey[][] = [
  ['budget.total', 'income.total', 'expense.total'],
  ['income.fiscal', 'expense.fiscal', 'fiscal.total', 'income.general', 'expense.general'],
];

/** A figure's change, with its reason: its own, else that of a twin of the same value that states one. */
export function changeOf(facts: FactBase, a: Amount): Amount['change'] {
  if (a.change?.reason) return a.change;
  const twins = TWINS.find((group) => group.includes(a.concept)) ?? [];
  const twin = facts.amounts.filter((t) => twins.includes(t.concept) && t.concept !== a.concept && t.value === a.value && t.change);
  return twin.find((t) => t.change?.reason)?.change ?? a.change ?? twin[0]?.change;
}

/**
 * The one part a figure is made of entirely (收入预算 15621.11 = 财政拨款收入 15621.11), where that part
 * states a change and the figure does not: the part's change is the nearest the disclosure comes.
 */
function soleChangedPart(facts: FactBase, a: Amount): Amount | undefined {
  const names = [a.concept, ...(TWINS.find((group) => group.includes(a.concept)) ?? [])];
  const parts = names.flatMap((c) => PARTS[c] ?? []);
  return facts.amounts.find((p) => parts.includes(p.concept) && p.value === a.value && p.change);
}

/** The parts whose stated reasons explain a total's change where the total states none (基本支出增加…因为…). */
function partReasons(facts: FactBase, concept: ConceptKey): Amount[] {
  const whole = (TWINS[0].includes(concept) ? 'expense.total' : concept) as ConceptKey;
  return (PARTS[whole] ?? []).map((c) => findAmount(facts, c)).filter((p): p is Amount => !!p?.change?.reason);
}

/** The nearest whole a concept belongs to (公务用车运行维护费 → 公务用车 → 三公经费) whose change fits, with that change. */
function wholeWith(facts: FactBase, concept: ConceptKey, fits: (change: NonNullable<Amount['change']>) => boolean): (Amount & { change: NonNullable<Amount['change']> }) | undefined {
  for (let whole = wholeOf(concept); whole; whole = wholeOf(whole)) {
    const amount = findAmount(facts, whole);
    const change = amount && changeOf(facts, amount);
    if (amount && change && fits(change)) return { ...amount, change };
  }
  return undefined;
}

function prevValue(a: Amount): number | undefined {
  const c = a.change;
  if (!c) return undefined;
  if (c.direction === '持平') return a.value;
  if (c.amount === undefined) return undefined;
  return Number((c.direction === '增加' ? a.value - c.amount : a.value + c.amount).toFixed(2));
}

export function answerCount(count: Count, frame: Frame, facts: FactBase): Answer {
  // The prose's own statement of the count says what it goes on to say: the money involved, the average score.
  const stated = facts.statedCounts.find((c) => c.source.line === count.source.line && c.value === count.value && (c.involves || c.averageScore));
  if (stated) return answerStatedCount({ ...stated, label: count.label }, frame, facts.statedCounts);
  const row = facts.assets.find((r) => r.source.line === count.source.line);
  const value = row?.value !== null && row?.value !== undefined ? (frame.english ? `, worth ${wan(row.value, true)}` : `，价值 ${wan(row.value)}`) : '';
  const parts = countParts(count, facts.statedCounts);
  // 要买新公务车吗 / 有公车吗: whether there are any, said before how many.
  const verdict = (frame.cues.yesNo || frame.cues.exists) && frame.verify === undefined ? anyVerdict(count.value, frame.english) : '';
  const body = frame.english
    ? `${verdict}${conceptName(count.concept, frame)}: ${num(count.value)} ${count.unit}${countPartsText(parts, true)}${value}.`
    : `${verdict}${count.label.replace(/\(.*\)$/, '')}：${num(count.value)} ${count.unit}${countPartsText(parts, false)}${value}。`;
  return answer('amount', body, frame.english, cite(count.source, ...parts.map((p) => p.source)));
}

/** Answers a money concept with whichever aspects the frame asks for. */
export function answerAmount(facts: FactBase, concept: ConceptKey, frame: Frame): Answer | undefined {
  const found = findAmount(facts, concept);
  if (!found) return undefined;
  const change = changeOf(facts, found);
  const a: Amount = change ? { ...found, change } : found;
  const en = frame.english;
  const name = conceptName(concept, frame);
  // A figure the 公开表 state too is cited from both; where they disagree a check warning says so.
  const citations = cite(a.source, a.table?.source, ...(concept === 'budget.total' ? [findAmount(facts, 'income.total')?.source, findAmount(facts, 'expense.total')?.source] : []));
  const previousYear = (facts.identity.year ?? 0) - 1;
  const askedPrevious = frame.aspects.has('previous') || frame.years.includes(previousYear);
  // A stock figure dated at a year's end (2019年年末固定资产) answers for that year as it stands.
  // An asset figure, which a budget states as it stood at the end of the year before, is that year-end's.
  const dated = frame.years.some((y) => new RegExp(`${y}年(?:年末|末|底|12月31日)`).test(a.source.quote)) || (concept.startsWith('assets.') && (frame.cues.yearEnd || frame.years.includes(previousYear)));

  if (frame.verify !== undefined) return answerClaim(name, a.value, frame, citations);
  // 一般公共预算基本支出多少 / 财拨基本支出: the fund's own figure, where a table of that fund states one apart.
  // (Only the figure asked: its parts, its change or whether it is all of a whole are answered as before.)
  if (frame.cues.fiscal && a.fiscal && frame.aspects.size === 0 && !frame.cues.claimsAll) {
    const body = en
      ? `${name}, ${a.fiscal.fund === '一般公共预算' ? 'general public budget' : 'fiscal appropriation'} only: ${wan(a.fiscal.value, true)} (all funds: ${wan(a.value, true)}).`
      : `${name}（${a.fiscal.fund}）：${wan(a.fiscal.value)}（含其他资金的合计为 ${wan(a.value)}）。`;
    return answer('amount', body, en, cite(a.fiscal.source, a.source));
  }
  // 钱是不是全都是财政给的 / 收入是不是全部来自财政拨款: whether the part is all of its whole, with its share.
  // (项目支出都是财政拨款吗 names two figures, one of the other's funding, neither the other's whole: not this.)
  const alone = frame.concepts.every((c) => c.concept === concept || c.concept === PARENT[concept]);
  const whole = frame.cues.claimsAll && alone ? findAmount(facts, PARENT[concept] ?? concept) : undefined;
  if (whole && whole.concept !== concept && whole.value > 0) {
    const all = Math.abs(whole.value - a.value) < 0.005;
    const rate = `${num(Number(((a.value / whole.value) * 100).toFixed(2)))}%`;
    const body = en
      ? `${all ? 'Yes' : 'No'}: ${name} is ${wan(a.value, true)}, ${rate} of ${whole.label} (${wan(whole.value, true)}).`
      : `${all ? '是的，全部是' : '不全是。'}${name}：${wan(a.value)}，占${whole.label}（${wan(whole.value)}）的 ${rate}。`;
    return answer('verify', body, en, cite(a.source, whole.source));
  }

  if (frame.aspects.has('execution') || frame.cues.budgetAsked) {
    // A 决算 that states the budget and actual of this figure in a sentence of their own.
    const stated = (a.budgeted === undefined || a.budgeted === 0) && facts.executions.find((e) => frame.lexicon.wordsOf(concept).some((w) => w.length >= 4 && (e.name === w || e.name.endsWith(w))));
    if (stated) return answerExecution(stated, frame);
  }
  if (frame.aspects.has('execution')) {
    // 因公出国（境）费支出决算为4.69万元，完成预算的15.63%: the rate the text states, with no budget figure to compute it from.
    if ((a.budgeted === undefined || a.budgeted === 0) && a.statedExecution !== undefined) {
      const body = en ? `${name}: actual ${wan(a.value, true)}, ${a.statedExecution}% of its budget (as the disclosure states).` : `${name}：决算 ${wan(a.value)}，完成预算的 ${a.statedExecution}%（披露所述）。`;
      return answer('execution', body, en, citations);
    }
    if (a.budgeted === undefined || a.budgeted === 0) {
      const budgetOnly = facts.identity.kind !== '决算';
      const what = en
        ? `the execution of ${name} (${budgetOnly ? 'a budget states plans; execution is in the year\'s final accounts' : 'no initial budget is given'})`
        : `${name}的执行情况（${budgetOnly ? '预算披露只有预算数，执行情况见当年决算' : '披露没有给出年初预算数'}）`;
      return refuse('notDisclosed', [facts.identity], en, what);
    }
    const why = frame.aspects.has('reason') && a.varianceReason ? (en ? ` Reason given: ${a.varianceReason.text}.` : `决算数与预算数不同的原因：${a.varianceReason.text}。`) : '';
    const body = `${name}${en ? ': ' : '：'}${executionText(a.budgeted, a.value, undefined, en)}${why}`;
    return answer('computed', body, en, why ? cite(a.varianceReason!.source, ...citations) : citations);
  }

  // 收入预算比去年少多少: not stated of the whole, but of the one part it is made of, said to be that part's.
  const solePart = !a.change && (frame.aspects.has('change') || frame.aspects.has('reason')) ? soleChangedPart(facts, a) : undefined;
  const sole = solePart && { ...solePart, change: changeOf(facts, solePart) };
  if (sole) {
    const partName = conceptName(sole.concept, frame);
    const body = en
      ? `The disclosure states no change for ${name} as such; all of it (${wan(a.value, true)}) is ${partName}, which: ${changeText(sole, true)}${reasonText(sole, true)}`
      : `披露没有单独说明${name}的变化；${name}（${wan(a.value)}）全部为${partName}，${partName}${changeText(sole, false)}${reasonText(sole, false)}`;
    return answer('change', body, en, cite(sole.change?.source, sole.change?.reasonSource, a.source));
  }

  if (frame.aspects.has('reason')) {
    // 三公为什么没花完: a 决算 states why the actual fell short of (or passed) the budget.
    if (!a.change?.reason && a.varianceReason && a.budgeted) {
      const body = en
        ? `${name}: ${executionText(a.budgeted, a.value, undefined, true)} Reason given: ${a.varianceReason.text}.`
        : `${name}：${executionText(a.budgeted, a.value, undefined, false)}决算数与预算数不同的原因：${a.varianceReason.text}。`;
      return answer('reason', body, en, cite(a.varianceReason.source, a.source));
    }
    if (!a.change?.reason) {
      const parts = partReasons(facts, concept);
      if (parts.length) {
        const lines = parts.map((p) => `- ${p.label}${changeText(p, en)}${reasonText(p, en)}`).join('\n');
        const body = en
          ? `The disclosure states no reason for ${name} as a whole; ${changeText(a, true)} It gives these for its parts:\n${lines}`
          : `披露没有单独说明${name}变化的原因（${name}${changeText(a, false).replace(/。$/, '')}），说明了其组成部分的变化原因：\n${lines}`;
        return answer('reason', body, en, cite(a.source, ...parts.flatMap((p) => [p.change?.reasonSource, p.change?.source])));
      }
      // 公务接待费为什么 → the reason stated for 三公经费 as a whole, said to be the whole's.
      const withChange = wholeWith(facts, concept, (change) => !!change.reason);
      if (withChange?.change.reason) {
        const wholeName = conceptName(withChange.concept, frame);
        const wholeChange = withChange.change;
        const body = en
          ? `The disclosure states no reason for ${name} on its own (${wan(a.value, true)}); for ${wholeName} as a whole: ${changeText(withChange, true)}${reasonText(withChange, true)}`
          : `披露没有单独说明${name}的原因（${name}为 ${wan(a.value)}）；${wholeName}整体${changeText(withChange, false)}${reasonText(withChange, false)}`;
        return answer('reason', body, en, cite(wholeChange.reasonSource, wholeChange.source, a.source));
      }
      const body = en ? `The disclosure gives no reason for the change in ${name}. ${changeText(a, true)}` : `披露未说明${name}变化的原因。${name}为 ${wan(a.value)}。${changeText(a, false)}`;
      return answer('reason.notGiven', body, en, citations);
    }
    // The figure itself comes last, so a question that asks it beside the reason (预算多少，为什么减少) has it.
    const body = en
      ? `${name}: ${changeText(a, true)}${reasonText(a, true)} This year: ${wan(a.value, true)}.`
      : `${name}${changeText(a, false)}${reasonText(a, false)}本年为 ${wan(a.value)}。`;
    return answer('reason', body, en, cite(a.change.reasonSource, a.change.source, a.source));
  }

  // 按增幅倒推上一年的预算: the change is the way to last year's figure, which is what is asked.
  const derivesPrevious = frame.cues.derive && askedPrevious;
  // The rate the disclosure states is the one to give (its own base and rounding), before any computed one.
  if (frame.aspects.has('growthRate') && a.change?.rate !== undefined && !derivesPrevious) {
    const body = en
      ? `${name} ${a.change.direction === '减少' ? 'fell' : 'grew'} ${num(a.change.rate)}% on last year, as the disclosure states. This year: ${wan(a.value, true)}.`
      : `${name}${changeText(a, false).replace(/。$/, '')}（增减率为披露原文所述）。本年为 ${wan(a.value)}。`;
    return answer('change', body, en, cite(a.change.source, a.source));
  }
  if (frame.aspects.has('growthRate') && a.change && !derivesPrevious) {
    const prev = prevValue(a);
    if (prev !== undefined && prev !== 0) {
      const rate = ((a.value - prev) / prev) * 100;
      const body = en
        ? `${name} growth rate: ${rate.toFixed(2)}% = (${num(a.value)} − ${num(prev)}) ÷ ${num(prev)}.`
        : `${name}增长率：${rate.toFixed(2)}%，即（${num(a.value)} − ${num(prev)}）÷ ${num(prev)}（上年 = 本年 ${num(a.value)} ${a.change.direction === '增加' ? '−' : '+'} 变化 ${num(a.change.amount ?? 0)}）。`;
      return answer('computed', body, en, cite(a.change.source, a.source));
    }
  }

  // 按增减推算2019年的总额, 按增加额倒推上一年的: likewise.
  if (frame.aspects.has('change') && !(frame.aspects.has('previous') && !frame.cues.changeWord) && !derivesPrevious) {
    if (!a.change) {
      // 人员经费呢 → 比上年增加多少: not stated of the part, the whole it belongs to is said, as the whole's.
      const ofWhole = wholeWith(facts, concept, () => true);
      const wholeText = ofWhole ? (en ? ` For ${conceptName(ofWhole.concept, frame)} as a whole: ${changeText(ofWhole, true)}` : `其所属的${conceptName(ofWhole.concept, frame)}整体${changeText(ofWhole, false)}`) : '';
      const body = en ? `The disclosure states no change against last year for ${name}; it is ${wan(a.value, true)}.${wholeText}` : `披露未说明${name}与上年相比的变化。本年${name}为 ${wan(a.value)}。${wholeText}`;
      return answer('change', body, en, ofWhole ? cite(...citations, ofWhole.change.source) : citations);
    }
    // 三公经费比上年减少了，对吗: the way the user supposes it moved, confirmed or denied first.
    const supposed = frame.cues.claimedChange;
    const verdict = supposed ? (supposed === a.change.direction ? (en ? 'Yes. ' : '对。') : en ? 'No. ' : '不对。') : '';
    const body = en ? `${verdict}${name}: ${changeText(a, true)}${reasonText(a, true)}` : `${verdict}${name}${changeText(a, false)}${reasonText(a, false)}本年为 ${wan(a.value)}。`;
    return answer('change', body, en, cite(a.change.source, a.source));
  }

  if (askedPrevious && !dated) {
    const prev = prevValue(a);
    const year = previousYear > 0 ? `${previousYear}年` : '上年';
    const unstated = en
      ? `${name} for ${previousYear > 0 ? previousYear : 'last year'} (no figure for it is given, nor a change to work it out from)`
      : `${year}的${name}（披露没有上年数，也没有说明变化，无法推算）`;
    if (prev === undefined) return refuse('notDisclosed', [facts.identity], en, unstated);
    const op = a.change?.direction === '增加' ? '−' : '+';
    const body = en
      ? `${name} for ${previousYear > 0 ? previousYear : 'last year'}: ${wan(prev, true)}, computed as this year's ${num(a.value)} ${op} the change ${num(a.change?.amount ?? 0)}.`
      : a.change?.direction === '持平'
        ? `${year}${name}：${wan(prev)}。披露说明与上年持平，故上年与本年相同（披露未直接给出上年数）。`
        : `${year}${name}：${wan(prev)}。计算：本年 ${num(a.value)} ${op} 变化 ${num(a.change?.amount ?? 0)} = ${num(prev)}（披露未直接给出上年数）。`;
    return answer('computed', body, en, cite(a.change?.source, a.source));
  }

  if (frame.aspects.has('share') && a.statedShare) {
    // The share the disclosure states is the one to give: its base and rounding are the disclosure's own.
    const of = a.statedShare.of || conceptName(PARENT[concept] ?? 'expense.total', frame);
    const body = en ? `${name} is ${num(a.statedShare.rate)}% of ${of}, as the disclosure states.` : `${name}占${of}的 ${num(a.statedShare.rate)}%（披露原文所述）。${name}为 ${wan(a.value)}。`;
    return withShareVerdict(answer('amount', body, en, citations), a.statedShare.rate, frame);
  }

  if (frame.aspects.has('share')) {
    // A total is no share of spending (收入 ÷ 支出 is no share): only what spending is made of falls back to it.
    const whole = PARENT[concept] ?? (TWINS[0].includes(concept) || concept.startsWith('income.') ? undefined : 'expense.total');
    const parent = whole && findAmount(facts, whole);
    if (parent && parent.value > 0 && parent.concept !== concept) {
      const shared = answerShareOf({ name, value: a.value, source: a.source }, { name: conceptName(parent.concept, frame), value: parent.value, source: parent.source }, frame);
      if (shared) return shared;
    }
  }

  // 出国经费多少，主要用来干嘛: what the figure is for, where the disclosure says and it is asked.
  const uses = a.uses && frame.aspects.has('uses') ? (en ? ` Mainly for: ${a.uses}.` : `主要用于${a.uses.replace(/^用于/, '')}。`) : '';
  // 人员经费主要包括哪些: what the prose says the figure is made of, where no table's classes rank it.
  const includes = a.includes && (frame.operation === 'composition' || frame.aspects.has('parts')) ? `\n${strings(en ? 'en' : 'zh').includesStated(a.label, a.includes)}` : '';
  const budgeted = a.budgeted !== undefined ? (en ? ` (年初预算 ${wan(a.budgeted, true)})` : `（年初预算 ${wan(a.budgeted)}）`) : '';
  const derived = a.derivation ? (en ? ` Computed: ${a.derivation}.` : `（由披露数字计算：${a.derivation}）`) : '';
  // A 决算 states actuals: 政府采购预算 reads 政府采购（决算数）.
  const shown = facts.identity.kind === '决算' ? (en ? `${name} (actual)` : `${name.replace(/预算/g, '')}（决算数）`) : name;
  // 有政府性基金收入，这个说法对吗: whether there is any, said before how much; never of the whole budget,
  // which a question about something it does not name falls back to.
  const any = frame.cues.exists && frame.verify === undefined && !WHOLE_BUDGETS.includes(concept) ? anyVerdict(a.value, en) : '';
  const body = any + (en
    ? `${shown}: ${wan(a.value, true)}${budgeted}.${derived}${uses} ${changeText(a, true)}${partsText(facts, concept, frame)}${projectUsesText(facts, concept, frame)}${includes}`.trim()
    : `${shown}：${wan(a.value)}${budgeted}。${uses}${includes}${derived}${partsText(facts, concept, frame)}${projectUsesText(facts, concept, frame)}${changeText(a, false)}${a.change?.reason && a.change.direction !== '持平' ? '' : reasonText(a, false)}`);
  return answer('amount', body, en, citations);
}
