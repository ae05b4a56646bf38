/**
 * Classification codes printed on a row. The scheme is the code's first digit: 2 支出功能分类,
 * 3 部门支出经济分类, 5 政府支出经济分类, 1 收入分类; the level is its length (3, 5, 7, 9 digits →
 * 类, 款, 项, 目). Codes come as `2010501-行政运行`, `30101 基本工资`, a code cell beside a name
 * cell, or split over 类/款/项 cells (`201 | 05 | 07`).
 */
import type { ClassificationScheme, RowClass } from '../../schema/table.js';

const SCHEMES: Record<string, ClassificationScheme> = { '1': 'income', '2': 'functional', '3': 'economic', '5': 'governmentEconomic' };
const LEVELS: Record<number, number> = { 3: 1, 5: 2, 7: 3, 9: 4 };

/** A code and its name in one cell: `2010501-行政运行`, `30101 基本工资`. */
const CODE_AND_NAME = /^(\d{3,9})\s*[-－—]?\s*([\u4e00-\u9fff（(].*)$/;
const CODE_ONLY = /^\d{3,9}$/;
/** A 款 or 项 part of a split code: one or two digits (some PDFs drop the leading 0: `301 | 2`). */
const PART = /^\d{1,2}$/;

export function rowClass(code: string, name: string): RowClass | undefined {
  const scheme = SCHEMES[code[0]];
  const level = LEVELS[code.length];
  return scheme && level ? { scheme, code, name, level } : undefined;
}

export function isCode(text: string): boolean {
  return CODE_ONLY.test(text) && rowClass(text, '') !== undefined;
}

/**
 * The classes of a row read from its text cells, left to right. `parent` is the previous row's
 * first class, for a split code whose 类 cell is left blank under its parent (`  | 40 | 信访事务`).
 */
export function readClasses(cells: string[], parent?: RowClass): { classes: RowClass[]; codeCells: number[] } {
  const out: RowClass[] = [];
  const codeCells: number[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const joined = CODE_AND_NAME.exec(cell);
    if (joined) {
      const found = rowClass(joined[1], joined[2].trim());
      if (found) out.push(found);
      continue;
    }
    if (!CODE_ONLY.test(cell) && !(PART.test(cell) && parent && !out.length)) continue;
    // A code, perhaps followed by 款/项 parts, then the name.
    let code = CODE_ONLY.test(cell) ? cell : (parent?.code.slice(0, 3) ?? '') + cell.padStart(2, '0');
    let j = i + 1;
    while (j < cells.length && (PART.test(cells[j]) || cells[j] === '')) {
      if (cells[j]) code += cells[j].padStart(2, '0');
      j++;
    }
    const name = cells[j] ?? '';
    const found = name && !CODE_ONLY.test(name) ? rowClass(code, name) : undefined;
    if (found) {
      out.push(found);
      for (let k = i; k < j; k++) codeCells.push(k);
      i = j;
    }
  }
  return { classes: out, codeCells };
}
