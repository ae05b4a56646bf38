/**
 * Extracts the key money facts of any disclosure of the template family from its prose:
 * labels (see labels.ts) partition the compacted stream; each label takes the first figure that
 * follows it within its clause, then any stated change against last year and its reason.
 */
import type { ConceptKey } from '../schema/concept.js';
import type { Amount, Change, Count, Source } from '../schema/fact.js';
import {
  ACTUAL_AFTER,
  CHANGE_AFTER,
  CHANGE_INLINE,
  COUNT_OF,
  FIGURE,
  LABEL_RULES,
  QUALIFIER,
  REASON,
  SHARE_AFTER,
  EXECUTION_AFTER,
  STANDALONE_REASON,
  NEXT_SENTENCE_REASON,
  USES_AFTER,
  INCLUDES_AFTER,
  type LabelRule,
} from './labels.js';
import type { SourceText } from './sourceText.js';

interface LabelHit {
  rule: LabelRule;
  start: number;
  end: number;
  /** The label itself, without its qualifiers. */
  label: string;
}

/** Units a money figure is written in; any other (辆, 人次) is a count. */
const MONEY_UNITS = new Set(['亿元', '万元', '万', '元']);

/** 万元 per unit as written: amounts are kept in 万元. */
const WAN_PER: Record<string, number> = { 元: 1 / 10000, 亿元: 10000 };

/** How far past a label its figure may stand: one clause of a sentence. */
const CLAUSE = 40;
/** Between a label and its figure: a few words, but never a change word (增加 4016.19 is no figure). */
/** …or in the next sentence when that sentence opens with the year: 因公出国（境）费用。2026年预算数45.19万元. */
const FIGURE_AFTER_LABEL = new RegExp(`^[^,，。;；、\\d增减比较]{0,6}?(?:[。:：]?\\d{4}年度?[^,，。;；、\\d增减比较]{0,6}?)?${FIGURE}`);
/** A label runs on through its qualifiers, so 三公经费财政拨款支出预算为 is one label, not two. */
const COMPILED = LABEL_RULES.map((rule) => ({ rule, regex: new RegExp(`(?:${rule.pattern})${QUALIFIER}`, 'g'), core: new RegExp(`^(?:${rule.pattern})`) }));

/** All label occurrences, leftmost first and longest at a tie, none overlapping. */
function findLabels(stream: string): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const { rule, regex, core } of COMPILED) {
    regex.lastIndex = 0;
    for (let m = regex.exec(stream); m; m = regex.exec(stream)) {
      if (m[0].length === 0) {
        regex.lastIndex++;
        continue;
      }
      const words = m[0].match(core)?.[0] ?? m[0];
      hits.push({ rule, start: m.index, end: m.index + m[0].length, label: /[\u4e00-\u9fa5]/.test(words) ? words : (rule.name ?? words) });
    }
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: LabelHit[] = [];
  let reach = 0;
  for (const hit of hits) {
    if (hit.start < reach) continue;
    chosen.push(hit);
    reach = hit.end;
  }
  return chosen;
}

export function readChange(text: SourceText, at: number, clause: string): Change | undefined {
  const m = clause.match(CHANGE_AFTER) ?? clause.match(CHANGE_INLINE);
  if (!m) return undefined;
  const [, word, amountText, unit, rateText] = m;
  const amount = amountText !== undefined ? Number(amountText) * (WAN_PER[unit] ?? 1) : undefined;
  const direction: Change['direction'] =
    /持平|一致|无增减/.test(word) || amount === 0 ? '持平' : /减少|下降/.test(word) ? '减少' : '增加';
  const change: Change = {
    direction,
    ...(amount !== undefined && direction !== '持平' ? { amount } : {}),
    ...(rateText !== undefined ? { rate: Number(rateText) } : {}),
    source: text.sourceAt(at + (m.index ?? 0) + m[0].indexOf(word)),
  };
  const after = clause.slice(m[0].length);
  const reason = after.match(REASON) ?? nextSentenceReason(text, at + m[0].length);
  if (reason) {
    change.reason = reason[1].trim();
    change.reasonSource = text.sourceAt(at + m[0].length + (reason.index ?? 0) + reason[0].indexOf(reason[1]));
  }
  return change;
}

/** How far past an actual its budget-versus-actual reason may be stated: past the parts it goes on to list. */
const VARIANCE_REACH = 500;
/** 决算数小于预算数的主要原因是…: why the actual differs from the budget, with what the sentence says it is of before it. */
const VARIANCE = /([^。]{0,20}?)决算数?(?:小于|低于|大于|高于|超过|少于|多于)(?:年初)?预算数?的?(?:主要)?原因(?:是|为)?[:：]?([^。]{2,200})/;

/**
 * The reason an actual differs from its budget, from the sentences after the figure. A sentence that names
 * something must name this figure (“三公”经费支出决算数小于预算数…); an unnamed one is the figure's own.
 */
function varianceReason(text: SourceText, at: number, label: string): { text: string; source: Source } | undefined {
  const window = text.stream.slice(at, at + VARIANCE_REACH);
  const m = window.match(VARIANCE);
  if (!m) return undefined;
  const said = m[1].replace(/[“”"‘’']/g, '');
  const core = label.replace(/[“”"‘’']/g, '').slice(0, 2);
  if (said.trim() && !said.includes(core)) return undefined;
  return { text: m[2].trim(), source: text.sourceAt(at + (m.index ?? 0) + m[0].indexOf(m[2])) };
}

/** How far a figure's 其中 enumeration may run before the sentence that states the figure's change. */
const PARTS_SENTENCE = 400;

/**
 * 总收入80778193.86元，其中：一般公共预算…，其他收入0.00元。与上年对比增加55108.40元: a change
 * stated, with no subject of its own, in the sentence right after the figure's breakdown.
 */
function changeAfterParts(text: SourceText, at: number): Change | undefined {
  const window = text.stream.slice(at, at + PARTS_SENTENCE);
  if (!/^[,，:：]?\s*其中/.test(window)) return undefined;
  const end = window.indexOf('。');
  const next = end < 0 ? '' : window.slice(end + 1);
  return /^\s*(?:与|比|较)(?:上年|上一年|去年)/.test(next) ? readChange(text, at + end + 1, next) : undefined;
}

/** A change also stated in that sentence belongs to another figure, and so does the reason after it. */
const ANOTHER_CHANGE = /(?:增加|减少|增长|下降)\d/;

/** The reason given in the sentence after a change (…增长16.47%。主要原因是增人增资…), unless another change comes first. */
function nextSentenceReason(text: SourceText, from: number): RegExpMatchArray | null {
  const reason = text.stream.slice(from, from + 300).match(NEXT_SENTENCE_REASON);
  if (!reason) return null;
  const before = reason[0].slice(0, reason[0].indexOf('。'));
  return ANOTHER_CHANGE.test(before) ? null : reason;
}

export interface KeyFacts {
  amounts: Amount[];
  counts: Count[];
}

export function extractKeyFacts(text: SourceText): KeyFacts {
  const { stream } = text;
  const labels = findLabels(stream);
  const amounts: Amount[] = [];
  const counts: Count[] = [];

  labels.forEach((hit, i) => {
    const limit = Math.min(labels[i + 1]?.start ?? stream.length, hit.end + CLAUSE);
    const clause = stream.slice(hit.end, limit);
    const { label } = hit;
    const figure = clause.match(FIGURE_AFTER_LABEL);
    if (!figure) {
      // A label with a change but no figure: 基本支出增加392.05万元 / 三公经费支出决算数与2023年度持平.
      // A label followed by 的 qualifies another noun (其他收入的结转和结余…减少754.91万元): the change is that noun's.
      if (/^\s*的/.test(stream.slice(hit.end, hit.end + 3))) return;
      const inline = readChange(text, hit.end, stream.slice(hit.end, hit.end + 200));
      const target = amounts.find((a) => a.concept === hit.rule.concept);
      if (inline && target && !target.change) target.change = inline;
      return;
    }
    const [whole, numberText, unit] = figure;
    const figureAt = hit.end + whole.length - numberText.length - unit.length;
    const source = text.sourceAt(figureAt);

    const countedAs = COUNT_OF[hit.rule.concept]?.[unit];
    if (countedAs) {
      if (!counts.some((c) => c.concept === countedAs)) counts.push({ concept: countedAs, label, value: Number(numberText), unit, source });
      return;
    }
    if (hit.rule.countUnit) {
      // 车辆 are counted in 辆, sometimes in 台: the unit printed is kept.
      const counted = unit === hit.rule.countUnit || (hit.rule.countUnit === '辆' && unit === '台') || (hit.rule.countUnit === '次' && unit === '批次');
      // The first statement of a count is the disclosure's own; later ones repeat it in detail sections.
      if (counted && !counts.some((c) => c.concept === hit.rule.concept)) counts.push({ concept: hit.rule.concept, label, value: Number(numberText), unit, source });
      return;
    }
    if (!MONEY_UNITS.has(unit)) return;

    let value = Number(numberText) * (WAN_PER[unit] ?? 1);
    const rest = stream.slice(hit.end + whole.length, hit.end + whole.length + 300);
    let budgeted: number | undefined;
    const actual = rest.match(ACTUAL_AFTER);
    let tail = rest;
    if (actual) {
      budgeted = value;
      value = Number(actual[1]);
      tail = rest.slice(actual[0].length);
    }
    const tailAt = hit.end + whole.length + (rest.length - tail.length);
    const variance = budgeted !== undefined ? varianceReason(text, tailAt, label) : undefined;
    const change = readChange(text, tailAt, tail) ?? changeAfterParts(text, tailAt);
    const share = tail.match(SHARE_AFTER);
    const executed = budgeted === undefined ? tail.match(EXECUTION_AFTER) : null;
    const uses = change ? undefined : tail.match(USES_AFTER)?.[1];
    const includes = tail.match(INCLUDES_AFTER)?.[1];
    const amount: Amount = {
      concept: hit.rule.concept,
      label,
      value,
      statedUnit: unit === '元' ? '元' : '万元',
      ...(change ? { change } : {}),
      ...(budgeted !== undefined ? { budgeted } : {}),
      ...(variance ? { varianceReason: variance } : {}),
      ...(uses ? { uses } : {}),
      ...(includes ? { includes } : {}),
      ...(share ? { statedShare: { rate: Number(share[2]), of: share[1].replace(/的$/, '') } } : {}),
      ...(executed ? { statedExecution: Number(executed[1]) } : {}),
      source,
    };
    const earlier = amounts.find((a) => a.concept === amount.concept);
    if (!earlier) amounts.push(amount);
    else if (earlier.value === amount.value) {
      if (!earlier.change && amount.change) earlier.change = amount.change;
      // 单位预留机动经费1685.72万元，占10.61%: a share stated where the figure is repeated is the figure's.
      if (!earlier.statedShare && amount.statedShare) earlier.statedShare = amount.statedShare;
      if (earlier.statedExecution === undefined && amount.statedExecution !== undefined) earlier.statedExecution = amount.statedExecution;
      if (!earlier.includes && amount.includes) earlier.includes = amount.includes;
    }
  });

  attachStandaloneReasons(text, amounts);
  return { amounts, counts };
}

/**
 * 增减变化原因为：… / 财政拨款收入支出减少的主要原因是… in a sentence of its own belongs to a figure above
 * it whose change has no reason: the one the sentence names (财政拨款), else the nearest total.
 */
function attachStandaloneReasons(text: SourceText, amounts: Amount[]): void {
  for (const m of text.stream.matchAll(STANDALONE_REASON)) {
    const at = m.index ?? 0;
    const line = text.lineAt(at);
    const subject = text.stream.slice(Math.max(0, text.stream.lastIndexOf('。', at) + 1, at - 40), at);
    const candidates = amounts.filter((a) => a.change && !a.change.reason && a.source.line <= line && line - a.source.line <= STANDALONE_REACH);
    const named = candidates.filter((a) => a.label.length >= 2 && subject.includes(a.label.slice(0, 4)));
    const target = named.sort((a, b) => b.source.line - a.source.line)[0] ?? candidates.sort((a, b) => b.source.line - a.source.line).find((a) => a.concept.endsWith('.total')) ?? candidates[0];
    if (!target?.change) continue;
    target.change.reason = m[1].trim();
    target.change.reasonSource = text.sourceAt(at + m[0].indexOf(m[1]));
  }
}

/** Lines a reason in a sentence of its own may stand below its figure. */
const STANDALONE_REACH = 10;

const SANGONG_PARTS: ConceptKey[] = ['sangong.abroad', 'sangong.vehicle', 'sangong.reception'];

/**
 * Fills totals that prose and tables leave implicit, saying how each was computed. `absent`: the kinds
 * of budget the disclosure says it has none of (政府性基金, see findAbsences).
 */
export function deriveMissing(amounts: Amount[], absent: string[] = []): Amount[] {
  const byConcept = new Map(amounts.map((a) => [a.concept, a]));
  const out = [...amounts];
  const copyFrom = (concept: ConceptKey, from: ConceptKey, why: string) => {
    const base = byConcept.get(from);
    if (byConcept.has(concept) || !base) return;
    const derived: Amount = { ...base, concept, derivation: why };
    out.push(derived);
    byConcept.set(concept, derived);
  };
  copyFrom('income.total', 'budget.total', '收支总计即收入总计');
  copyFrom('expense.total', 'budget.total', '收支总计即支出总计');
  copyFrom('budget.total', 'income.total', '收入总计');
  // With no government-fund money (本单位无政府性基金安排的支出, or its figure 0), the appropriation is the
  // general budget's alone, and a disclosure that states one side by one name states the other.
  const noFund = absent.some((subject) => subject.startsWith('政府性基金')) || [byConcept.get('income.govfund'), byConcept.get('expense.govfund')].some((a) => a?.value === 0);
  if (noFund) {
    copyFrom('expense.fiscal', 'expense.general', '无政府性基金预算拨款，财政拨款支出即一般公共预算拨款支出');
    copyFrom('expense.general', 'expense.fiscal', '无政府性基金预算拨款，一般公共预算拨款支出即财政拨款支出');
    copyFrom('income.fiscal', 'income.general', '无政府性基金预算拨款，财政拨款收入即一般公共预算拨款收入');
    copyFrom('income.general', 'income.fiscal', '无政府性基金预算拨款，一般公共预算拨款收入即财政拨款收入');
  }

  if (!byConcept.has('sangong.vehicle')) {
    const purchase = byConcept.get('sangong.vehiclePurchase');
    const operation = byConcept.get('sangong.vehicleOperation');
    if (purchase && operation) {
      const value = round2(purchase.value + operation.value);
      const vehicle: Amount = {
        concept: 'sangong.vehicle',
        label: '公务用车购置及运行费',
        value,
        statedUnit: purchase.statedUnit,
        derivation: `公务用车购置费 ${purchase.value} + 运行维护费 ${operation.value} = ${value}`,
        source: operation.source,
      };
      out.push(vehicle);
      byConcept.set(vehicle.concept, vehicle);
    }
  }
  if (!byConcept.has('sangong.total')) {
    const parts = SANGONG_PARTS.map((c) => byConcept.get(c)).filter((a): a is Amount => !!a);
    if (parts.length === SANGONG_PARTS.length) {
      const value = round2(parts.reduce((sum, p) => sum + p.value, 0));
      out.push({
        concept: 'sangong.total',
        label: '三公经费',
        value,
        statedUnit: parts[0].statedUnit,
        derivation: `${parts.map((p) => `${p.label} ${p.value}`).join(' + ')} = ${value}`,
        source: parts[0].source,
      });
    }
  }
  return out;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
