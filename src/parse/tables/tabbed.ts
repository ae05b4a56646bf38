/**
 * Tables printed as tab-separated lines (the seed's template): one line a row, one tab a cell.
 * Header rows are the rows of header words; a header word above empty cells spans them. A table
 * printed again after a page break repeats its header, which is read once.
 */
import type { RowClass } from '../../schema/table.js';
import { cells } from '../regions.js';
import type { GridReader } from './grid.js';
import { isHeaderRow, toColumns } from './header.js';
import { makeRow } from './rows.js';
import { parseAmount } from './amount.js';

export const readTabbed: GridReader = (region, text) => {
  const tabbed = region.lines.filter((l) => l.raw.includes('\t'));
  if (!tabbed.length) return null;
  const split = tabbed.map((l) => ({ line: l, cells: cells(l.raw) }));
  const width = Math.max(...split.map((s) => lastFilled(s.cells) + 1));
  const headerRows = split.filter((s) => isHeaderRow(s.cells) && !s.cells.some((c) => parseAmount(c) !== null));
  const seen = new Set<string>();
  const words: string[][] = Array.from({ length: width }, () => []);
  headerRows.forEach((row, r) => {
    const key = row.cells.join('|');
    if (seen.has(key)) return;
    seen.add(key);
    const below = headerRows[r + 1]?.cells;
    let spanning = '';
    for (let i = 0; i < width; i++) {
      const cell = row.cells[i] ?? '';
      // An empty cell under a header word that has words below it is part of that word's span.
      spanning = cell || (below?.[i] ? spanning : '');
      const word = cell || spanning;
      if (word && words[i][words[i].length - 1] !== word) words[i].push(word);
    }
  });
  let parent: RowClass | undefined;
  const rows = split
    .filter((s) => !headerRows.includes(s))
    .map((s) => {
      const row = makeRow(Array.from({ length: width }, (_, i) => s.cells[i] ?? ''), [s.line.no], text, parent);
      parent = row.classes[0] ?? parent;
      return row;
    });
  const unaligned = region.lines.filter((l) => !l.raw.includes('\t') && l.raw.trim()).map((l) => ({ line: l.no, text: l.raw.trim() }));
  return { columns: toColumns(words), rows, unaligned };
};

function lastFilled(row: string[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (row[i]) return i;
  return 0;
}
