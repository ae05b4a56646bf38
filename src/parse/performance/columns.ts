/**
 * Where one column ends and the next begins. Header words sit only roughly over their column
 * (pdftotext pushes a crowded header line right, and b01's `得分` prints left of its scores), so
 * the boundary is the river (a run of columns no line prints in) nearest to the gap between two
 * header cells, rivers taken in order so that each column keeps its own. Where no river is left
 * the gap's midpoint serves.
 */
import type { Column } from './header.js';
import { occupancy, type Word } from './layout.js';

/** How far (in characters) a river may lie from the header gap it stands for. */
const REACH = 10;

function rivers(occ: number[]): number[] {
  const out: number[] = [];
  for (let x = 0; x < occ.length; x++) {
    if (occ[x]) continue;
    let end = x;
    while (end + 1 < occ.length && !occ[end + 1]) end++;
    out.push((x + end + 1) / 2);
    x = end;
  }
  return out;
}

/** Boundary k separates column k from column k+1; `shift` moves the header onto this page. */
export function boundaries(columns: Column[], lines: Word[][], shift: number): number[] {
  const targets = columns.slice(1).map((c, k) => (columns[k].end + c.start) / 2 + shift);
  const candidates = rivers(occupancy(lines));
  // cost[k][r]: the best total for gaps 0..k with gap k at river r (r = candidates.length: no river).
  const none = candidates.length;
  const cost: number[][] = [];
  const from: number[][] = [];
  targets.forEach((t, k) => {
    cost[k] = [];
    from[k] = [];
    for (let r = 0; r <= none; r++) {
      const own = r === none ? 2 * REACH : Math.abs(candidates[r] - t);
      if (r !== none && own > REACH) {
        cost[k][r] = Infinity;
        continue;
      }
      let best = k === 0 ? 0 : Infinity;
      let arg = -1;
      if (k > 0)
        for (let p = 0; p <= none; p++) {
          // Rivers go left to right; a gap without a river places no constraint.
          const ordered = r === none || p === none || p < r;
          if (ordered && cost[k - 1][p] < best) [best, arg] = [cost[k - 1][p], p];
        }
      cost[k][r] = best + own;
      from[k][r] = arg;
    }
  });
  const out: number[] = [];
  let r = targets.length ? cost[targets.length - 1].indexOf(Math.min(...cost[targets.length - 1])) : -1;
  for (let k = targets.length - 1; k >= 0; k--) {
    out[k] = r === none || r < 0 ? targets[k] : candidates[r];
    r = from[k][r];
  }
  // A gap without a river may have landed out of order; keep the boundaries increasing.
  for (let k = 1; k < out.length; k++) out[k] = Math.max(out[k], out[k - 1]);
  return out;
}

/** The column a word belongs to: the one its first character falls in. */
export function columnOf(word: Word, bounds: number[]): number {
  const k = bounds.findIndex((b) => word.start < b);
  return k < 0 ? bounds.length : k;
}
