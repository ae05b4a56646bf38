/**
 * Every 公开表 of a disclosure, row by row: regions found by their titles (find.ts), each grid read
 * by the first reader that knows its text shape — tab-separated, column-aligned layout, one cell a
 * line. A region no reader can align is kept whole as text, with one warning naming its lines.
 */
import type { Table } from '../../schema/table.js';
import { compact, type SourceText } from '../sourceText.js';
import { readCellPerLine } from './cellPerLine.js';
import { findRegions } from './find.js';
import type { Grid, GridReader, TableRegion } from './grid.js';
import { readLayout } from './layout.js';
import { readTabbed } from './tabbed.js';
import { withHeadersOverFigures } from './shiftedHeaders.js';

const EMPTY = /为空表|无数据/;

export function readTables(text: SourceText): { tables: Table[]; warnings: string[] } {
  const tables: Table[] = [];
  const warnings: string[] = [];
  for (const region of findRegions(text)) {
    const { grid, read } = readGrid(region, text);
    const to = Math.max(region.titleLine, ...region.lines.filter((l) => l.raw.trim()).map((l) => l.no));
    if (!read) warnings.push(`${text.doc}: 表「${region.title}」(第${region.titleLine}–${to}行) 无法对齐各列，按原文保留`);
    tables.push({
      kind: region.kind,
      title: region.title,
      ...(region.number ? { number: region.number } : {}),
      unit: region.unit,
      phase: region.phase,
      columns: grid ? withHeadersOverFigures(grid.columns, grid.rows) : [],
      rows: grid?.rows ?? [],
      source: text.source(region.titleLine),
      span: { from: region.titleLine, to },
      declaredEmpty: region.lines.some((l) => EMPTY.test(compact(l.raw))),
      unaligned: grid?.unaligned.length ? grid.unaligned : region.lines.filter((l) => l.raw.trim()).map((l) => ({ line: l.no, text: l.raw.trim() })),
    });
  }
  return { tables, warnings };
}

/** The first grid with rows; a reader that recognised the shape but read no row only keeps its text. */
function readGrid(region: TableRegion, text: SourceText): { grid: Grid | null; read: boolean } {
  const readers: GridReader[] = region.lines.some((l) => l.raw.includes('\t')) ? [readTabbed] : [readLayout, readCellPerLine];
  let fallback: Grid | null = null;
  for (const reader of readers) {
    const grid = safely(reader, region, text);
    if (grid?.rows.length) return { grid, read: true };
    fallback = fallback ?? grid;
  }
  return { grid: fallback, read: false };
}

/** A reader that trips over odd input must not drop the document: the region is then kept as text. */
function safely(reader: GridReader, region: TableRegion, text: SourceText): Grid | null {
  try {
    return reader(region, text);
  } catch {
    return null;
  }
}
