/**
 * Cutting a line of column-aligned text (pdftotext -layout) into chunks with their positions.
 * pdftotext places one character per column position, CJK included (checked on the shared docs:
 * the right edges of 万元 figures line up by character index, not by display width), so a chunk's
 * position is its character index. Cells are separated by two or more spaces; a single space
 * separates a number from its neighbour (`50,665.496773 一、一般公共服务支出`).
 */
import { isAmountText } from './amount.js';

export interface Chunk {
  text: string;
  /** Character index of the first and one past the last character. */
  start: number;
  end: number;
  /** An amount or a dash: right-aligned in its column. */
  numeric: boolean;
}

const GAP = /\S+(?: \S+)*/g;

export function chunks(raw: string): Chunk[] {
  return joinLetterSpaced(split(raw));
}

/** Single CJK characters spread over a cell (`合      计`, `收   入`) are one word, letter-spaced. */
const SINGLE_CJK = /^[\u4e00-\u9fff]$/;
const LETTER_GAP = 8;

function joinLetterSpaced(list: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (const c of list) {
    const last = out[out.length - 1];
    const spaced = last && SINGLE_CJK.test(c.text) && SINGLE_CJK.test(last.text.slice(-1)) && /^[\u4e00-\u9fff]+$/.test(last.text) && c.start - last.end <= LETTER_GAP;
    if (spaced && (last.text.length === 1 || last.end - last.start > last.text.length)) out[out.length - 1] = { ...last, text: last.text + c.text, end: c.end };
    else out.push(c);
  }
  return out;
}

function split(raw: string): Chunk[] {
  const out: Chunk[] = [];
  for (const m of raw.replace(/\t/g, ' ').matchAll(GAP)) {
    let start = m.index ?? 0;
    // Split on single spaces next to a number; keep other words (`1. 一般公共预算资金`) together.
    let text = '';
    for (const word of m[0].split(' ')) {
      if (text && (isAmountText(word) || isAmountText(text.split(' ').pop() ?? ''))) {
        out.push(chunk(text, start));
        start += text.length + 1;
        text = word;
      } else text = text ? `${text} ${word}` : word;
    }
    out.push(chunk(text, start));
  }
  return out;
}

function chunk(text: string, start: number): Chunk {
  return { text, start, end: start + text.length, numeric: isAmountText(text) };
}
