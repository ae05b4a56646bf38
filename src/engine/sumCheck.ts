/**
 * 人员经费加日常公用经费等于基本支出吗: the figures named, added, against the whole named. Each is
 * resolved from its own words as a share's part and whole are; the sum is shown, so the reader sees
 * the arithmetic, and a difference is said as a difference, never smoothed over.
 */
import type { Frame } from '../intent/frame.js';
import type { Lexicon } from '../intent/lexicon.js';
import { answer, cite, num, type Answer } from '../answer/answer.js';
import { figureNamed } from './shareOf.js';
import type { LoadedDocument } from './engine.js';

/** A figure in 万元 as the reader sees it: to the 元 (two decimals), whatever the table's own unit. */
const shown = (value: number) => num(Number(value.toFixed(2)));

/** Differences below this (万元) are rounding in the printed figures, not a gap. */
const ROUNDING = 0.005;

export function answerSumCheck(doc: LoadedDocument, frame: Frame, lexicon: Lexicon): Answer | undefined {
  if (!frame.sumOf) return undefined;
  const parts = frame.sumOf.parts.map((words) => figureNamed(doc, words, lexicon));
  if (parts.some((p) => !p) || new Set(parts.map((p) => p!.name)).size < parts.length) return undefined;
  const named = parts.map((p) => p!);
  const sum = Number(named.reduce((total, p) => total + p.value, 0).toFixed(6));
  const terms = named.map((p) => `${p.name} ${shown(p.value)}`).join(' + ');
  if (!frame.sumOf.whole) return answer('computed', `${terms} = ${shown(sum)} 万元${frame.english ? '.' : '。'}`, frame.english, cite(...named.map((p) => p.source)));
  const whole = figureNamed(doc, frame.sumOf.whole, lexicon);
  if (!whole || named.some((p) => p.name === whole.name)) return undefined;
  const gap = Number((whole.value - sum).toFixed(6));
  const same = Math.abs(gap) < ROUNDING;
  const body = frame.english
    ? `${same ? 'Yes' : 'No'}: ${terms} = ${shown(sum)} 万元; ${whole.name} is ${shown(whole.value)} 万元${same ? '.' : `, ${shown(Math.abs(gap))} 万元 ${gap > 0 ? 'more' : 'less'}.`}`
    : `${same ? '是的' : '不相等'}：${terms} = ${shown(sum)} 万元；${whole.name}为 ${shown(whole.value)} 万元${same ? '，两者相等。' : `，相差 ${shown(Math.abs(gap))} 万元。`}`;
  return answer('check', body, frame.english, cite(...named.map((p) => p.source), whole.source));
}

/** A和B相差多少: both figures, which is more, and by how much. */
export function answerDifference(doc: LoadedDocument, frame: Frame, lexicon: Lexicon): Answer | undefined {
  if (!frame.differenceOf) return undefined;
  // 行政服务局本级的采购比政务服务中心多多少: what the first is said of (的采购) is said of the second too.
  const [first, second] = frame.differenceOf;
  const tail = first.includes('的') ? first.slice(first.lastIndexOf('的')) : '';
  const a = figureNamed(doc, first, lexicon);
  const b = figureNamed(doc, second, lexicon) ?? (tail ? figureNamed(doc, `${second}${tail}`, lexicon) : undefined);
  if (!a || !b || a.name === b.name) return undefined;
  const [more, less] = a.value >= b.value ? [a, b] : [b, a];
  const gap = Number((more.value - less.value).toFixed(6));
  // 项目支出是不是比基本支出还多: the supposition said true or not before the figures.
  const holds = frame.supposed && gap >= ROUNDING ? (frame.supposed === 'more') === (a.value > b.value) : undefined;
  const verdict = holds === undefined ? '' : frame.english ? (holds ? 'Yes. ' : 'No. ') : holds ? '是的。' : '不是。';
  const body = frame.english
    ? `${verdict}${a.name} ${shown(a.value)} 万元, ${b.name} ${shown(b.value)} 万元: ${more.name} is ${shown(gap)} 万元 more.`
    : `${verdict}${a.name} ${shown(a.value)} 万元，${b.name} ${shown(b.value)} 万元：${gap < ROUNDING ? '两者相等' : `${more.name}多 ${shown(gap)} 万元`}（${shown(more.value)} − ${shown(less.value)}）。`;
  return answer('computed', body, frame.english, cite(a.source, b.source));
}
