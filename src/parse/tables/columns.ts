/**
 * Columns from the text's own alignment: amounts are right-aligned, so a numeric column is a cluster
 * of right edges; text is left-aligned, so a text column is a cluster of left edges. A column spans
 * the chunks it holds; a chunk belongs to the column it overlaps most (or the nearest one).
 */
import type { Chunk } from './chunks.js';

export interface Column {
  start: number;
  end: number;
  numeric: boolean;
}

/** Edges this close (in character positions) are one column: pdftotext rounds x positions. */
const TOLERANCE = 2;

export function findColumns(lines: Chunk[][]): Column[] {
  const all = lines.flatMap((chunks, line) => chunks.map((c) => ({ ...c, line })));
  const numeric = mostSupported(mergeDisjoint(cluster(all.filter((c) => c.numeric), (c) => c.end)), lines).map((g) => span(g, true));
  // A text cluster overlapping another and never on the same line with it (an indented or centred
  // label) is part of it, not a column of its own.
  const text = cluster(all.filter((c) => !c.numeric), (c) => c.start)
    .map((g) => ({ col: span(g, false), lines: new Set(g.map((c) => c.line)) }))
    .sort((a, b) => b.lines.size - a.lines.size);
  const kept: { col: Column; lines: Set<number> }[] = [];
  for (const t of text) {
    const host = kept.find((k) => overlap(k.col, t.col) > 0 && !numeric.some((n) => between(n, k.col.start, t.col.start)) && ![...t.lines].some((l) => k.lines.has(l)));
    if (!host) kept.push(t);
    else {
      [host.col.start, host.col.end] = [Math.min(host.col.start, t.col.start), Math.max(host.col.end, t.col.end)];
      t.lines.forEach((l) => host.lines.add(l));
    }
  }
  return [...numeric, ...kept.map((k) => k.col)].sort((a, b) => a.start + a.end - (b.start + b.end));
}

/** The index of the column a chunk belongs to. */
export function columnOf(chunk: { start: number; end: number; numeric?: boolean }, columns: Column[]): number {
  let best = -1;
  let bestScore = -Infinity;
  columns.forEach((col, i) => {
    // Amounts go by their right edge, text by its overlap; otherwise the nearest column.
    const score = chunk.numeric && col.numeric ? 100 - Math.abs(col.end - chunk.end) : overlap(col, chunk) - distance(col, chunk);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

function cluster<T extends Chunk>(chunks: T[], edge: (c: T) => number): T[][] {
  const sorted = [...chunks].sort((a, b) => edge(a) - edge(b));
  const groups: T[][] = [];
  for (const c of sorted) {
    const last = groups[groups.length - 1];
    if (last && edge(c) - edge(last[last.length - 1]) <= TOLERANCE) last.push(c);
    else groups.push([c]);
  }
  return groups;
}

/**
 * No row has more amounts than the table has amount columns: where alignment found more clusters
 * (a page printed narrower), the best-supported ones are the columns and the others' amounts are
 * placed into them (see layout.ts).
 */
function mostSupported<T extends Chunk & { line: number }>(groups: T[][], lines: Chunk[][]): T[][] {
  const most = Math.max(0, ...lines.map((l) => l.filter((c) => c.numeric).length));
  if (groups.length <= most) return groups;
  const support = (g: T[]) => new Set(g.map((c) => c.line)).size;
  const kept = new Set([...groups].sort((a, b) => support(b) - support(a)).slice(0, most));
  return groups.filter((g) => kept.has(g));
}

/** Neighbouring amount clusters never on one line are one column printed a little off (another page). */
const DRIFT = 6;

function mergeDisjoint<T extends Chunk & { line: number }>(groups: T[][]): T[][] {
  const out: T[][] = [];
  for (const g of groups) {
    const last = out[out.length - 1];
    const lines = new Set(last?.map((c) => c.line));
    if (last && g[0].end - last[last.length - 1].end <= DRIFT && !g.some((c) => lines.has(c.line))) last.push(...g);
    else out.push([...g]);
  }
  return out;
}

function span(group: Chunk[], numeric: boolean): Column {
  return { start: Math.min(...group.map((c) => c.start)), end: Math.max(...group.map((c) => c.end)), numeric };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.min(a.end, b.end) - Math.max(a.start, b.start);
}

/** Whether a column lies between two left edges (then they are two columns, not one indented). */
function between(col: Column, a: number, b: number): boolean {
  return col.end > Math.min(a, b) && col.start < Math.max(a, b);
}

function distance(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}
