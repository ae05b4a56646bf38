/**
 * Readings of a question's own words the engine asks for, kept in the intent layer, which alone reads
 * question text: whether a term is all a question says, and the question asked again with the thing it
 * points at by a noun (那个中心) named instead.
 */
import type { Frame } from './frame.js';

/** Words of intent or estimate (打算, 大概), which ask nothing of their own. */
const INTENT_WORDS = /打算|准备|计划|预计|需要|大概|大约|大致|一共|总共|要|得/g;

/** 一共多少钱 / 打算花多少钱: the term is all the question says, beside at most one character and words of intent. */
export function saysOnly(frame: Frame, term: string): boolean {
  return frame.text.replace(term, '').replace(INTENT_WORDS, '').length <= 1;
}

/** 那个中心的政采小计多少 → <the centre's name>的政采小计多少: the question with the noun it points with replaced by `name`. */
export function namingPointed(frame: Frame, name: string): string | undefined {
  const noun = frame.cues.pointedNoun;
  if (!noun) return undefined;
  const named = frame.raw.replace(new RegExp(`(?:那个|这个|那家|这家)?${noun}(?:那边|这边|那里|这里)?`), name);
  return named === frame.raw ? undefined : named;
}

/** 比因公出国费多出多少: a difference whose first side is left unsaid, the thing talked about. */
const AGAINST_UNSAID = /^(?:那么?|它|那它)?(?:比|较)(?!上一?年|去年|前年|年初|\d{2,4}年|(?:年初|调整)?预算|决算)(.{2,}?)(?:多|少|高|低|贵|便宜)(?:出|了)?(?:多少|几)/;

/** The question asked of `name` where its first side is left unsaid (比因公出国费多出多少 → 公务接待费比因公出国费多出多少). */
export function askedOfUnsaid(frame: Frame, name: string): string | undefined {
  return !frame.english && AGAINST_UNSAID.test(frame.text) && !frame.text.includes(name) ? `${name}${frame.text.replace(/^(?:那么?|它|那它)/, '')}` : undefined;
}

/** 政府性基金收入 / fund revenue: whether the words a concept was read from say its income side. */
export function saysIncome(frame: Frame, concept: string): boolean {
  return /收入|income|revenue/i.test(frame.concepts.find((c) => c.concept === concept)?.term ?? '');
}

/** 还打算再买吗: buying planned with nothing bought named (no 资产, 设备, 车 …), which leans on what was talked about. */
export function buysUnnamed(frame: Frame): boolean {
  return frame.concepts.some((c) => c.concept === 'assets.purchasePlan') && !/资产|设备|车|asset|equipment|vehicle|car\b/.test(frame.text);
}

/** 服务中心单位规格: the words a unit may be said by, each without the 单位 said after it. */
export function unitWordsSaid(frame: Frame): string[] {
  return frame.subjectText.split('|').map((p) => p.replace(/(?:的)?单位$/, '')).filter((p) => p.length >= 2);
}

/** 项目支出合计 / 支出总额: the term said with a total word after it, which names that figure's total. */
export function saysTotalOf(frame: Frame, term: string): boolean {
  return ['合计', '总计', '总额', '小计'].some((word) => frame.text.includes(`${term}${word}`));
}

/** A term this long names its concept in words of its own (购置车辆, 拟购置几辆); a shorter one (车辆) is left in. */
const OWN_TERM = 3;

/**
 * 要购置车辆了，拟购置几辆: the Chinese text with the long terms that name `concept` left out, so that a count stated
 * under a word inside them (共有车辆 7 辆 under 车辆 of 购置车辆) is not taken for the one the concept's own count
 * answers. An English question's terms are English and stand in no Chinese text: it is left as it is.
 */
export function withoutTermsOf(frame: Frame, text: string, concept: string): string {
  return frame.concepts.filter((c) => c.concept === concept && c.term.length >= OWN_TERM).reduce((rest, c) => rest.split(c.term).join(''), text);
}
