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
}

export function answerShareOf(part: NamedFigure, whole: NamedFigure, frame: Frame): Answer | undefined {
  if (whole.value <= 0) return undefined;
  const share = (part.value / whole.value) * 100;
  const en = frame.english;
  const body = en
    ? `${part.name} is ${share.toFixed(2)}% of ${whole.name}: ${num(part.value)} ÷ ${num(whole.value)}.`
    : `${part.name}占${whole.name}的 ${share.toFixed(2)}%：${num(Number(part.value.toFixed(6)))} ÷ ${num(Number(whole.value.toFixed(6)))}（万元）。`;
  return answer('computed', body, en, cite(part.source, whole.source));
}
