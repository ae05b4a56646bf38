/**
 * Line-level helpers shared by the section parsers: finding a section's lines, splitting
 * tab-separated rows into compacted cells, and reading numbered items that PDF extraction broke
 * across lines.
 */
import { compact, isPageNumber } from './sourceText.js';

/** A 1-based line number and that line's raw text. */
export interface Line {
  no: number;
  raw: string;
}

/** Top-level headings: 第二部分, 六、…, 十一、… */
export const TOP_HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、)/;

/**
 * The lines after a line matching `start`, up to the next line matching `end`. Where `start`
 * matches several lines (a table of contents names every section once more), the occurrence with
 * the most content wins. Empty when `start` is not found.
 */
export function region(lines: string[], start: RegExp, end: RegExp): Line[] {
  let best: Line[] = [];
  let bestContent = 0;
  lines.forEach((raw, begin) => {
    const heading = compact(raw);
    if (heading.length > MAX_HEADING || !start.test(heading)) return;
    const out: Line[] = [];
    for (let i = begin + 1; i < lines.length; i++) {
      if (end.test(compact(lines[i]))) break;
      out.push({ no: i + 1, raw: lines[i] });
    }
    const content = out.filter((l) => compact(l.raw)).length;
    if (content > bestContent) [best, bestContent] = [out, content];
  });
  return best;
}

/** A heading is a short line; a long one that ends the same way is prose. */
const MAX_HEADING = 40;

/** Tab-separated cells, each compacted; trailing empty cells kept (they carry column positions). */
export function cells(raw: string): string[] {
  return raw.split('\t').map(compact);
}

/** A number cell: `1,234.5` → 1234.5; blank, `—` or `——` → null. */
export function numberCell(cell: string | undefined): number | null {
  const text = (cell ?? '').replace(/,/g, '').trim();
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

const ITEM_START = /^[-•·]?\s*(?:(\d{1,2})[、.．]|[（(]([一二三四五六七八九十]{1,3})[）)]|([一二三四五六七八九十]{1,3})、)\s*/;

export interface Item {
  index: number;
  text: string;
  line: number;
}

/**
 * Numbered items (1、 / （一） / 一、) in `lines`; a line that starts no item continues the one
 * before it, which is how PDF extraction breaks long items. `start` marks an item's first line,
 * and what it matches is not part of the item (a zero-width `start` keeps the whole line).
 */
export function numberedItems(lines: Line[], start: RegExp = ITEM_START): Item[] {
  const items: Item[] = [];
  for (const { no, raw } of lines) {
    const text = compact(raw);
    if (!text || isPageNumber(raw)) continue;
    const m = text.match(start);
    if (m) items.push({ index: items.length + 1, text: text.slice(m[0].length), line: no });
    else if (items.length) items[items.length - 1].text += text;
  }
  return items;
}
