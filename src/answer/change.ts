/** A stated change against last year and its reason, in words: 比上年增加 392.05 万元，增长 30.36%。原因：… */
import type { Change } from '../schema/fact.js';
import { num, wan } from './answer.js';

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
