/** 部门职责 and 机构设置: the duties list and the table of units. */
import type { Duty, OrgUnit } from '../schema/fact.js';
import { cells, numberedItems, region } from './regions.js';
import { compact, type SourceText } from './sourceText.js';

const DUTIES_START = /(?:部门职责|主要职能|主要职责)$/;
const DUTIES_END = /机构设置|预算单位构成|单位构成|工作任务|^[一二三四五六七八九十]、部门|^第[一二三四五六七八九十]+部分/;

export function parseDuties(text: SourceText): Duty[] {
  return numberedItems(region(text.lines, DUTIES_START, DUTIES_END)).map((item) => ({
    index: item.index,
    text: item.text,
    source: text.source(item.line),
  }));
}

export function parseUnits(text: SourceText, warn: (message: string) => void): OrgUnit[] {
  const header = text.lines.findIndex((raw) => /单位名称/.test(raw) && /单位性质/.test(raw));
  if (header < 0) return [];
  const columns = cells(text.lines[header]);
  const at = (name: RegExp) => columns.findIndex((c) => name.test(c));
  const [name, nature, rank, funding] = [at(/单位名称/), at(/单位性质/), at(/单位规格|级别/), at(/经费/)];
  const units: OrgUnit[] = [];
  for (let i = header + 1; i < text.lines.length && compact(text.lines[i]); i++) {
    const row = cells(text.lines[i]);
    if (row.length !== columns.length) {
      warn(`${text.doc}:${i + 1}: 机构设置 row has ${row.length} cells, the header has ${columns.length}; row skipped`);
      continue;
    }
    units.push({
      name: row[name],
      nature: row[nature] ?? '',
      rank: rank >= 0 ? row[rank] : '',
      funding: funding >= 0 ? row[funding] : '',
      source: text.source(i + 1),
    });
  }
  return units;
}
