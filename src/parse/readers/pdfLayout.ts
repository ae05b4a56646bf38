/**
 * Lines of a PDF page rebuilt from the positions of its text runs, in the manner of
 * `pdftotext -layout`, which the parser is tuned to: one character a column, CJK included; runs on
 * one baseline make one line; a gap wider than a word space becomes two or more spaces, as many as
 * keep a column of the page at the same character index from line to line (the table readers
 * find columns by that alignment); a taller gap between baselines becomes blank lines.
 */

/** A run of text as the PDF shows it, in page space (y grows downwards, the baseline). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size, in page units. */
  size: number;
}

/** Runs whose baselines differ by less than this share of the font size stand on one line (as Poppler's maxIntraLineDelta). */
const SAME_LINE = 0.5;
/** A gap under this share of the font size continues the word (`单位` `:` `万元`). */
const GLUED = 0.15;
/** A gap under this share of the font size is a space between words; a wider one separates cells. */
const WORD_SPACE = 0.8;
/** Most blank lines one vertical gap makes, as pdftotext prints at most five line ends. */
const MAX_LINE_ENDS = 5;

interface Row {
  /** The baselines of its first and last runs. */
  y: number;
  last: number;
  size: number;
  runs: TextRun[];
}

/**
 * Each page's lines, top to bottom, with the blank lines its vertical gaps make; no trailing spaces.
 * Column 0 is the leftmost text of the whole document, not of each page: a table continued on the
 * next page keeps its columns at the same character indexes even where that page has no text as
 * far left as the first.
 */
export function layoutPages(pages: TextRun[][]): string[][] {
  const visible = pages.map((runs) => runs.map(trimmed).filter((r): r is TextRun => r !== undefined));
  const left = Math.min(...visible.flat().map((r) => r.x));
  return visible.map((runs) => layoutPage(runs, left));
}

function layoutPage(visible: TextRun[], left: number): string[] {
  if (!visible.length) return [];
  // One column is half the body text's size: a digit's width, so that right-aligned figures keep
  // their right edges at one character index, as they do in pdftotext's text.
  const unit = medianSize(visible) / 2;
  const rows = rowsOf(visible);
  const out: string[] = [];
  rows.forEach((row, i) => {
    out.push(lineOf(row, left, unit));
    const next = rows[i + 1];
    if (next) for (let n = Math.min(MAX_LINE_ENDS, Math.trunc((next.y - row.y) / row.size)); n > 1; n--) out.push('');
  });
  return out;
}

/** A run without its leading and trailing spaces, its x moved past the leading ones; none if blank. */
function trimmed(run: TextRun): TextRun | undefined {
  const text = run.text.trim();
  if (!text || !(run.size > 0)) return undefined;
  const lead = run.text.length - run.text.trimStart().length;
  const perChar = run.text.length ? run.width / run.text.length : 0;
  return { ...run, text, x: run.x + lead * perChar, width: perChar * text.length || run.width };
}

/** The size most characters of the page are set in. */
function medianSize(runs: TextRun[]): number {
  const sizes = runs.flatMap((r) => Array<number>(r.text.length).fill(r.size)).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)];
}

function rowsOf(runs: TextRun[]): Row[] {
  const rows: Row[] = [];
  for (const run of [...runs].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const row = rows[rows.length - 1];
    // Measured from the row's lowest run so far: a cell wrapped over two lines is centred
    // between rows, and Poppler chains such runs into one line the same way.
    if (row && run.y - row.last < SAME_LINE * Math.min(row.size, run.size)) {
      row.runs.push(run);
      row.size = Math.max(row.size, run.size);
      row.last = run.y;
    } else rows.push({ y: run.y, last: run.y, size: run.size, runs: [run] });
  }
  return rows;
}

function lineOf(row: Row, left: number, unit: number): string {
  let line = '';
  let right = -Infinity;
  for (const run of [...row.runs].sort((a, b) => a.x - b.x)) {
    const gap = run.x - right;
    const column = Math.round((run.x - left) / unit);
    if (gap < GLUED * run.size) line += run.text;
    else if (gap < WORD_SPACE * run.size) line += ` ${run.text}`;
    else line += `${' '.repeat(Math.max(line ? 2 : 0, column - line.length))}${run.text}`;
    right = run.x + run.width;
  }
  return line.trimEnd();
}
