/** Counts the prose states (执法执勤用车 38 辆, 编制 338 名), found by the words of their label. */
import type { Frame } from '../intent/frame.js';
import type { StatedCount } from '../schema/fact.js';
import { bigrams, mention } from '../search/entities.js';
import { answer, cite, num, type Answer } from './answer.js';

/** Share of a label's bigrams the question must name, or the question names too little of it to mean it. */
const LABEL_COVERAGE = 0.5;
/** Counting words that count the same things: 个 and 家 both count units. */
const SAME_COUNT: Record<string, string[]> = { 个: ['个', '家', '项', '处', '所'], 家: ['家', '个'], 人: ['人', '名'], 名: ['名', '人'], 台: ['台', '套', '台（套）', '台套'], 次: ['次', '批次', '人次'] };

/** `text`: the question as its subject is sought in, without the department's own name. */
export function findStatedCount(counts: StatedCount[], frame: Frame, text: string): StatedCount | undefined {
  const q = bigrams(text);
  const unit = frame.cues.countAsked;
  const fits = (c: StatedCount) => !unit || (SAME_COUNT[unit] ?? [unit]).some((u) => c.unit.startsWith(u));
  return counts
    .filter(fits)
    .map((c) => ({ c, ...mention(q, c.label) }))
    .filter((s) => s.matched >= 1 && s.coverage >= LABEL_COVERAGE)
    .sort((a, b) => b.coverage - a.coverage || b.matched - a.matched)[0]?.c;
}

export function answerStatedCount(count: StatedCount, frame: Frame): Answer {
  const body = frame.english ? `${count.label}: ${num(count.value)} ${count.unit}.` : `${count.label}：${num(count.value)} ${count.unit}。`;
  return answer('amount', body, frame.english, cite(count.source));
}
