/**
 * A performance table's pages. A page break (a page number, or the header printed again) moves
 * the whole table sideways and restarts its merged cells, so each page is read on its own, its
 * header shifted by how far the page moved.
 */
import { boundaries, columnOf } from './columns.js';
import { type Header, isHeaderLine } from './header.js';
import { isPageNumber, occupancy, type Word, words } from './layout.js';
import { ANCHORS, readRows, type Row } from './rows.js';

/** How far a page may move sideways against the table's first page. */
const MAX_SHIFT = 12;

/** The shift that best lays this page's printed columns over the first page's. */
function overlayShift(base: number[], page: number[]): number {
  let [best, score] = [0, -1];
  for (let s = -MAX_SHIFT; s <= MAX_SHIFT; s++) {
    let hits = 0;
    base.forEach((n, x) => {
      if (n && page[x + s]) hits++;
    });
    if (hits > score || (hits === score && Math.abs(s) < Math.abs(best))) [best, score] = [s, hits];
  }
  return best;
}

/** How far the header may still sit off its columns once the page's move is known. */
const SLACK = 6;

/**
 * Header words sit only roughly over their columns; of the shifts near `base`, the one whose
 * anchor column (分值, 绩效指标性质) holds most words that look like its cells, and fewest that
 * don't, lays the header right.
 */
function fitShift(header: Header, lines: Word[][], base: number): number {
  const anchor = ANCHORS.find(([role]) => header.columns.some((c) => c.role === role));
  if (!anchor) return base;
  const k = header.columns.findIndex((c) => c.role === anchor[0]);
  let [best, score] = [base, -Infinity];
  for (let s = base - SLACK; s <= base + SLACK; s++) {
    const bounds = boundaries(header.columns, lines, s);
    const held = lines.flat().filter((w) => columnOf(w, bounds) === k);
    const fit = held.filter((w) => anchor[1].test(w.text)).length * 2 - held.length;
    if (fit > score || (fit === score && Math.abs(s - base) < Math.abs(best - base))) [best, score] = [s, fit];
  }
  return best;
}

/** How far a repeated header line sits from the first one, by its words of the same text. */
function headerShift(header: Header, again: Word[]): number | undefined {
  const moves = again.flatMap((w) => header.mainWords.filter((h) => h.text === w.text).map((h) => w.start - h.start));
  return moves.length ? moves.sort((a, b) => a - b)[moves.length >> 1] : undefined;
}

/** Rows of the table whose header is `header`, read from lines `header.last + 1` up to `end` (exclusive). */
export function readPages(lines: string[], header: Header, end: number): Row[] {
  // One-character fragments (`标`, `分`) are as likely a wrapped cell's last piece.
  const fragments = new Set([...header.fragments, ...header.mainWords.map((w) => w.text)].filter((t) => t.length > 1));
  const pages: { lines: Word[][]; shift?: number }[] = [{ lines: [], shift: 0 }];
  for (let no = header.last + 1; no < end; no++) {
    const raw = lines[no - 1];
    if (isPageNumber(raw)) {
      pages.push({ lines: [] });
      continue;
    }
    let ws = words(raw, no);
    if (isHeaderLine(raw)) {
      pages.push({ lines: [], shift: headerShift(header, ws) });
      continue;
    }
    // Header words printed again at a page's top, among the merged cells carried over.
    ws = ws.filter((w) => !fragments.has(w.text));
    if (ws.length) pages[pages.length - 1].lines.push(ws);
  }
  const base = occupancy(pages[0].lines);
  return pages.flatMap((page) => {
    const shift = fitShift(header, page.lines, page.shift ?? overlayShift(base, occupancy(page.lines)));
    const columns = header.columns.map((c) => ({ ...c, start: c.start + shift, end: c.end + shift }));
    return readRows(page.lines, columns, boundaries(header.columns, page.lines, shift));
  });
}
