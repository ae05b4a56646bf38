/** A 决算 line against its budget: 年初预算, 支出决算, the share completed and why they differ. */
import type { Frame } from '../intent/frame.js';
import type { ExecutionStatement } from '../schema/fact.js';
import { answer, cite, num, wan, type Answer } from './answer.js';

export function answerExecution(statement: ExecutionStatement, frame: Frame): Answer {
  const en = frame.english;
  const { budgeted, actual } = statement;
  // The rate as stated; where the text gives none, computed and shown as such.
  const rate = statement.rate !== undefined ? `${num(statement.rate)}%` : budgeted ? `${((actual / budgeted) * 100).toFixed(2)}%（${num(actual)} ÷ ${num(budgeted)}）` : undefined;
  const path = statement.path.join(' > ');
  const why = statement.reason ? (en ? ` Why: ${statement.reason}.` : `差异原因：${statement.reason}。`) : '';
  // 干嘛用的: what the line is for leads, where the statement says.
  const uses = statement.uses && frame.aspects.has('uses') ? (en ? ` mainly for ${statement.uses};` : `主要用于${statement.uses}；`) : '';
  const body = en
    ? `${path}:${uses} budget at the start of the year ${wan(budgeted, true)}, actual ${wan(actual, true)}${rate ? `, ${rate} of the budget` : ''}.${why}`
    : `${path}：${uses}年初预算 ${wan(budgeted)}，支出决算 ${wan(actual)}${rate ? `，完成年初预算的 ${rate}` : ''}。${why}`;
  return answer(frame.aspects.has('reason') ? 'reason' : 'execution', body, en, cite(statement.source, statement.reasonSource));
}
