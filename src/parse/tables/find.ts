/**
 * Cutting a disclosure's text into table regions. A table starts at a title line that names a table
 * (公开01表 / 预算03表 / …总表 / …绩效目标表, or a short budget heading followed by its 单位 note),
 * confirmed by table content below it: a table of contents lists titles with nothing tabular under
 * them. A region runs to the next title, the end of its notes (注：…), a prose sentence or a
 * top-level heading. A title printed again with the same words continues the table (page break).
 */
import type { Line } from '../regions.js';
import { TOP_HEADING } from '../regions.js';
import { compact, type SourceText } from '../sourceText.js';
import type { TableRegion } from './grid.js';
import { tableKind, tablePhase } from './kind.js';

const NUMBER = /(?:公开|预算)\s*\d+\s*表|预算表\s*\d+/;
const NUMBER_ONLY = new RegExp(`^(?:${NUMBER.source})$`);
const NAMES_TABLE = /表(?:[（(][^）)]*[）)])?$/;
/** A heading without 表 that still titles a table when a 单位 note follows (部门政府采购预算). */
const BUDGET_HEADING = /预算|决算|采购/;
const UNIT = /单位[:：]\s*(亿元|万元|元|万)/;
const NOTE = /^(?:注|说明)\s*\d*[:：.、]/;
const NOT_TITLE = /[。，；,;]|^(?:注|说明)|^第[一二三四五六七八九十]+部分|…|\.{3}|^[（(]/;
/** How far below a title its table must show (non-blank lines). */
const LOOKAHEAD = 6;
const MAX_TITLE = 60;

interface Title {
  index: number;
  title: string;
}

export function findRegions(text: SourceText): TableRegion[] {
  const { lines } = text;
  const compacted = lines.map(compact);
  // The first line naming a stage is the document's title: it says whether bare titles are 决算.
  const final = /决算/.test(compacted.find((l) => /预算|决算/.test(l)) ?? '');
  const candidates = compacted.flatMap((line, index) => (isTitleLike(line, index, compacted) ? [{ index, title: titleText(line) }] : []));
  const titles = candidates.filter((c, i) => confirmed(c, candidates[i + 1]?.index ?? lines.length, lines));
  const regions: TableRegion[] = [];
  titles.forEach((t, i) => {
    const body = regionLines(lines, compacted, t.index + 1, titles[i + 1]?.index ?? lines.length);
    const previous = regions[regions.length - 1];
    const number = numberNear(compacted, t.index);
    if (previous && previous.title === t.title && (!number || number === previous.number)) {
      previous.lines.push(...body);
      return;
    }
    regions.push({
      kind: tableKind(t.title),
      title: t.title,
      number,
      unit: unitOf(compacted, t.index),
      phase: tablePhase(t.title, final),
      titleLine: t.index + 1,
      lines: body,
    });
  });
  return regions;
}

function isTitleLike(line: string, index: number, lines: string[]): boolean {
  if (!line || line.length > MAX_TITLE || NOT_TITLE.test(line) || NUMBER_ONLY.test(line) || UNIT.test(line)) return false;
  const name = titleText(line);
  if (!name || /\d{3,}[,.]\d/.test(name)) return false;
  if (NAMES_TABLE.test(name)) return true;
  // A bare budget heading titles a table only when a 单位 note follows closely.
  return name.length <= 20 && BUDGET_HEADING.test(name) && !TOP_HEADING.test(line) && lines.slice(index + 1, index + 6).some((l) => UNIT.test(l));
}

/** The title without its number and list marker: `预算01表 收支总表` → 收支总表, `1、…绩效目标表` → …绩效目标表. */
function titleText(line: string): string {
  return line.replace(NUMBER, '').replace(/^(?:\d+[、.．]|[一二三四五六七八九十]+、)/, '').trim();
}

/** Table content below a title, before the next candidate: a 单位 note, tabs, aligned gaps or amounts. */
function confirmed(title: Title, next: number, lines: string[]): boolean {
  let seen = 0;
  for (let i = title.index + 1; i < next && seen < LOOKAHEAD; i++) {
    const raw = lines[i];
    if (!raw.trim()) continue;
    seen++;
    if (TOP_HEADING.test(compact(raw))) continue;
    if (UNIT.test(compact(raw)) || raw.includes('\t') || /\S {2,}\S/.test(raw.trim()) || /\d,\d{3}|\d\.\d/.test(raw)) return true;
  }
  return false;
}

function regionLines(raw: string[], compacted: string[], from: number, to: number): Line[] {
  const out: Line[] = [];
  let inNote = false;
  for (let i = from; i < to; i++) {
    const line = compacted[i];
    if (inNote && !line) break;
    if (NOTE.test(line)) inNote = true;
    else if (!inNote && endsTable(raw[i], line, compacted.slice(i + 1, i + 4).find(Boolean) ?? '')) break;
    out.push({ no: i + 1, raw: raw[i] });
  }
  return out;
}

/** Prose, or a top-level heading with prose under it (a row label can look like a heading). */
function endsTable(raw: string, line: string, next: string): boolean {
  if (raw.includes('\t')) return false;
  const single = !/\S {2,}\S/.test(raw.trim());
  return (single && /^\s{0,4}\S/.test(raw) && isProse(line)) || (TOP_HEADING.test(raw) && single && isProse(next));
}

/** A sentence: punctuated and long. A wrapped cell of a wide table is punctuated too, but indented. */
function isProse(line: string): boolean {
  // compact() folds full-width punctuation (，→, ；→;).
  return line.length > 20 && /[。;,]/.test(line);
}

/** The table number printed on the title line or on a line of its own just above or below it. */
function numberNear(lines: string[], index: number): string | undefined {
  for (const i of [index, index + 1, index - 1, index + 2, index - 2, index - 3]) {
    const line = lines[i] ?? '';
    const m = NUMBER.exec(line);
    if (m && (i === index || NUMBER_ONLY.test(line))) return m[0].replace(/\s+/g, '');
  }
  return undefined;
}

/** The unit note on the title line or the few lines after it (`单位：万` / `元` split over two lines is 万元). */
function unitOf(lines: string[], index: number): TableRegion['unit'] {
  for (let i = index; i < index + 5 && i < lines.length; i++) {
    const m = UNIT.exec(lines[i]);
    if (m) return m[1] === '万' ? '万元' : (m[1] as '元' | '万元' | '亿元');
  }
  return null;
}
