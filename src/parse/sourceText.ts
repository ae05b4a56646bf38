/**
 * A disclosure's text as shipped, plus a "prose stream": every line compacted (PDF gaps and
 * letter-spacing removed, full-width forms folded) and joined, so that a sentence broken across
 * lines or pages reads as one. Every stream offset maps back to its 1-based source line.
 */
import type { Source } from '../schema/fact.js';

/**
 * Whitespace next to a CJK character is a PDF artefact (`档案扫描服 务费`, `2020 年`); between ASCII
 * words it is real. Each run of whitespace is matched once and judged by its neighbours: a lookahead
 * after `\\s+` would backtrack through the run, quadratic in a long line of spaces.
 */
const WHITESPACE_RUN = /\s+/g;
const nonAscii = (ch: string | undefined) => ch !== undefined && ch.charCodeAt(0) > 0x7f;
const withoutCjkGaps = (line: string) => line.replace(WHITESPACE_RUN, (run, at: number) => (nonAscii(line[at - 1]) || nonAscii(line[at + run.length]) ? '' : run));
const QUOTES = /[“”"‘’„‟「」『』]/g;
const THOUSANDS = /(\d),(?=\d{3}(?!\d))/g;
/** A line that is only a page number, as PDF extraction leaves them; tested on the trimmed line (linear). */
const PAGE_NUMBER = /^[-—]?\s*\d{1,3}\s*[-—]?$/;
export const isPageNumber = (raw: string) => {
  const line = raw.trim();
  return line.length <= 9 && PAGE_NUMBER.test(line);
};
const QUOTE_LENGTH = 60;
const HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、)/;

/**
 * Compacted lines, remembered: every parser (tables, performance, prose) compacts the same lines again.
 * Bounded: past the bound it starts afresh, so memory stays flat however many documents load.
 */
const compacted = new Map<string, string>();
const MAX_COMPACTED = 100_000;

/** Compacts one line: NFKC, no CJK gaps, no quotes, no thousands separators. */
export function compact(line: string): string {
  let out = compacted.get(line);
  if (out === undefined) {
    out = withoutCjkGaps(line.normalize('NFKC').replace(QUOTES, '')).replace(THOUSANDS, '$1').replace(/\s+/g, ' ').trim();
    if (compacted.size >= MAX_COMPACTED) compacted.clear();
    compacted.set(line, out);
  }
  return out;
}

export class SourceText {
  readonly lines: string[];
  readonly stream: string;
  private readonly lineStarts: number[] = [];
  private readonly streamLines: number[] = [];
  private readonly headings: { line: number; title: string }[] = [];

  /**
   * `pageStarts`: for a text read from a PDF, the 1-based line on which each page starts, so that
   * a citation names the page and the line on it; `sheets`: for a workbook, the sheet each page is,
   * so that a citation names the sheet and the row.
   */
  constructor(
    readonly doc: string,
    text: string,
    private readonly pageStarts?: number[],
    private readonly sheets?: string[],
  ) {
    this.lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    let stream = '';
    this.lines.forEach((raw, i) => {
      const line = compact(raw);
      if (!line || isPageNumber(raw)) return;
      if (HEADING.test(line) && line.length <= 40 && !/\d{3,}|。$/.test(line)) this.headings.push({ line: i + 1, title: line });
      this.lineStarts.push(stream.length);
      this.streamLines.push(i + 1);
      stream += line;
    });
    this.stream = stream;
  }

  /** The pages (or sheets) the text was read from; undefined for a plain text file. */
  get pageCount(): number | undefined {
    return this.pageStarts?.length;
  }

  /** The 1-based source line that holds stream offset `offset`. */
  lineAt(offset: number): number {
    return this.streamLines[this.indexAt(offset)] ?? 1;
  }

  private indexAt(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The stream offset where source line `line` starts (or the next non-empty line after it). */
  offsetOfLine(line: number): number {
    const i = this.streamLines.findIndex((l) => l >= line);
    return i < 0 ? this.stream.length : this.lineStarts[i];
  }

  /** The nearest heading at or above `line`, for citations. */
  sectionOf(line: number): string | undefined {
    let found: string | undefined;
    for (const h of this.headings) {
      if (h.line > line) break;
      found = h.title;
    }
    return found;
  }

  /**
   * Where line `line` stands, for a text read from a PDF: its page, and its line there counted as a
   * reader counts the printed lines of a page, blank lines of the layout left out. For a workbook:
   * its sheet, and its row there, blank rows counted (the sheet's name heads it, row 1 follows).
   */
  locate(line: number): { page?: number; sheet?: string; line: number } {
    if (!this.pageStarts?.length) return { line };
    let page = 0;
    while (page + 1 < this.pageStarts.length && this.pageStarts[page + 1] <= line) page++;
    if (this.sheets) return { sheet: this.sheets[page], line: Math.max(1, line - this.pageStarts[page]) };
    let printed = 0;
    for (let l = this.pageStarts[page]; l <= line; l++) if (this.lines[l - 1]?.trim()) printed++;
    return { page: page + 1, line: Math.max(1, printed) };
  }

  /**
   * A citation of source line `line`. Long lines are quoted as a window around `column`
   * (a position in the compacted line), so the quote shows the figure cited.
   */
  source(line: number, column = 0): Source {
    const text = (this.lines[line - 1] ?? '').split('\t').map(compact).filter(Boolean).join(' | ');
    const start = text.length <= QUOTE_LENGTH ? 0 : Math.max(0, Math.min(column - 20, text.length - QUOTE_LENGTH));
    const quote = text.slice(start, start + QUOTE_LENGTH);
    const at = this.locate(line);
    return {
      doc: this.doc,
      line,
      quote: `${start > 0 ? '…' : ''}${quote}${start + QUOTE_LENGTH < text.length ? '…' : ''}`,
      section: this.sectionOf(line),
      ...(at.page ? { page: at.page, pageLine: at.line } : {}),
      ...(at.sheet ? { sheet: at.sheet, pageLine: at.line } : {}),
    };
  }

  /** A citation of the line that holds stream offset `offset`, quoting around that offset. */
  sourceAt(offset: number): Source {
    const i = this.indexAt(offset);
    return this.source(this.streamLines[i] ?? 1, offset - (this.lineStarts[i] ?? 0));
  }
}
