/**
 * The indicator rows of one page of a performance table. A row is found by its anchor, a column
 * whose cell never wraps (分值, 绩效指标性质 / 指标值类型); a wrapped cell's pieces above and below
 * join the nearest anchor. Merged cells (一级/二级指标, the project, its funds and goal) print
 * once, vertically centred over the rows they cover, so they are read as blocks and given the
 * run of rows they are centred on.
 */
import { compact } from '../sourceText.js';
import { columnOf } from './columns.js';
import type { Column, Role } from './header.js';
import type { Word } from './layout.js';

export interface Row {
  anchor: number;
  cells: Partial<Record<Role, string>>;
}

const MERGED: ReadonlySet<Role> = new Set(['level1', 'level2', 'project', 'code', 'funds', 'fundsPart', 'goal', 'indicator']);
/** Columns whose cell never wraps, and what such a cell looks like. */
export const ANCHORS: [Role, RegExp][] = [
  ['weight', /^\d+(\.\d+)?$/],
  ['nature', /^(≥|≤|>|<|=|＝|定性|定量)$/],
];

/** The first-level indicator words a run-together indicator cell starts with. */
const LEVEL_ONE = /^(?:产出|效益|效果|成本|满意度)指标/;

/** Pieces of one cell, read top to bottom, each line's words as printed. */
function text(pieces: Word[]): string {
  const byLine = new Map<number, Word[]>();
  for (const w of [...pieces].sort((a, b) => a.line - b.line || a.start - b.start)) byLine.set(w.line, [...(byLine.get(w.line) ?? []), w]);
  return [...byLine.values()].map((ws) => compact(ws.map((w) => w.text).join(' '))).join('');
}

/** The anchor nearest a piece; of two as near, the one whose cell mirrors the piece (cells are centred). */
function nearest(anchors: number[], line: number, has: (line: number) => boolean): number {
  let best = 0;
  for (let r = 1; r < anchors.length; r++) {
    const [d, e] = [Math.abs(anchors[r] - line), Math.abs(anchors[best] - line)];
    if (d < e || (d === e && has(2 * anchors[r] - line) && !has(2 * anchors[best] - line))) best = r;
  }
  return best;
}

/**
 * Blocks of a merged column: pieces at most two lines apart; an indicator level also ends where
 * its name is whole (`…指标`), because rows printed close together put one level under the next.
 */
function blocks(pieces: Word[], role: Role): Word[][] {
  const out: Word[][] = [];
  for (const w of [...pieces].sort((a, b) => a.line - b.line || a.start - b.start)) {
    const block = out[out.length - 1];
    const last = block?.[block.length - 1];
    const whole = (role === 'level1' || role === 'level2') && last?.line !== w.line && text(block ?? []).endsWith('指标');
    // Levels run together (产出指标数量指标开展监测工作): a line that starts with a first level starts the next row's cell.
    const next = role === 'indicator' && last?.line !== w.line && LEVEL_ONE.test(w.text);
    if (block && w.line - last.line <= 2 && !whole && !next) block.push(w);
    else out.push([w]);
  }
  return out;
}

/** Where a line falls among the rows, counted in rows (2.5: halfway between the third and fourth anchor). */
function rowPosition(anchors: number[], line: number): number {
  const r = anchors.findIndex((a) => a >= line);
  if (r <= 0) return r < 0 ? anchors.length - 1 : 0;
  return r - 1 + (line - anchors[r - 1]) / (anchors[r] - anchors[r - 1]);
}

/**
 * Gives each block the run of rows, from the first not yet taken, whose middle row is where the
 * block's middle falls. Counted in rows, not lines: a row of wrapped cells takes more lines.
 */
function centre(groups: Word[][], anchors: number[], extents: [number, number][]): (Word[] | undefined)[] {
  const owner: (Word[] | undefined)[] = [];
  let start = 0;
  for (const g of groups) {
    if (start >= anchors.length) break;
    const mid = (g[0].line + g[g.length - 1].line) / 2;
    // A block above every row left (a 合计 or unit line) covers none of them.
    if (mid < extents[start][0] - 1) continue;
    const at = rowPosition(anchors, mid);
    let end = start;
    for (let e = start; e < anchors.length; e++) if (Math.abs((start + e) / 2 - at) < Math.abs((start + end) / 2 - at)) end = e;
    for (let r = start; r <= end; r++) owner[r] = g;
    start = end + 1;
  }
  return owner;
}

export function readRows(lines: Word[][], columns: Column[], bounds: number[]): Row[] {
  const found = lines.flat().map((w) => ({ w, col: columns[columnOf(w, bounds)] })).filter(({ w, col }) => {
    // A vertical label left of the table (年度总体目标, 绩效指标) prints one character a line.
    return !(col === columns[0] && w.end <= columns[0].start && w.text.length === 1);
  });
  const anchor = ANCHORS.find(([r]) => columns.some((c) => c.role === r));
  if (!anchor) return [];
  const k = columns.findIndex((c) => c.role === anchor[0]);
  // A long cell can push the anchor word (≥, 定性) into the next column; a symbol that can be nothing else goes back.
  const drifted = ({ w, col }: { w: Word; col: Column }) => Math.abs(columns.indexOf(col) - k) === 1 && anchor[1].test(w.text) && !/^\d/.test(w.text);
  const placed = found.map((p) => (drifted(p) ? { ...p, col: columns[k] } : p));
  const anchors = [...new Set(placed.filter((p) => p.col === columns[k]).map((p) => p.w.line))].sort((a, b) => a - b);
  if (!anchors.length) return [];
  const own: Word[][][] = anchors.map(() => columns.map(() => []));
  const extents: [number, number][] = anchors.map((a) => [a, a]);
  const merged = new Map<Column, Word[]>();
  for (const { w, col } of placed) {
    if (MERGED.has(col.role)) {
      merged.set(col, [...(merged.get(col) ?? []), w]);
      continue;
    }
    const has = (line: number) => placed.some((p) => p.col === col && p.w.line === line);
    const r = nearest(anchors, w.line, has);
    own[r][columns.indexOf(col)].push(w);
    extents[r] = [Math.min(extents[r][0], w.line), Math.max(extents[r][1], w.line)];
  }
  const rows: Row[] = anchors.map((anchor, r) => ({
    anchor,
    cells: Object.fromEntries(columns.map((c, k) => [c.role, text(own[r][k])]).filter(([, t]) => t)),
  }));
  const grouped = new Map([...merged].map(([col, pieces]) => [col.role, blocks(pieces, col.role)] as const));
  for (const [role, groups] of grouped)
    centre(groups, anchors, extents).forEach((g, r) => {
      if (g) rows[r].cells[role] = text(g);
    });
  for (const r of carriedRows(grouped, anchors, extents)) for (const role of CARRIED_ROLES) delete rows[r].cells[role];
  return rows;
}

/** A project's own cells, which its rows carried onto the next page do not print again below the header. */
const CARRIED_ROLES: Role[] = ['project', 'code', 'funds', 'fundsPart'];
/** Lines a carried goal's text may break for, around a row whose cells wrap, and still run on. */
const GOAL_GAP = 4;

/**
 * A page that opens with the rows of a project carried over from the page before prints that project's
 * name again at its top, above every row (and so no row's), and the rest of its goal beside those rows.
 * The next project's name, centred on its own rows, would take the carried ones too; the rows the
 * carried goal runs beside are the carried project's, and keep no name of this page.
 */
function carriedRows(grouped: Map<Role, Word[][]>, anchors: number[], extents: [number, number][]): number[] {
  const [name] = grouped.get('project') ?? [];
  const goals = grouped.get('goal') ?? [];
  const mid = (g: Word[]) => (g[0].line + g[g.length - 1].line) / 2;
  // A 合计 or unit line above the rows is no project's name.
  if (!name || /^(?:合计|单位)/.test(text(name)) || mid(name) >= extents[0][0] - 1 || goals.length < 2 || goals[0][0].line > extents[0][0] + 1) return [];
  // The carried goal runs on across the breaks a wrapped row leaves in it, up to the next goal's start.
  let reach = goals[0][goals[0].length - 1].line;
  for (const next of goals.slice(1)) {
    if (next[0].line - reach > GOAL_GAP) break;
    reach = next[next.length - 1].line;
  }
  if (reach >= goals[goals.length - 1][0].line) return [];
  return anchors.flatMap((a, r) => (a <= reach ? [r] : []));
}
