/**
 * Words of a `pdftotext -layout` line with their columns. The column is the word's index in the
 * raw line, not its display width: pdftotext places a word by counting characters, one per CJK
 * character, so raw indexes line up down a table (b04b's 产出指标 under 一级指标 at the same
 * index) where display widths drift by the number of CJK characters before the word.
 */
import { compact } from '../sourceText.js';

export interface Word {
  line: number;
  start: number;
  end: number;
  text: string;
}

export function words(raw: string, line: number): Word[] {
  return [...raw.matchAll(/\S+/g)].map((m) => ({ line, start: m.index, end: m.index + m[0].length, text: m[0] }));
}

/** Words of one cell on one line, joined as the line printed them and compacted (`≥110 人` → `≥110人`). */
export function joinLine(ws: Word[]): string {
  return compact(ws.map((w) => w.text).join(' '));
}

/**
 * How many lines print a character at each column: a column of a table shows as a run of
 * occupied columns, the space between two columns as a run of zeros (a "river").
 */
export function occupancy(lines: Word[][]): number[] {
  const occ: number[] = [];
  for (const ws of lines)
    for (const w of ws)
      for (let x = w.start; x < w.end; x++) occ[x] = (occ[x] ?? 0) + 1;
  return Array.from(occ, (n) => n ?? 0);
}

/** A page number on a line of its own (`28`, `- 3 -`): a page break inside a table. */
export function isPageNumber(raw: string): boolean {
  return /^\s*[-—]?\s*\d{1,3}\s*[-—]?\s*$/.test(raw);
}
