/**
 * The cells of a one-cell-per-line region. Plain pdftotext writes each text block of the page as a
 * run of lines and ends the block with a blank line, so a run of same-kind lines is one column's
 * cells for consecutive rows; the run ("block") is the unit every later step places.
 */
import { compact } from '../../sourceText.js';
import type { Line } from '../../regions.js';
import { isCode } from '../codes.js';

/** `piece` is a 2-digit 款/项 code printed apart from its 类; `code` a whole 3/5/7-digit code. */
export type CellKind = 'number' | 'code' | 'piece' | 'text';

export interface Cell {
  line: number;
  text: string;
  /** The line as printed, trimmed: `2,106.66`, or `基本支出 项目支出` where two cells share a line. */
  printed: string;
  kind: CellKind;
  /** Consecutive cells of one kind with no blank line between them share a block. */
  block: number;
}

/** A header naming a code column; without one, integers are money, not codes. */
const CODE_HEADER = /科目编码|功能分类|经济分类|^类$/;
const NUMBER = /^-?\d[\d,]*(\.\d+)?$/;
/** Printed for a blank amount. */
const DASH = /^[-—–－]+$/;
const PIECE = /^\d{2}$/;

export function cellsOf(lines: Line[]): Cell[] {
  const texts = lines.map((l) => ({ line: l.no, text: compact(l.raw), printed: l.raw.trim() }));
  const coded = texts.some((t) => CODE_HEADER.test(t.text));
  const cells: Cell[] = [];
  let block = 0;
  let previous: CellKind | null = null;
  for (const { line, text, printed } of texts) {
    if (!text) {
      previous = null;
      continue;
    }
    const kind = kindOf(text, coded);
    if (kind !== previous) block++;
    previous = kind;
    cells.push({ line, text, printed, kind, block });
  }
  return cells;
}

function kindOf(text: string, coded: boolean): CellKind {
  if (coded && isCode(text)) return 'code';
  if (coded && PIECE.test(text)) return 'piece';
  if (NUMBER.test(text) || DASH.test(text)) return 'number';
  return 'text';
}

/** Cells grouped by block, in text order. */
export function blocksOf(cells: Cell[]): Cell[][] {
  const blocks = new Map<number, Cell[]>();
  for (const cell of cells) blocks.set(cell.block, [...(blocks.get(cell.block) ?? []), cell]);
  return [...blocks.values()];
}

/** A gap of two or more spaces between words: the mark of layout (column-aligned) text. */
const LAYOUT_GAP = /\S {2,}\S/;
/** Layout text still has the odd spaced line (a wrapped header); a tenth is well above that noise. */
const LAYOUT_SHARE = 0.1;

/** Whether the region is one cell per line: no tabs and hardly any column gaps. */
export function isCellPerLine(lines: Line[]): boolean {
  const filled = lines.filter((l) => l.raw.trim());
  if (!filled.length || filled.some((l) => l.raw.includes('\t'))) return false;
  return filled.filter((l) => LAYOUT_GAP.test(l.raw.trim())).length <= filled.length * LAYOUT_SHARE;
}
