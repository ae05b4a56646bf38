/**
 * Changes the prose states for classified lines: 2．社会保障和就业（类）支出1068.78万元，主要用于…。与上年
 * 相比减少539.73万元，减少33.55%。主要原因… A line is found in the prose by its figure in 万元 with its
 * name just before it; the change is the first one stated after the figure, before any other figure.
 */
import type { LineItem } from '../schema/table.js';
import { readChange } from './keyFacts.js';
import type { SourceText } from './sourceText.js';

const WAN_FIGURE = /(\d+(?:\.\d+)?)万元/g;
/** How far before its figure a line's name may stand: 社会保障和就业(类)支出 1068.78万元. */
const NAME_REACH = 30;
/** How far after the figure its change may be stated. */
const CHANGE_REACH = 220;
const CHANGE_START = /(?:与|比|较)(?:上年|上一年|上年度|去年|\d{4}年度?)/;
const ANY_FIGURE = /\d(?:\.\d+)?(?:万元|元|%)/;
/** Last year's figure stated before the change: 2023年当年预算执行数为389.59万元 / 上年预算为…万元. */
const PREVIOUS_FIGURE = /(?:\d{4}年|上年)[^，。,;；\d]{0,14}?为?(\d+(?:\.\d+)?)万元/;
/** This year's figure repeated before the change: 2024年预算安排421.23万元. */
const REPEATED_FIGURE = /\d{4}年[^，。,;；\d]{0,8}?(\d+(?:\.\d+)?)万元/g;
/** Class markers and generic endings the prose adds to or drops from a line's name. */
const MARKERS = /\((?:类|款|项)\)|[\d.、．\s]/g;

const key = (value: number) => value.toFixed(2);

export function withProseChanges(text: SourceText, items: LineItem[]): LineItem[] {
  const { stream } = text;
  const figures = new Map<string, number[]>();
  for (const m of stream.matchAll(WAN_FIGURE)) {
    const k = key(Number(m[1]));
    figures.set(k, [...(figures.get(k) ?? []), m.index ?? 0]);
  }
  return items.map((item) => withStatedShare(stream, figures, withChange(text, figures, item)));
}

/** 一般公共服务支出（类）2106.66万元，占71.73%: the share the prose states right after the line's named figure. */
const SHARE_AFTER = /^[,，]?(?:占|，占)(?:比)?(\d+(?:\.\d+)?)%/;

/** The shortest name whose words the prose may give in another order. */
const REORDERED_MIN = 4;

const sortedChars = (text: string) => [...text].sort().join('');

/**
 * Whether the name stands in the text, as written or with its words in another order: the prose says
 * 一般行政事务管理（项） of the table's 一般行政管理事务, the same characters beside the same figure.
 */
function namedIn(before: string, core: string): boolean {
  if (before.includes(core)) return true;
  if (core.length < REORDERED_MIN) return false;
  const wanted = sortedChars(core);
  for (let i = 0; i + core.length <= before.length; i++) if (sortedChars(before.slice(i, i + core.length)) === wanted) return true;
  return false;
}

/** Where the prose states a line's figure with its name just before it: the end of each such figure. */
function* namedFigureEnds(stream: string, figures: Map<string, number[]>, item: LineItem): Generator<number> {
  const core = item.name.replace(/支出$/, '');
  for (const at of figures.get(key(item.value)) ?? []) {
    if (!namedIn(stream.slice(Math.max(0, at - NAME_REACH), at).replace(MARKERS, ''), core)) continue;
    yield at + (stream.slice(at).match(WAN_FIGURE)?.[0].length ?? 0);
  }
}

function withStatedShare(stream: string, figures: Map<string, number[]>, item: LineItem): LineItem {
  if (item.statedShare !== undefined || item.name.length < 2) return item;
  for (const end of namedFigureEnds(stream, figures, item)) {
    const share = stream.slice(end, end + 12).match(SHARE_AFTER);
    if (share) return { ...item, statedShare: Number(share[1]) };
  }
  return item;
}

/** The change the prose states after the line's named figure, before any other figure. */
function withChange(text: SourceText, figures: Map<string, number[]>, item: LineItem): LineItem {
  const { stream } = text;
  if (item.change || item.name.length < 2) return item;
  for (const end of namedFigureEnds(stream, figures, item)) {
    const window = stream.slice(end, end + CHANGE_REACH);
    const start = window.search(CHANGE_START);
    if (start < 0) continue;
    const previous = window.slice(0, start).match(PREVIOUS_FIGURE);
    const between = window.slice(0, start).replace(PREVIOUS_FIGURE, '').replace(REPEATED_FIGURE, (m, v: string) => (key(Number(v)) === key(item.value) ? '' : m));
    if (ANY_FIGURE.test(between)) continue;
    const change = readChange(text, end + start, window.slice(start));
    if (change) return { ...item, change: { ...change, ...(previous ? { previous: Number(previous[1]) } : {}) } };
  }
  return item;
}
