/**
 * Tables extracted one cell per line (plain pdftotext, HTML text nodes): a table comes as runs of
 * cells, often a whole column at a time. The rows are rebuilt from a spine, the code column and
 * the name column, which must agree on the row count; the money blocks are then placed only where
 * their placement is certain (see numbers.ts). Whatever is not placed stays in `unaligned`.
 */
import type { GridReader, Grid } from './grid.js';
import type { TableColumn, TableRow } from '../../schema/table.js';
import type { SourceText } from '../sourceText.js';
import { blocksOf, cellsOf, isCellPerLine, type Cell } from './cellPerLine/cells.js';
import { codeRows, type CodeRow } from './cellPerLine/codes.js';
import { rowClass } from './codes.js';
import { rowNames, type Names } from './cellPerLine/names.js';
import { headerWords, SPINE_HEADER, type HeaderWord } from './cellPerLine/headers.js';
import { placeNumbers } from './cellPerLine/numbers.js';
import { numberCell } from '../regions.js';

export const readCellPerLine: GridReader = (region, text) => {
  if (!isCellPerLine(region.lines)) return null;
  const cells = cellsOf(region.lines);
  try {
    return readGrid(cells, text) ?? unread(cells);
  } catch {
    // Odd input must not stop the parse: the region's lines are kept as text.
    return unread(cells);
  }
};

function readGrid(cells: Cell[], text: SourceText): Grid | null {
  const codes = codeRows(cells);
  if (!codes) return null;
  const names = rowNames(cells, codes.length);
  if (!names) return null;
  const headers = headerWords(cells, names.block);
  const placed = placeNumbers(blocksOf(cells.filter((c) => c.kind === 'number')), names.names.length, headers.length);
  const rows = names.names.map((name, r) => {
    const code = codeOf(codes, names, r);
    const numbers = placed?.map((column) => column[r]) ?? [];
    const cellLines = numbers.flatMap((c) => (c ? [c.line] : []));
    const row: TableRow = {
      label: name.text,
      classes: code ? [rowClass(code.code, name.text)].filter((c) => c !== undefined) : [],
      cells: numbers.map((c) => ({ text: c?.printed ?? '', value: numberCell(c?.text) })),
      // The name, not the bare code, is what a reader recognises in the quote.
      source: text.source(name.lines[0]),
      lines: [...new Set([...(code?.lines ?? []), ...name.lines, ...cellLines])].sort((a, b) => a - b),
    };
    return row;
  });
  const used = new Set(rows.flatMap((r) => r.lines));
  if (placed) headers.forEach((h) => h.lines.forEach((l) => used.add(l)));
  return {
    columns: placed ? headers.map(columnOf) : [],
    rows,
    unaligned: cells.filter((c) => !used.has(c.line) && !SPINE_HEADER.test(c.text)).map((c) => ({ line: c.line, text: c.text })),
  };
}

/** The code row of name `r`: a total row has none, and shifts the codes down when it comes first. */
function codeOf(codes: CodeRow[], names: Names, r: number): CodeRow | undefined {
  if (names.total === 'last' && r === names.names.length - 1) return undefined;
  return names.total === 'first' ? codes[r - 1] : codes[r];
}

function columnOf(header: HeaderWord): TableColumn {
  return { header: [header.text], name: header.text };
}

/** A region in this shape whose rows could not be rebuilt: every line kept as text. */
function unread(cells: Cell[]): Grid {
  return { columns: [], rows: [], unaligned: cells.map((c) => ({ line: c.line, text: c.text })) };
}
