/**
 * The part of a 项目绩效自评表 above its indicators: the 年度资金总额 row (年初预算数, 全年预算数,
 * 全年执行数 …) and the 预期目标 column beside 实际完成情况.
 */
import { compact } from '../sourceText.js';
import { words } from './layout.js';

export interface SelfEvaluationTop {
  /** 全年预算数, the second figure of the 年度资金总额 row, in 万元. */
  funds?: number;
  /** 全年执行数 and 执行率 (%), the third figure and the percentage of that row. */
  executed?: number;
  executionRate?: number;
  goal: string;
  goalLine?: number;
}

/** Reads lines `from`..`to` (1-based, exclusive) of a 自评表 above its indicator header. */
export function readSelfEvaluationTop(lines: string[], from: number, to: number): SelfEvaluationTop {
  const top: SelfEvaluationTop = { goal: '' };
  let split: number | undefined;
  for (let no = from; no < to; no++) {
    const raw = lines[no - 1];
    const line = compact(raw);
    if (line.startsWith('年度资金总额')) {
      const figures = words(raw, no).map((w) => w.text).filter((t) => /^\d+(\.\d+)?$/.test(t));
      if (figures.length >= 2) top.funds = Number(figures[1]);
      if (figures.length >= 3) top.executed = Number(figures[2]);
      const rate = words(raw, no).map((w) => w.text.match(/^(\d+(?:\.\d+)?)%$/)?.[1]).find(Boolean);
      if (rate !== undefined) top.executionRate = Number(rate);
      continue;
    }
    const ws = words(raw, no);
    const expected = ws.find((w) => compact(w.text) === '预期目标');
    const achieved = ws.find((w) => compact(w.text).startsWith('实际完成情况'));
    if (expected && achieved) {
      // The goal column ends halfway between the two headings' words.
      split = (expected.end + achieved.start) / 2;
      top.goalLine = no + 1;
      continue;
    }
    if (split === undefined) continue;
    // One-character words are the vertical label 年度总体目标 beside the column.
    const goal = ws.filter((w) => w.start < split! && w.text.length > 1);
    top.goal += compact(goal.map((w) => w.text).join(' '));
  }
  return top;
}
