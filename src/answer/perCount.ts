/**
 * 档案扫描平均每页成本多少 / 平均每个窗口多少钱: a project's money divided by what its own performance
 * indicators say it delivers (完成数量 ≥80 万页, 设立窗口数量 4 个). Neither table states the quotient; it is
 * worked out from the two stated figures and said to be worked out, with both figures shown.
 */
import type { Frame } from '../intent/frame.js';
import type { IndicatorRow, ProjectTable } from '../schema/fact.js';
import { answer, cite, num, type Answer } from './answer.js';
import type { NamedFigure } from './share.js';

/** A count written in 万 (80 万页) is that many ten-thousands. */
const TEN_THOUSAND = /^万/;

/** The indicator of a project that counts what `per` names: its unit (万页, 次) or its name (设立窗口数量). */
function countingRow(table: ProjectTable, per: string): { row: IndicatorRow; count: number } | undefined {
  for (const row of table.rows) {
    const { number, unit = '' } = row.value;
    if (number === undefined || number <= 0) continue;
    const counts = unit.replace(TEN_THOUSAND, '').startsWith(per) || (per.length >= 2 && `${row.level3}${row.description}`.includes(per) && !/[%％率]/.test(unit));
    if (counts) return { row, count: number * (TEN_THOUSAND.test(unit) ? 10_000 : 1) };
  }
  return undefined;
}

/** `money`: the project's figure in 万元 (its funds, or its purchases where no funds are stated). */
export function answerPerCount(table: ProjectTable, money: NamedFigure, frame: Frame): Answer | undefined {
  const per = frame.cues.perCount;
  const counted = per ? countingRow(table, per) : undefined;
  if (!per || !counted) return undefined;
  const yuan = (money.value * 10_000) / counted.count;
  const each = yuan >= 10_000 ? `${num(Number((yuan / 10_000).toFixed(2)))} 万元` : `${num(Number(yuan.toFixed(2)))} 元`;
  const { row, count } = counted;
  const said = `${row.level3} ${row.value.raw}`;
  const body = frame.english
    ? `About ${each} per ${per} (worked out: ${money.name} ${num(money.value)} 万元 ÷ ${num(count)}, from the indicator ${said}).`
    : `平均每${per}约 ${each}（由披露数字计算：${money.name} ${num(money.value)} 万元 ÷ ${num(count)}，数量取自绩效指标「${said}」）。`;
  return answer('computed', body, frame.english, cite(money.source, row.source));
}
