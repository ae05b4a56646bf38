/**
 * What a 决算 says of each line it explains: 一般公共服务（类）信访事务（款）一般行政管理事务（项）。年初预算为
 * 590.53万元，支出决算为4.7万元，完成年初预算的0.8%。决算数小于预算数的主要原因是… Read as a fact of its
 * own, so that 年初预算多少 / 完成率 / 为什么没用完 are answered where the tables were not read line by line.
 */
import type { ExecutionStatement } from '../schema/fact.js';
import type { SourceText } from './sourceText.js';

/**
 * The line's place in the classification: 类, 款 and 项, each name followed by its level; or the
 * 财政拨款支出 as a whole (not that of 三公经费, which its own sentence states).
 */
const LINE = /(?:([\u4e00-\u9fa5、]{2,20})\(类\))?(?:([\u4e00-\u9fa5、]{2,20})\(款\))?([\u4e00-\u9fa5、]{2,24})\(项\)|(?<!费)((?:一般公共预算)?财政拨款支出)(?=年初预算)/g;
/** The budget and the actual, then the completion rate where stated. */
const FIGURES = /^[^()]{0,120}?年初预算(?:数)?为(\d+(?:\.\d+)?)万元[,，]?支出决算(?:数)?为(\d+(?:\.\d+)?)万元(?:[,，]完成年初预算的(\d+(?:\.\d+)?)%)?/;
/** What the line is for, said between its name and its figures: 。主要用于：委托中介机构开展各类审计… */
const USES = /主要用于[:：]?([^。]{2,120})。/;
/** Why the actual differs from the budget: 决算数小于预算数的主要原因是… */
const WHY = /^[。.]?[^。]{0,30}?(?:主要原因|原因)(?:是|为)?[:：]?([^。]{2,160})/;

export function executionStatements(text: SourceText): ExecutionStatement[] {
  const { stream } = text;
  const out: ExecutionStatement[] = [];
  for (const m of stream.matchAll(LINE)) {
    const at = (m.index ?? 0) + m[0].length;
    const figures = stream.slice(at, at + 260).match(FIGURES);
    if (!figures) continue;
    const after = at + figures[0].length;
    const why = stream.slice(after, after + 200).match(WHY);
    const name = (m[3] ?? m[4]).replace(/^[、\d.]+/, '');
    const uses = figures[0].match(USES)?.[1];
    out.push({
      name,
      path: [m[1], m[2], name].filter((p): p is string => !!p).map((p) => p.replace(/^[、\d.]+/, '')),
      budgeted: Number(figures[1]),
      actual: Number(figures[2]),
      ...(figures[3] !== undefined ? { rate: Number(figures[3]) } : {}),
      ...(uses ? { uses } : {}),
      ...(why ? { reason: why[1].trim(), reasonSource: text.sourceAt(after + (why.index ?? 0) + why[0].indexOf(why[1])) } : {}),
      source: text.sourceAt(at + figures[0].indexOf(figures[1])),
    });
  }
  return out;
}
