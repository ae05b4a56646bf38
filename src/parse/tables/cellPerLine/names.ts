/**
 * The row names: one block of text cells, one name a line, except where a name too long for its
 * cell wrapped onto the next line. A wrapped line fills the cell, so it is among the block's
 * longest; the wrap is read only where exactly as many longest lines as surplus lines exist.
 * A reading that joins fewer lines wins: a join is only ever needed to make the count.
 */
import type { Cell } from './cells.js';
import { blocksOf } from './cells.js';
import { SPINE_HEADER } from './headers.js';

export interface Name {
  text: string;
  lines: number[];
}

/** The label of a total row, which carries no code. */
export const TOTAL = /^(合计|总计|小计)$|合计$/;

export interface Names {
  names: Name[];
  /** Where the names include a total row with no code: first or last. */
  total: 'first' | 'last' | null;
  block: number;
}

/**
 * The one text block (header words of the code and name columns aside) that yields `coded` names, or `coded` + a total row, with the fewest joins;
 * null if none or several.
 */
export function rowNames(cells: Cell[], coded: number): Names | null {
  const found: { names: Names; joins: number }[] = [];
  for (const block of blocksOf(cells.filter((c) => c.kind === 'text' && !SPINE_HEADER.test(c.text)))) {
    for (const target of [coded, coded + 1]) {
      const names = unwrap(block, target);
      const total = target === coded ? null : totalAt(names);
      if (names && (target === coded || total)) found.push({ names: { names, total, block: block[0].block }, joins: block.length - target });
    }
  }
  const fewest = found.filter((f) => f.joins === Math.min(...found.map((g) => g.joins)));
  return fewest.length === 1 ? fewest[0].names : null;
}

function totalAt(names: Name[] | null): Names['total'] {
  if (!names) return null;
  if (TOTAL.test(names[names.length - 1].text)) return 'last';
  return TOTAL.test(names[0].text) ? 'first' : null;
}

/** `count` names from the block's lines, joining each longest line with the line after it. */
function unwrap(block: Cell[], count: number): Name[] | null {
  const surplus = block.length - count;
  if (count < 1 || surplus < 0) return null;
  const longest = Math.max(...block.map((c) => c.text.length));
  const wraps = surplus ? block.slice(0, -1).filter((c) => c.text.length === longest) : [];
  if (wraps.length !== surplus) return null;
  const names: Name[] = [];
  block.forEach((cell, i) => {
    if (i > 0 && wraps.includes(block[i - 1])) {
      const name = names[names.length - 1];
      name.text += cell.text;
      name.lines.push(cell.line);
    } else names.push({ text: cell.text, lines: [cell.line] });
  });
  return names;
}
