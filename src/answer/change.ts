/** Changes against last year and their reasons in words (比上年增加 392.05 万元，增长 30.36%。原因：…), and figures the prose states under labels of their own. */
import type { Frame } from '../intent/frame.js';
import type { Change, StatedAmount } from '../schema/fact.js';
import { answer, cite, num, wan, type Answer } from './answer.js';

export function changeText(a: { change?: Change }, english: boolean): string {
  const c = a.change;
  if (!c) return '';
  if (c.direction === '持平') return english ? 'Unchanged from last year (与上年持平).' : '与上年持平。';
  const up = c.direction === '增加';
  // A direction printed with its figure missing (比上年增加 。) is said as such, never with a blank.
  if (c.amount === undefined && c.rate === undefined) return english ? `${up ? 'Up' : 'Down'} on last year; the disclosure gives no amount.` : `比上年${c.direction}（披露未写明金额）。`;
  if (english) return `${up ? 'Up' : 'Down'} ${[c.amount !== undefined ? wan(c.amount, true) : '', c.rate !== undefined ? `${num(c.rate)}%` : ''].filter(Boolean).join(', ')} on last year (${c.direction}).`;
  const rate = c.rate !== undefined ? `${up ? '增长' : '下降'} ${num(c.rate)}%` : '';
  return `比上年${[c.amount !== undefined ? `${c.direction} ${wan(c.amount)}` : '', rate].filter(Boolean).join('，')}。`;
}

export function reasonText(a: { change?: Change }, english: boolean): string {
  const reason = a.change?.reason;
  return reason ? (english ? ` Reason (原因): ${reason}.` : `原因：${reason}。`) : '';
}

/** A figure the prose states under its own label, with its change and reason where given. */
export function answerStatedAmount(amount: StatedAmount, frame: Frame): Answer {
  const en = frame.english;
  // 授予中小企业合同金额…，占政府采购支出总额的 92.54%: the share the sentence states goes with the figure.
  const stated = amount.statedShare;
  const share = stated ? (en ? ` That is ${num(stated.rate)}% of ${stated.of}, as the disclosure states.` : `占${stated.of}的 ${num(stated.rate)}%（披露原文所述）。`) : '';
  const body = en
    ? `${amount.label}: ${wan(amount.value, true)}.${share}${amount.uses ? ` Mainly for: ${amount.uses}.` : ''}${amount.change ? ` ${changeText(amount, true)}${reasonText(amount, true)}` : ''}`
    : `${amount.label}：${wan(amount.value)}。${share}${amount.uses ? `主要为${amount.uses}。` : ''}${changeText(amount, false)}${reasonText(amount, false)}`;
  return answer(frame.aspects.has('reason') ? 'reason' : 'amount', body, en, cite(amount.source, amount.change?.reasonSource));
}
