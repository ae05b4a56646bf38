/**
 * Figures that only the 公开表 give: a header row names its columns (合计, 基本支出, 项目支出 …) and
 * the 合计 row below it gives the totals, in 元 or 万元 as the table's 单位 says. Prose wins where it
 * states the same figure; this fills what the prose leaves out (e.g. 基本支出 in tables-only layouts).
 */
import type { ConceptKey } from '../schema/concept.js';
import type { Amount } from '../schema/fact.js';
import { numberCell } from './regions.js';
import { compact, type SourceText } from './sourceText.js';

const COLUMN_CONCEPTS: Record<string, ConceptKey> = {
  基本支出: 'expense.basic',
  项目支出: 'expense.project',
  人员经费: 'expense.personnel',
  公用经费: 'expense.public',
};

/** How far below its header a table's 合计 row may stand (first or last row), and how far above the header its 单位 note. */
const ROWS_TO_TOTAL = 400;
const LINES_TO_UNIT = 8;

const cellsOf = (raw: string) => raw.split(/\t|\s{2,}/).map(compact).filter(Boolean);

export function tableTotals(text: SourceText): Amount[] {
  const found = new Map<string, Amount>();
  text.lines.forEach((raw, i) => {
    const header = cellsOf(raw);
    const totalAt = header.indexOf('合计');
    const columns = header.slice(totalAt + 1);
    if (totalAt < 0 || !columns.some((c) => c in COLUMN_CONCEPTS)) return;
    const unitNote = text.lines.slice(Math.max(0, i - LINES_TO_UNIT), i + 1).map(compact).join('').match(/单位[:：]?(万元|元)/)?.[1];
    if (!unitNote) return;
    for (let j = i + 1; j < Math.min(text.lines.length, i + ROWS_TO_TOTAL); j++) {
      const row = cellsOf(text.lines[j]);
      if (/单位[:：]/.test(compact(text.lines[j]))) return; // the next table began without a 合计 row
      if (row[0] !== '合计') continue;
      const numbers = row.slice(1).map(numberCell);
      columns.forEach((column, k) => {
        const concept = COLUMN_CONCEPTS[column];
        const value = numbers[k + 1];
        if (!concept || value === null || value === undefined || found.has(concept)) return;
        found.set(concept, {
          concept,
          label: column,
          value: unitNote === '元' ? Math.round(value / 100) / 100 : value,
          statedUnit: unitNote as Amount['statedUnit'],
          source: text.source(j + 1),
        });
      });
      return;
    }
  });
  return [...found.values()];
}
