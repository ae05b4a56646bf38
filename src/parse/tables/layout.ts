/**
 * Tables in column-aligned layout text (pdftotext -layout). The header is the lines above the first
 * row that carries an amount or a code; columns come from the alignment of the rows below it (see
 * columns.ts); each header word goes to the column it stands over, and a word wrapped over lines
 * (`政府性基金预` / `算资金`) is joined again. A header printed again after a page break is skipped,
 * and the shift it shows re-aligns that page. A line of text alone continues a wrapped cell of the
 * row above, or starts the row below when its cell is empty there, or is a row of its own.
 */
import type { RowClass, TableRow } from '../../schema/table.js';
import type { Line } from '../regions.js';
import { compact, type SourceText } from '../sourceText.js';
import { chunks, type Chunk } from './chunks.js';
import { columnOf, findColumns, type Column } from './columns.js';
import type { GridReader } from './grid.js';
import { isHeaderRow, toColumns } from './header.js';
import { isCode } from './codes.js';
import { makeRow } from './rows.js';
import { displayWidth } from './width.js';

interface Parsed {
  no: number;
  raw: string;
  compacted: string;
  chunks: Chunk[];
}

/** Lines that belong to the table's caption, not its grid. */
const CAPTION = /^(?:部门名称|部门|编制部门|编制单位|单位名称|预算单位)[:：]|单位[:：]|^(?:公开|预算)\d+表$|^预算表\d+$/;
const NOTE = /^(?:注|说明)\s*\d*[:：.、]/;
/** Column numbers under a header: `1 2 3`, `** ** **`, 栏次. */
const COLUMN_NUMBER = /^(?:\*+|\d{1,2}|栏次|行次)$/;
/** What starts a new row even without an amount: a list marker, a code, a total. */
const ROW_START = /^(?:[一二三四五六七八九十]+、|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{3,9}|合计|小计|总计|其中)/;
/** Rows whose amounts mostly collide in one column were not aligned: better kept as text. */
const MAX_COLLISIONS = 0.5;

export const readLayout: GridReader = (region, text) => {
  const parsed = gridLines(region.lines);
  const anchorAt = parsed.findIndex(isAnchor);
  const headerEnd = anchorAt >= 0 ? anchorAt : textHeaderEnd(parsed);
  const header = parsed.slice(0, headerEnd).filter((p) => !isColumnNumbers(p));
  const splitCodes = /类/.test(header.map((h) => h.compacted).join('')) && /款/.test(header.map((h) => h.compacted).join(''));
  const body = realign(parsed.slice(headerEnd), header).map((p) => (splitCodes ? withCodeParts(p) : p));
  if (!body.length) return null;
  const anchors = body.filter(isAnchor);
  // A table with hardly any cells (an empty table's 合计 row) takes its columns from its header too.
  const found = findColumns((anchors.length ? anchors : body).map((p) => p.chunks));
  const columns = found.length >= 2 ? found : findColumns([...header, ...body].map((p) => p.chunks));
  if (columns.length < 2 || collisions(anchors, columns) > MAX_COLLISIONS * anchors.length) return null;
  return { columns: toColumns(headerWords(header, headerPageColumns(anchors, columns), region.lines)), rows: assembleRows(body, columns, text), unaligned: [] };
};

function gridLines(lines: Line[]): Parsed[] {
  const out: Parsed[] = [];
  for (const { no, raw } of lines) {
    const compacted = compact(raw);
    if (NOTE.test(compacted)) break;
    if (!compacted || CAPTION.test(compacted) || /^\d{1,3}$/.test(compacted)) continue;
    out.push({ no, raw, compacted, chunks: withCodes(chunks(raw)) });
  }
  return out;
}

/** A code before a name (`30101   基本工资`) is text, though it reads as a number. */
function withCodes(list: Chunk[]): Chunk[] {
  return list.map((c, i) => (c.numeric && isCode(c.text) && list[i + 1] && !list[i + 1].numeric ? { ...c, numeric: false } : c));
}

function isColumnNumbers(p: Parsed): boolean {
  return p.chunks.every((c) => COLUMN_NUMBER.test(c.text));
}

function isAnchor(p: Parsed): boolean {
  if (isColumnNumbers(p)) return false;
  return p.chunks.some((c) => c.numeric) || isCode(p.chunks[0]?.text ?? '') || /^\d{3,9}-/.test(p.chunks[0]?.text ?? '');
}

/** Without amounts or codes, the header is the leading run of header-word rows. */
function textHeaderEnd(parsed: Parsed[]): number {
  let end = 0;
  while (end < parsed.length && end < 4 && isHeaderRow(parsed[end].chunks.map((c) => c.text))) end++;
  return end;
}

/**
 * Drops repeated headers. A page may print its columns a little apart from the first page's: the
 * header words it repeats pair its positions with the first page's, and positions between them are
 * mapped linearly, so the page's cells fall into the first page's columns.
 */
function realign(body: Parsed[], header: Parsed[]): Parsed[] {
  const byText = new Map(header.map((h) => [h.compacted, h]));
  const out: Parsed[] = [];
  let pairs: [number, number][] = [];
  let inHeader = false;
  for (const p of body) {
    const original = byText.get(p.compacted);
    if (original) {
      const found = original.chunks.length === p.chunks.length ? p.chunks.flatMap((c, i): [number, number][] => [[c.start, original.chunks[i].start], [c.end, original.chunks[i].end]]) : [];
      if (!inHeader) pairs = [];
      if (found.length > pairs.length) pairs = found.sort((a, b) => a[0] - b[0]);
      inHeader = true;
      continue;
    }
    inHeader = false;
    if (isColumnNumbers(p)) continue;
    out.push(pairs.length ? { ...p, chunks: p.chunks.map((c) => ({ ...c, start: warp(c.start, pairs), end: warp(c.end, pairs) })) } : p);
  }
  return out;
}

/** A position on a page mapped through the (page, first page) pairs of its repeated header, sorted. */
function warp(x: number, sorted: [number, number][]): number {
  const after = sorted.findIndex(([from]) => from >= x);
  if (after <= 0) {
    const [from, to] = sorted[after < 0 ? sorted.length - 1 : 0];
    return x + to - from;
  }
  const [a, b] = [sorted[after - 1], sorted[after]];
  return Math.round(a[1] + ((x - a[0]) * (b[1] - a[1])) / Math.max(1, b[0] - a[0]));
}

/** Under a 类/款/项 header the leading integers are code parts (`201  05  07`), not amounts. */
function withCodeParts(p: Parsed): Parsed {
  const firstText = p.chunks.findIndex((c) => !/^\d+$/.test(c.text));
  if (firstText <= 0) return p;
  return { ...p, chunks: p.chunks.map((c, i) => (i < firstText ? { ...c, numeric: false } : c)) };
}

function collisions(anchors: Parsed[], columns: Column[]): number {
  return anchors.filter((p) => {
    const used = placement(p, columns).filter((_, i) => p.chunks[i].numeric);
    return new Set(used).size < used.length;
  }).length;
}

/**
 * The column of each chunk. A row with an amount in every amount column takes them in order: a page
 * printed narrower than the others (and with no header repeated to re-align it) still reads.
 */
function placement(p: Parsed, columns: Column[]): number[] {
  const amountColumns = columns.flatMap((c, k) => (c.numeric ? [k] : []));
  const amounts = p.chunks.filter((c) => c.numeric).length;
  let nth = 0;
  return p.chunks.map((c) => (c.numeric && amounts === amountColumns.length ? amountColumns[nth++] : columnOf(c, columns)));
}

/** Rows right under the header: they stand on the header's own page. */
const HEADER_PAGE_ROWS = 8;

/**
 * The columns as the header's own page prints them. A later page without a repeated header may set
 * its figures further left (and, having more rows, decide where the columns are); the header words
 * stand over the first page's figures, so they are placed by those, column for column.
 */
function headerPageColumns(anchors: Parsed[], columns: Column[]): Column[] {
  const nearHeader = findColumns(anchors.slice(0, HEADER_PAGE_ROWS).map((p) => p.chunks));
  return nearHeader.length === columns.length ? nearHeader : columns;
}

/** Each column's header words, top to bottom, with a word wrapped under itself joined again. */
function headerWords(header: Parsed[], columns: Column[], region: Line[]): string[][] {
  const blank = new Set(region.filter((l) => !l.raw.trim()).map((l) => l.no));
  const words: { no: number; start: number; end: number; text: string }[][] = columns.map(() => []);
  const areas = territories(columns);
  for (const h of header) {
    for (const c of bestFit(h, areas)) {
      words[areaOf(c, areas)].push({ no: h.no, start: c.start, end: c.end, text: c.text });
    }
  }
  const widest = Math.max(0, ...columns.filter((c) => c.numeric).map((c) => c.end - c.start));
  return words.map((all, k) => {
    // Over an amount column, a word beside its figures (not over them) while another word stands over
    // them heads a column that holds no figure in any row (事业单位经营收入 left of 其他收入, 其中 … right of
    // 项目支出): not this one's.
    const col = columns[k];
    const share = (w: { start: number; end: number }, from: number, to: number) => Math.max(0, Math.min(w.end, to) - Math.max(w.start, from)) / Math.max(1, w.end - w.start);
    // Figures are right-aligned: a heading may stand over them or left of them, within the column's area.
    // A column whose first figures are short (0) stands as wide as the table's widest figures.
    const overFigures = (w: { start: number; end: number }) => share(w, Math.min(col.start, col.end - widest) - 1, col.end + 1);
    const inArea = (w: { start: number; end: number }) => share(w, areas[k].start, col.end + 1);
    const spans = (w: { start: number; end: number }) => w.start <= col.start && w.end >= col.end;
    // The column's own heading is the lowest word within its area that stands over its figures (a group
    // heading reaches past the area; a heading above is more general). A word beside them below that heading
    // (其中 … right of 项目支出, 经营收入 left of 其他收入) heads a column that has no figure in any row.
    const best = col.numeric
      ? all
          .filter((w) => inArea(w) >= 0.5 && w.start >= areas[k].start - 1 && w.end <= areas[k].end + 1)
          .sort((a, b) => Number(overFigures(b) > 0) - Number(overFigures(a) > 0) || b.no - a.no || overFigures(b) - overFigures(a) || b.end - a.end)[0]
      : undefined;
    const list = best ? all.filter((w) => w === best || spans(w) || w.no < best.no || (inArea(w) > 0 && overFigures(w) >= 0.5)) : all;
    const out: typeof list = [];
    for (const w of list) {
      const upper = out[out.length - 1];
      // A word reaching over the neighbouring columns spans a group (一般公共预算基本支出 over 人员经费 and 公用经费): no wrap.
      const spansGroup = upper && (upper.start < areas[k].start - 1 || upper.end > areas[k].end + 1);
      const wrapped = upper && !spansGroup && !hasBlankBetween(blank, upper.no, w.no) && w.start >= upper.start - 1 && w.end <= upper.end + 1;
      if (wrapped) [upper.text, upper.no] = [upper.text + w.text, w.no];
      else out.push({ ...w });
    }
    return out.map((w) => compact(w.text));
  });
}

/**
 * A header line's chunks placed by character index or by display width, whichever fits the columns
 * better (more words centred over an area; of as many, the nearer the columns' centres). Words one
 * space apart in a chunk that stand over different columns (“三公”经费财政 因公出国（境）费) are headings
 * apart; words over one column stay one heading.
 */
function bestFit(h: Parsed, areas: Column[]): Chunk[] {
  // Only words of a heading's length (four characters or more) are taken apart; a letter-spaced word (因公出 国(境)费) is one.
  const apart = (c: Chunk) => c.text.includes(' ') && c.text.split(' ').every((w) => [...w].length >= HEADING_WORD);
  if (!h.chunks.some(apart)) return fit(widened(h.chunks, h), areas) > fit(h.chunks, areas) ? widened(h.chunks, h) : h.chunks;
  const words = h.chunks.flatMap((c, id) => {
    if (!apart(c)) return [{ ...c, id }];
    let start = c.start;
    return c.text.split(' ').map((text) => {
      const word = { ...c, text, start, end: start + text.length, id };
      start += text.length + 1;
      return word;
    });
  });
  const wide = widened(words, h);
  const [narrowFit, wideFit] = [fit(words, areas), fit(wide, areas)];
  const placed = wideFit > narrowFit || (wideFit === narrowFit && offCentre(wide, areas) < offCentre(words, areas)) ? wide : words;
  const out: (Chunk & { id: number })[] = [];
  for (const w of placed) {
    const last = out[out.length - 1];
    if (last && last.id === w.id && areaOf(last, areas) === areaOf(w, areas)) out[out.length - 1] = { ...last, text: `${last.text} ${w.text}`, end: w.end };
    else out.push(w);
  }
  return out;
}

/** Characters a word needs to be a heading of its own when a chunk is taken apart. */
const HEADING_WORD = 4;

/** Chunks placed by display width (a CJK character two columns wide) rather than by character index. */
function widened<C extends Chunk>(list: C[], h: Parsed): C[] {
  return list.map((c) => {
    const start = displayWidth(h.raw.replace(/\t/g, ' ').slice(0, c.start));
    return { ...c, start, end: start + displayWidth(c.text) };
  });
}

/** How far the words' centres stand from their areas' centres, in all. */
function offCentre(list: Chunk[], areas: Column[]): number {
  return list.reduce((sum, c) => {
    const a = areas[areaOf(c, areas)];
    return sum + Math.abs((c.start + c.end) / 2 - (a.start + a.end) / 2);
  }, 0);
}

/** How many of the chunks stand centred over some column's area. */
function fit(list: Chunk[], areas: Column[]): number {
  return list.filter((c) => areas.some((a) => inside(c, a))).length;
}

/** The area a header word stands centred over, else the nearest one. */
function areaOf(c: Chunk, areas: Column[]): number {
  const centre = (c.start + c.end) / 2;
  const found = areas.findIndex((a) => inside(c, a));
  if (found >= 0) return found;
  return areas.reduce((best, a, k) => (Math.abs((a.start + a.end) / 2 - centre) < Math.abs((areas[best].start + areas[best].end) / 2 - centre) ? k : best), 0);
}

function inside(c: Chunk, a: Column): boolean {
  const centre = (c.start + c.end) / 2;
  return centre >= a.start && centre <= a.end;
}

/**
 * The width a header word over a column may take: an amount column reaches left to the column
 * before it (its figures are right-aligned), a text column right up to the column after it.
 */
/** A cell's border lies a little right of its right-aligned figures. */
const CELL_PAD = 2;

function territories(columns: Column[]): Column[] {
  return columns.map((c, k) => ({
    numeric: false,
    start: c.numeric ? Math.min(c.start, (columns[k - 1]?.end ?? c.start - 1) + 1 + CELL_PAD) : c.start,
    end: columns[k + 1] ? Math.min(columns[k + 1].start, c.numeric ? c.end + CELL_PAD : Infinity) - 1 : c.end + CELL_PAD,
  }));
}

function hasBlankBetween(blank: Set<number>, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (blank.has(i)) return true;
  return false;
}

interface Draft {
  cells: string[][];
  lines: number[];
}

function assembleRows(body: Parsed[], columns: Column[], text: SourceText): TableRow[] {
  const drafts: Draft[] = [];
  let pending: Draft | undefined;
  const placedAll = body.map((p) => place(p, columns));
  body.forEach((p, i) => {
    const placed = placedAll[i];
    const previous = drafts[drafts.length - 1];
    const next = body[i + 1];
    const used = placed.flatMap((c, k) => (c.length ? [k] : []));
    // A line without amounts whose cells are empty in the row right below starts that row.
    const opensNext = !p.chunks.some((c) => c.numeric) && next?.no === p.no + 1 && isAnchor(next) && used.every((k) => !placedAll[i + 1][k].length);
    if (isAnchor(p) && !opensNext) {
      const draft = pending && fits(pending, placed) ? merge(pending, placed, p.no) : { cells: placed, lines: [p.no] };
      if (pending && draft !== pending) drafts.push(pending);
      pending = undefined;
      drafts.push(draft);
      return;
    }
    if (pending) drafts.push(pending);
    pending = undefined;
    if (opensNext) {
      pending = { cells: placed, lines: [p.no] };
    } else if (previous && previous.lines[previous.lines.length - 1] === p.no - 1 && !ROW_START.test(p.chunks[0].text) && used.every((k) => previous.cells[k].length)) {
      merge(previous, placed, p.no);
    } else drafts.push({ cells: placed, lines: [p.no] });
  });
  if (pending) drafts.push(pending);
  let parent: RowClass | undefined;
  return drafts.map((d) => {
    const row = makeRow(d.cells.map(joinCell), d.lines, text, parent);
    parent = row.classes[0] ?? parent;
    return row;
  });
}

function place(p: Parsed, columns: Column[]): string[][] {
  const cells: string[][] = columns.map(() => []);
  placement(p, columns).forEach((k, i) => cells[k].push(p.chunks[i].text));
  return cells;
}

function fits(pending: Draft, placed: string[][]): boolean {
  return pending.cells.every((c, k) => !c.length || !placed[k].length);
}

function merge(draft: Draft, placed: string[][], no: number): Draft {
  placed.forEach((c, k) => draft.cells[k].push(...c));
  draft.lines.push(no);
  return draft;
}

/** A cell's fragments as printed, the gaps PDF extraction put between CJK characters removed. */
function joinCell(fragments: string[]): string {
  return fragments.join(' ').replace(/(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])/g, '');
}

