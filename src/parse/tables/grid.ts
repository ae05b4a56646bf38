/**
 * The contract between finding a table and reading its grid. The finder (see index.ts) cuts the
 * text into table regions, each with its title, kind and unit; a grid reader for one text shape
 * (tab-separated, column-aligned layout text, one cell per line) turns a region's lines into
 * columns and rows, or returns null when the shape is not its own.
 */
import type { Line } from '../regions.js';
import type { SourceText } from '../sourceText.js';
import type { Table, TableColumn, TableRow } from '../../schema/table.js';

/** A table found in the text, before its grid is read. */
export interface TableRegion {
  kind: Table['kind'];
  title: string;
  number?: string;
  unit: Table['unit'];
  phase: Table['phase'];
  /** The title line. */
  titleLine: number;
  /** The lines after the title up to the next table or section (header, rows, page breaks). */
  lines: Line[];
}

export interface Grid {
  columns: TableColumn[];
  rows: TableRow[];
  /** Lines inside the region that could not be aligned to the columns. */
  unaligned: Table['unaligned'];
}

export type GridReader = (region: TableRegion, text: SourceText) => Grid | null;
