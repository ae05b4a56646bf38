/**
 * Columns from their header words, whatever the text shape. A column's name is its most specific
 * (lowest) word; where two columns would share a name (收入 项目 / 支出 项目), the word above tells
 * them apart. A column with no header at all is named by its position.
 */
import type { TableColumn } from '../../schema/table.js';
import { columnPhase } from './kind.js';

/** Words of a header row: all short, two in three at least naming what a column holds. */
const HEADER_WORD = /指标|名称|项目|编码|代码|科目|合计|总计|小计|金额|单位|数量|单价|资金|拨款|收入|支出|来源|序号|依据|值|目录|预算数|决算数|经费|类|款|项|栏次|行次/;

export function isHeaderRow(cells: string[]): boolean {
  const words = cells.filter(Boolean);
  return words.length >= 2 && words.every((w) => w.length <= 24) && words.filter((w) => HEADER_WORD.test(w)).length * 3 >= words.length * 2;
}

/** A column from its header words at place `i`, named by its lowest word, or by its place where it has none. */
export function columnOf(header: string[], i: number): TableColumn {
  const phase = columnPhase(header);
  const name = nameOf(header, i);
  return phase ? { header, name, phase } : { header, name };
}

/** A lowest word of one character (用 under 因公出国（境）费) is the end of the word above, wrapped: no name alone. */
function nameOf(header: string[], i: number): string {
  const last = header[header.length - 1];
  if (last === undefined) return `第${i + 1}列`;
  return [...last].length === 1 && header.length > 1 ? `${header[header.length - 2]}${last}` : last;
}

export function toColumns(words: string[][]): TableColumn[] {
  const columns = words.map(columnOf);
  for (const column of columns) {
    const twins = columns.filter((c) => c.name === column.name);
    if (twins.length < 2) continue;
    for (const twin of twins) if (twin.header.length > 1) twin.name = `${twin.header[twin.header.length - 2]}${twin.name}`;
  }
  return columns;
}
