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

export function toColumns(words: string[][]): TableColumn[] {
  // A lowest word of one character (用 under 因公出国（境）费) is the end of the word above, wrapped: no name alone.
  const nameOf = (header: string[], i: number) => {
    const last = header[header.length - 1];
    if (last === undefined) return `第${i + 1}列`;
    return [...last].length === 1 && header.length > 1 ? `${header[header.length - 2]}${last}` : last;
  };
  const columns = words.map((header, i) => ({ header, name: nameOf(header, i) }));
  for (const column of columns) {
    const twins = columns.filter((c) => c.name === column.name);
    if (twins.length < 2) continue;
    for (const twin of twins) if (twin.header.length > 1) twin.name = `${twin.header[twin.header.length - 2]}${twin.name}`;
  }
  return columns.map(({ header, name }) => {
    const phase = columnPhase(header);
    return phase ? { header, name, phase } : { header, name };
  });
}
