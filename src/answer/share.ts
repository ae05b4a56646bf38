/**
 * X 占 Y: one figure as a share of another, both named by the question and both cited.
 */
import type { Frame } from '../intent/frame.js';
import type { Source, StatedShare } from '../schema/fact.js';
import type { ConceptKey } from '../schema/concept.js';
import { answer, cite, num, rendered, wan, type Answer } from './answer.js';
import { claimHolds } from '../intent/claim.js';

/** A figure the question named: a concept's amount or a classified line, in 万元. */
export interface NamedFigure {
  name: string;
  value: number;
  source: Source;
  /** A share the disclosure states for the part, with the whole as it words it. */
  statedShare?: StatedShare;
  /** Where the figure is several added up, the source of each. */
  sources?: Source[];
  /** The concept the figure is the amount of, where it is one. */
  concept?: ConceptKey;
}

/** A whole's words without the year they are said of (2026年支出预算, 本年支出预算 → 支出预算) or a closing 里. */
const yearless = (words: string) => words.replace(/\d{4}年度?|本年度?|今年|当年|全年/g, '').replace(/[里中内的]$/, '');

/** Percentage points a stated share may differ from the division of the printed figures and still be of the same whole. */
const STATED_SHARE_TOLERANCE = 0.1;

export function answerShareOf(part: NamedFigure, whole: NamedFigure, frame: Frame, wholeWords = ''): Answer | undefined {
  const given = shareOf(part, whole, frame, wholeWords);
  return given && withShareVerdict(given.answer, given.rate, frame);
}

/** 占比是否超过99%: a share given against the one the question supposes, yes or no first; else as it is. */
export function withShareVerdict(given: Answer, rate: number, frame: Frame): Answer {
  if (!frame.shareClaim) return given;
  const holds = claimHolds(frame.shareClaim, rate);
  const verdict = frame.english ? (holds ? 'Yes. ' : 'No. ') : holds ? '是的。' : '不是。';
  return rendered({ ...given, intent: 'verify', body: `${verdict}${given.body}` });
}

function shareOf(part: NamedFigure, whole: NamedFigure, frame: Frame, wholeWords: string): { answer: Answer; rate: number } | undefined {
  if (whole.value <= 0) return undefined;
  const stated = part.statedShare;
  // The disclosure's own share of the same whole (本年支出预算 asked as 本年支出, or as 2026年支出预算) is the one to give.
  const [said, of] = [wholeWords, stated?.of ?? ''].map(yearless);
  const en = frame.english;
  // 占多少 asks the part's own figure as often as the share: it is said after the share, however the share is had.
  const itsFigure = en ? ` ${part.name}: ${wan(part.value, true)}.` : `${part.name}为 ${wan(part.value)}。`;
  // Asked in English (the 2026 expenditure budget), the whole is the same where the stated whole names its concept.
  const sameConcept = frame.english && !!stated?.of && !!whole.concept && frame.lexicon.findConcepts(stated.of, false).some((c) => c.concept === whole.concept);
  if (stated?.of && ((said && of && (said.includes(of) || of.includes(said))) || stated.of === whole.name || sameConcept)) {
    const body = en
      ? `${part.name} is ${num(stated.rate)}% of ${stated.of}, as the disclosure states.${itsFigure}`
      : `${part.name}占${stated.of}的 ${num(stated.rate)}%（披露原文所述）。${itsFigure}`;
    return { answer: answer('amount', body, frame.english, cite(part.source)), rate: stated.rate };
  }
  const share = (part.value / whole.value) * 100;
  // 基本支出7877.76万元，占49.55%: a share stated of no whole named is of this whole where the figures agree
  // to rounding; the disclosure's own figure is given, with the division beside it.
  if (stated && !stated.of && Math.abs(stated.rate - share) < STATED_SHARE_TOLERANCE) {
    const body = en
      ? `${part.name} is ${num(stated.rate)}% of ${whole.name}, as the disclosure states (${num(part.value)} ÷ ${num(whole.value)} = ${share.toFixed(2)}%).${itsFigure}`
      : `${part.name}占${whole.name}的 ${num(stated.rate)}%（披露原文所述；按 ${num(Number(part.value.toFixed(6)))} ÷ ${num(Number(whole.value.toFixed(6)))} 计算为 ${share.toFixed(2)}%）。${itsFigure}`;
    return { answer: answer('amount', body, en, cite(part.source, whole.source)), rate: stated.rate };
  }
  // 其中服务类占多少: the part's own figure is said too, since 占多少 asks it as often as the share.
  const body = en
    ? `${part.name} is ${share.toFixed(2)}% of ${whole.name}: ${num(part.value)} ÷ ${num(whole.value)} (${wan(part.value, true)} of ${wan(whole.value, true)}).`
    : `${part.name}占${whole.name}的 ${share.toFixed(2)}%：${num(Number(part.value.toFixed(6)))} ÷ ${num(Number(whole.value.toFixed(6)))}（万元）。${itsFigure}`;
  return { answer: answer('computed', body, en, cite(part.source, whole.source)), rate: Number(share.toFixed(2)) };
}
