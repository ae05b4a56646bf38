/** A 决算 line against its budget: 年初预算, 支出决算, the share completed and why they differ. */
import type { Frame } from '../intent/frame.js';
import type { ExecutionStatement } from '../schema/fact.js';
import { answer, cite, num, wan, type Answer } from './answer.js';

/**
 * 年初预算 135.9 万元，支出决算 135.25 万元，完成年初预算的 99.52%，比年初预算少 0.65 万元: a line's actual
 * against its budget, the rate as stated (or worked out and shown so), and the gap people ask for (差多少).
 */
export function executionText(budgeted: number, actual: number, statedRate: number | undefined, en: boolean): string {
  const rate = statedRate !== undefined ? `${num(statedRate)}%` : budgeted ? `${((actual / budgeted) * 100).toFixed(2)}%（${num(actual)} ÷ ${num(budgeted)}）` : undefined;
  const gap = Number((actual - budgeted).toFixed(2));
  const gapText = gap === 0 ? '' : en ? `, ${wan(Math.abs(gap), true)} ${gap < 0 ? 'under' : 'over'} budget` : `，比年初预算${gap < 0 ? '少' : '多'} ${wan(Math.abs(gap))}`;
  return en
    ? `budget at the start of the year ${wan(budgeted, true)}, actual ${wan(actual, true)}${rate ? `, ${rate} of the budget` : ''}${gapText}.`
    : `年初预算 ${wan(budgeted)}，支出决算 ${wan(actual)}${rate ? `，完成年初预算的 ${rate}` : ''}${gapText}。`;
}

export function answerExecution(statement: ExecutionStatement, frame: Frame): Answer {
  const en = frame.english;
  const path = statement.path.join(' > ');
  const why = statement.reason ? (en ? ` Why: ${statement.reason}.` : `差异原因：${statement.reason}。`) : '';
  // 干嘛用的: what the line is for leads, where the statement says.
  const uses = statement.uses && frame.aspects.has('uses') ? (en ? ` mainly for ${statement.uses};` : `主要用于${statement.uses}；`) : '';
  const body = `${path}${en ? ':' : '：'}${uses}${en ? ' ' : ''}${executionText(statement.budgeted, statement.actual, statement.rate, en)}${why}`;
  return answer(frame.aspects.has('reason') ? 'reason' : 'execution', body, en, cite(statement.source, statement.reasonSource));
}
