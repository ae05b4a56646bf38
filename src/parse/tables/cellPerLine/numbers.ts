/**
 * Placing the number blocks in the grid. Each money column's cells come top to bottom as one or
 * more blocks; a blank cell prints nothing, so where a column has blanks its blocks are shorter
 * than the table and may sit at several heights. A placement is kept only where it is certain:
 * every column full, or, where the first column is full, the one placement in which every row's
 * first cell is the sum of its other cells (合计 = 基本支出 + 项目支出). Anything else is no placement.
 */
import type { Cell } from './cells.js';

/** Each column's cell per row; null where nothing is printed. */
export type Placement = (Cell | null)[][];

/** Search bound: past this many candidate grids the blocks stay unplaced rather than slow the parse. */
const MAX_TRIES = 200_000;
/** Each printed part may be rounded half a cent away from the total's rounding. */
const CENT = 0.01;

export function placeNumbers(blocks: Cell[][], rows: number, columns: number): Placement | null {
  const found: Placement[] = [];
  const budget = { left: MAX_TRIES };
  for (const groups of partitions(blocks, rows, columns)) {
    const options = groups.map((g) => [...positions(g, rows, 0, budget)]);
    if (budget.left <= 0) return null;
    if (options.every((o) => o.length === 1)) found.push(options.map((o) => o[0]));
    else if (options[0].length === 1) found.push(...summing(options, budget));
    else return null;
    if (budget.left <= 0) return null;
  }
  const sums = found.length > 1 ? found.filter((p) => sumsUp(p)) : found;
  return sums.length === 1 ? sums[0] : null;
}

/** The ways to cut the blocks, in order, into `columns` runs (a blank column has none) that fit the rows. */
function* partitions(blocks: Cell[][], rows: number, columns: number): Generator<Cell[][][]> {
  if (columns === 0) {
    if (!blocks.length) yield [];
    return;
  }
  let size = 0;
  for (let take = 0; take <= blocks.length; take++) {
    if (take > 0) size += blocks[take - 1].length;
    if (size > rows) return;
    for (const rest of partitions(blocks.slice(take), rows, columns - 1)) yield [blocks.slice(0, take), ...rest];
  }
}

/** Every way to set a column's blocks top to bottom in `rows` rows. */
function* positions(blocks: Cell[][], rows: number, from: number, budget: { left: number }): Generator<(Cell | null)[]> {
  if (--budget.left <= 0) return;
  if (!blocks.length) {
    yield new Array<Cell | null>(rows - from).fill(null);
    return;
  }
  const [first, ...rest] = blocks;
  const restSize = rest.reduce((n, b) => n + b.length, 0);
  for (let start = from; start + first.length + restSize <= rows; start++) {
    for (const tail of positions(rest, rows, start + first.length, budget)) {
      yield [...new Array<Cell | null>(start - from).fill(null), ...first, ...tail];
    }
  }
}

/** The grids, one option per column, in which the first column sums the others. */
function summing(options: (Cell | null)[][][], budget: { left: number }): Placement[] {
  const out: Placement[] = [];
  const walk = (chosen: Placement): void => {
    if (--budget.left <= 0) return;
    if (chosen.length === options.length) {
      if (sumsUp(chosen)) out.push(chosen);
      return;
    }
    for (const option of options[chosen.length]) walk([...chosen, option]);
  };
  walk([]);
  return out;
}

function sumsUp(grid: Placement): boolean {
  if (grid.length < 2) return false;
  return grid[0].every((total, r) => {
    const parts = grid.slice(1).map((column) => valueOf(column[r]));
    const filled = parts.filter((v) => v !== 0).length;
    return Math.abs(valueOf(total) - parts.reduce((a, b) => a + b, 0)) <= CENT * filled + 1e-9;
  });
}

function valueOf(cell: Cell | null): number {
  const value = Number((cell?.text ?? '').replace(/,/g, ''));
  return Number.isFinite(value) ? value : 0;
}
