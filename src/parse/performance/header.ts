/**
 * The header of a performance table, whose cells wrap too (b01's `年度指` / `标值`, `得` / `分`):
 * words of the lines next to the main header line join the cell they overlap, or start a cell of
 * their own. Each cell is named by its words read top to bottom and given a role by that name.
 */
import { compact } from '../sourceText.js';
import { type Word, words } from './layout.js';

export type Role =
  | 'level1' | 'level2' | 'level3' | 'indicator' | 'value' | 'nature' | 'unit' | 'actual' | 'weight' | 'score'
  | 'description' | 'basis' | 'deviation' | 'remark' | 'project' | 'code' | 'funds' | 'fundsPart' | 'goal';

/** Header names as the central, Hunan and Beijing templates print them; first match wins. */
const ROLES: [Role, RegExp][] = [
  ['level1', /^一级指标$/],
  ['level2', /^二级指标$/],
  ['level3', /^三级指标$/],
  ['nature', /指标值类型$|指标性质$/],
  ['value', /指标值$/],
  ['unit', /(度量|计量)单位$/],
  ['actual', /实际完成值$/],
  ['weight', /^分值$/],
  ['score', /^得分$/],
  ['description', /指标值内容$|指标解释$/],
  ['basis', /评[（(]?扣[）)]?分标准$/],
  ['deviation', /^偏差原因.*改进措施$/],
  ['remark', /^备注$/],
  ['code', /编码$/],
  ['project', /名称$|^活动$/],
  ['funds', /(项目|资金)总额$/],
  ['fundsPart', /^(财政|其他)资金$/],
  ['goal', /绩效目标$/],
  // Beijing's 部门整体 table prints 一级/二级/三级 run together under one 绩效指标.
  ['indicator', /^绩效指标$/],
];

export interface Column {
  role: Role;
  name: string;
  start: number;
  end: number;
}

export interface Header {
  /** The line (1-based) with most of the header's words. */
  main: number;
  first: number;
  last: number;
  columns: Column[];
  /** The main line's words, to measure how far a later page shifted the table. */
  mainWords: Word[];
  /** Every word of the header's lines, to know them where a later page prints them again. */
  fragments: Set<string>;
}

const roleOf = (name: string): Role | undefined => ROLES.find(([, re]) => re.test(name))?.[0];

/** A main header line names at least three columns, one of them an indicator level. */
export function isHeaderLine(raw: string): boolean {
  const roles = words(raw, 0).map((w) => roleOf(compact(w.text)));
  return roles.filter(Boolean).length >= 3 && roles.some((r) => r === 'level1' || r === 'level2' || r === 'level3' || r === 'indicator');
}

/** Lines of the header on either side of the main line, as far as the wrapped header cells reach. */
const REACH = 2;

export function readHeader(lines: string[], main: number): Header {
  const fragments = new Set<string>();
  const cells = words(lines[main - 1], main).map((w) => ({ start: w.start, end: w.end, parts: [w] }));
  let [first, last] = [main, main];
  const open = { [-1]: true, [1]: true } as Record<number, boolean>;
  // Nearest lines first, so that a cell met on the next line is there for the line after it.
  for (let d = 1; d <= REACH; d++)
    for (const side of [-1, 1]) {
      const no = main + side * d;
      const raw = lines[no - 1];
      // A blank line or a line of figures ends the header on that side.
      // So does a line that would run on a cell already named: that line is the table's first.
      const named = (w: Word) => cells.some((c) => w.start < c.end && c.start < w.end && roleOf(compact(c.parts.map((p) => p.text).join(''))));
      if (!open[side] || raw === undefined || !compact(raw) || /\d/.test(raw) || words(raw, no).some(named)) {
        open[side] = false;
        continue;
      }
      [first, last] = [Math.min(first, no), Math.max(last, no)];
      for (const w of words(raw, no)) {
        fragments.add(w.text);
        const cell = cells.find((c) => w.start < c.end && c.start < w.end);
        if (cell) {
          cell.parts.push(w);
          [cell.start, cell.end] = [Math.min(cell.start, w.start), Math.max(cell.end, w.end)];
        } else cells.push({ start: w.start, end: w.end, parts: [w] });
      }
    }
  const named = cells
    .map((c) => ({ ...c, name: compact(c.parts.sort((a, b) => a.line - b.line || a.start - b.start).map((w) => w.text).join('')) }))
    .map((c) => ({ role: roleOf(c.name), name: c.name, start: c.start, end: c.end }))
    .filter((c): c is Column => c.role !== undefined)
    .sort((a, b) => a.start - b.start);
  // A spanning 绩效指标 above 一级/二级/三级 names no column of its own.
  const columns = named.some((c) => c.role === 'level3') ? named.filter((c) => c.role !== 'indicator') : named;
  return { main, first, last, columns, mainWords: words(lines[main - 1], main), fragments };
}
