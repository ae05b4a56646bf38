/**
 * The header words of the money columns, in print order. A header cell broken over lines (`其他收` /
 * `入`) is one block, so a block joins into one word; two cells pdftotext set on one line
 * (`基本支出 项目支出`) split at the space, unless the parts are single letters (`因 公 出 国`), which
 * is letter-spacing. Words that head the code and name columns are left out.
 */
import { compact } from '../../sourceText.js';
import { blocksOf, type Cell } from './cells.js';

export interface HeaderWord {
  text: string;
  lines: number[];
}

/** Headers of the code and name columns (项目, 科目编码, 类/款/项, 支出功能分类 …) and the unit line. */
export const SPINE_HEADER = /^(项目|科目编码|科目名称|类|款|项|\S*分类(科目)?|(金额)?单位[:：].*)$/;

/** A note under the table (注：本表无数据) is no header. */
const NOTE = /^注[:：]/;

export function headerWords(cells: Cell[], nameBlock: number): HeaderWord[] {
  const words: HeaderWord[] = [];
  const texts = cells.filter((c) => c.kind === 'text' && c.block !== nameBlock && !SPINE_HEADER.test(c.text) && !NOTE.test(c.text));
  for (const block of blocksOf(texts)) {
    const parts = block[0].printed.split(/\s+/).map(compact);
    if (block.length === 1 && parts.length > 1 && parts.every((w) => w.length > 1)) {
      for (const text of parts) words.push({ text, lines: [block[0].line] });
    } else words.push({ text: block.map((c) => c.text).join(''), lines: block.map((c) => c.line) });
  }
  return words;
}
