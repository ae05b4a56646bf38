/**
 * X 占 Y: one figure as a share of another, both named by the question and both cited.
 */
import type { Frame } from '../intent/frame.js';
import type { Source } from '../schema/fact.js';
import { answer, cite, num, type Answer } from './answer.js';

/** A figure the question named: a concept's amount or a classified line, in 万元. */
export interface NamedFigure {
  name: string;
  value: number;
  source: Source;
  /** A share the disclosure states for the part, with the whole as it words it. */
  statedShare?: { rate: number; of: string };
}

export function answerShareOf(part: NamedFigure, whole: NamedFigure, frame: Frame, wholeWords = ''): Answer | undefined {
  if (whole.value <= 0) return undefined;
  const stated = part.statedShare;
  // The disclosure's own share of the same whole (本年支出预算 asked as 本年支出) is the one to give.
  if (stated?.of && (wholeWords.includes(stated.of) || stated.of.includes(wholeWords) || stated.of === whole.name)) {
    const body = frame.english
      ? `${part.name} is ${num(stated.rate)}% of ${stated.of}, as the disclosure states.`
      : `${part.name}占${stated.of}的 ${num(stated.rate)}%（披露原文所述）。`;
    return answer('amount', body, frame.english, cite(part.source));
  }
  const share = (part.value / whole.value) * 100;
  const en = frame.english;
  const body = en
    ? `${part.name} is ${share.toFixed(2)}% of ${whole.name}: ${num(part.value)} ÷ ${num(whole.value)}.`
    : `${part.name}占${whole.name}的 ${share.toFixed(2)}%：${num(Number(part.value.toFixed(6)))} ÷ ${num(Number(whole.value.toFixed(6)))}（万元）。`;
  return answer('computed', body, en, cite(part.source, whole.source));
}
