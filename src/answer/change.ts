/** Changes against last year and their reasons in words (比上年增加 392.05 万元，增长 30.36%。原因：…), and figures the prose states under labels of their own. */
import type { Frame } from '../intent/frame.js';
import type { Change, StatedAmount } from '../schema/fact.js';
import { answer, cite, num, wan, type Answer } from './answer.js';

export function changeText(a: { change?: Change }, english: boolean): string {
  const c = a.change;
  if (!c) return '';
  if (c.direction === '持平') return english ? 'Unchanged from last year (与上年持平).' : '与上年持平。';
  const rate = c.rate !== undefined ? (english ? `, ${num(c.rate)}%` : `，${c.direction === '增加' ? '增长' : '下降'} ${num(c.rate)}%`) : '';
  const amount = c.amount !== undefined ? wan(c.amount, english) : '';
  return english ? `${c.direction === '增加' ? 'Up' : 'Down'} ${amount} on last year (${c.direction}${rate}).` : `比上年${c.direction} ${amount}${rate}。`;
}

export function reasonText(a: { change?: Change }, english: boolean): string {
  const reason = a.change?.reason;
  return reason ? (english ? ` Reason (原因): ${reason}.` : `原因：${reason}。`) : '';
}

/** A figure the prose states under its own label, with its change and reason where given. */
export function answerStatedAmount(amount: StatedAmount, frame: Frame): Answer {
  const en = frame.english;
  const body = en
    ? `${amount.label}: ${wan(amount.value, true)}.${amount.uses ? ` Mainly for: ${amount.uses}.` : ''}${amount.change ? ` ${changeText(amount, true)}${reasonText(amount, true)}` : ''}`
    : `${amount.label}：${wan(amount.value)}。${amount.uses ? `主要为${amount.uses}。` : ''}${changeText(amount, false)}${reasonText(amount, false)}`;
  return answer(frame.aspects.has('reason') ? 'reason' : 'amount', body, en, cite(amount.source, amount.change?.reasonSource));
}
