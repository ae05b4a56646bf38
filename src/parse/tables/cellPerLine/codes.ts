/**
 * The classification code of each row. Whole codes (201 / 20106 / 2010601) are one row each. Where
 * the 类/款/项 pieces are printed apart, the 类 cells still come in row order, but the 2-digit
 * blocks of the 款 and 项 columns are interleaved; which block is which is settled by the one
 * assignment that makes a complete hierarchy (each 项 row follows the 款 row it belongs to).
 */
import { blocksOf, type Cell } from './cells.js';

export interface CodeRow {
  code: string;
  lines: number[];
}

/** More 2-digit blocks than this and trying every 款/项 split costs too much: the codes stay unread. */
const MAX_PIECE_BLOCKS = 20;

/** The code rows in row order, or null where the pieces admit no single hierarchy. */
export function codeRows(cells: Cell[]): CodeRow[] | null {
  const codes = cells.filter((c) => c.kind === 'code');
  const pieces = blocksOf(cells.filter((c) => c.kind === 'piece'));
  if (!pieces.length) return codes.length ? codes.map((c) => ({ code: c.text, lines: [c.line] })) : null;
  if (pieces.length > MAX_PIECE_BLOCKS || codes.some((c) => c.text.length !== 3)) return null;
  const found = new Map<string, CodeRow[]>();
  const need = countKuan(codes);
  for (const kuan of subsetsSumming(pieces, need)) {
    const rows = hierarchy(codes, pieces.filter((_, i) => kuan.has(i)).flat(), pieces.filter((_, i) => !kuan.has(i)).flat());
    if (rows) found.set(rows.map((r) => r.code).join(' '), rows);
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

/** Every row of a 类 group but its first carries a 款 piece. */
function countKuan(lei: Cell[]): number {
  return lei.filter((c, i) => i > 0 && lei[i - 1].text === c.text).length;
}

/** Index sets of blocks whose cell counts sum to `need`. */
function* subsetsSumming(blocks: Cell[][], need: number, from = 0, chosen = new Set<number>()): Generator<Set<number>> {
  if (need === 0) yield new Set(chosen);
  if (need <= 0) return;
  for (let i = from; i < blocks.length; i++) {
    chosen.add(i);
    yield* subsetsSumming(blocks, need - blocks[i].length, i + 1, chosen);
    chosen.delete(i);
  }
}

/**
 * Rows from the 类 cells and the 款 and 项 columns read top to bottom: a group's first row is the
 * 类, a 款 that repeats the row above's is a 项 row under it. Null when a column is left over or
 * runs short, or a code repeats.
 */
function hierarchy(lei: Cell[], kuan: Cell[], xiang: Cell[]): CodeRow[] | null {
  const rows: CodeRow[] = [];
  let k = 0;
  let x = 0;
  let above: Cell | null = null;
  lei.forEach((c, i) => {
    if (i === 0 || lei[i - 1].text !== c.text) {
      above = null;
      rows.push({ code: c.text, lines: [c.line] });
      return;
    }
    const piece = kuan[k++];
    if (!piece) return;
    if (above?.text === piece.text && xiang[x]) {
      rows.push({ code: c.text + piece.text + xiang[x].text, lines: [c.line, piece.line, xiang[x++].line] });
    } else rows.push({ code: c.text + piece.text, lines: [c.line, piece.line] });
    above = piece;
  });
  const complete = k === kuan.length && x === xiang.length && rows.length === lei.length;
  return complete && new Set(rows.map((r) => r.code)).size === rows.length ? rows : null;
}
