/**
 * An indicator described rather than named: 大厅电脑装杀毒软件那些安全设备，要装多少个 for 安装网络版杀毒软件等
 * 安全设备数量 (≥20 个), 党员去敬老院慰问，一年搞几次 for 活动开展次数 (≥5 次), whose description says 敬老院.
 * People say what they saw, in words the row's name and description share with them, and they ask a
 * measure — a count in a unit, a time, a quality — that the row's value is given in. Both must agree.
 */
import type { Frame } from '../intent/frame.js';
import type { FactBase, IndicatorRow, ProjectTable } from '../schema/fact.js';
import { bigrams, type Entity } from '../search/entities.js';
import { gramPostings, sharedGrams } from '../search/gramIndex.js';
import type { Answer } from './answer.js';
import { answerRow } from './details.js';

/** A bigram in more rows than this share of a document's indicators says nothing of which one is meant (满意, 服务). */
const COMMON_SHARE = 0.05;
/** The fewest uncommon words a description must share with a row (its project's count half). */
const FEWEST_SHARED = 3;
/** Counting words that count the same things: 装多少个 asks what a row counts in 个 or 台 or 套. */
const UNITS_ALIKE: Record<string, string[]> = { 个: ['个', '台', '套', '件', '家', '项'], 台: ['台', '个', '套'], 套: ['套', '个', '台'], 次: ['次', '场', '期', '批'], 人次: ['人次', '人'], 人: ['人', '人次', '名'] };
const TIME_UNIT = /^(?:年|个?月|天|日|工作日|小时|分钟)/;


/** Whether a thing counted in `said` (万页, 台) is counted in the unit asked or one alike. */
function countedIn(unit: string, said: string | undefined): boolean {
  // 多少页 counts what a row gives in 万页.
  const counted = (said ?? '').replace(/^[万千百]/, '');
  return (UNITS_ALIKE[unit] ?? [unit]).some((u) => counted.startsWith(u));
}

/** The measure the question asks: a unit it counts in, a time, or a quality. Undefined: none (money, say). */
function measureAsked(frame: Frame): ((row: IndicatorRow) => boolean) | undefined {
  const unit = frame.cues.countAsked ?? frame.cues.unitAsked;
  if (unit) return (row) => countedIn(unit, row.value.unit) || countedIn(unit, row.unit);
  // 一立方多少钱: a price per unit, which a cost row gives (按照中标价2.985元/立方米).
  if (frame.attribute === 'unitPrice') return (row) => /元\//.test(`${row.value.raw}${row.description}`) || /成本/.test(row.level2);
  if (frame.cues.timeAsked) return (row) => /时效/.test(row.level2) || TIME_UNIT.test(row.value.unit ?? '') || /\d年|[一二三两]年/.test(row.value.raw);
  if (frame.cues.qualityAsked) return (row) => /质量/.test(row.level2);
  return undefined;
}

/**
 * Whether a thing can be given in the measure asked: a purchase in its own measure; a classified line, a
 * 决算 statement or a unit's procurement subtotal in money only (扫进电脑…多少页 is no question of 台式计算机, bought in 台).
 */
function measures(thing: Entity, frame: Frame): boolean {
  const unit = frame.cues.countAsked ?? frame.cues.unitAsked;
  const bought = thing.kind === 'procItem' ? [thing.item] : thing.kind === 'procProject' ? thing.items : undefined;
  if (bought) return !!unit && bought.some((item) => countedIn(unit, item.measure));
  return !['lineItem', 'execution', 'procUnit'].includes(thing.kind);
}

/**
 * The one indicator row whose name and description share most uncommon words with the question, more
 * than the thing the question names shares with it (where that thing has the measure asked), and whose
 * value is in the measure asked, by a margin over the next; undefined where none or no one row.
 */
export function answerDescribedIndicator(facts: FactBase, frame: Frame, named?: { entity: Entity; matched: number }): Answer | undefined {
  const measured = measureAsked(frame);
  if (!measured) return undefined;
  const moreThan = named && measures(named.entity, frame) ? named.matched : 0;
  const question = bigrams(frame.mentionText);
  const words = wordsOf(facts);
  // Only rows and tables sharing a word with the question can score: they are found through their words.
  const ownOf = sharedGrams(question, words.rowsByGram);
  const ofTableOf = sharedGrams(question, words.tablesByGram);
  // A word in many rows (or many tables' goals) tells none apart.
  const rareInRows = rareAmong([...ownOf.values()], words.rows.length);
  const rareInTables = rareAmong([...ofTableOf.values()], facts.projectTables.length);
  const candidates = words.rows.filter(({ row }) => measured(row));
  const scored = candidates
    .flatMap((c) => {
      const shared = ownOf.get(c.row) ?? NONE;
      const tableShared = ofTableOf.get(c.table) ?? NONE;
      if (!shared.size && !tableShared.size) return [];
      const own = [...shared].filter(rareInRows);
      // The project's name and goal count half: they describe every row of the table.
      const ofTable = [...tableShared].filter((g) => rareInTables(g) && !shared.has(g));
      return [{ ...c, score: own.length + ofTable.length / 2 }];
    })
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  // The one row in the unit asked (多少页) needs fewer words to be the one described.
  const fewest = candidates.length === 1 ? FEWEST_SHARED / 2 : FEWEST_SHARED;
  if (!best || best.score < Math.max(fewest, moreThan + 1) || (next && next.score > best.score - 1)) return undefined;
  // …要扫多少页，花多少钱: the project described is what the conversation goes on about.
  return answerRow(best.table, best.row, frame, true);
}

const NONE = new Set<string>();

/**
 * A fact base's indicator rows in order, and its rows (by their names and descriptions) and tables (by their
 * projects and goals) by their bigrams: built once, at the first question with a measure.
 */
interface Words {
  rows: { table: ProjectTable; row: IndicatorRow }[];
  rowsByGram: Map<string, IndicatorRow[]>;
  tablesByGram: Map<string, ProjectTable[]>;
}
const WORDS = new WeakMap<FactBase, Words>();

function wordsOf(facts: FactBase): Words {
  let words = WORDS.get(facts);
  if (!words) {
    words = {
      rows: facts.projectTables.flatMap((table) => table.rows.map((row) => ({ table, row }))),
      rowsByGram: gramPostings(facts.projectTables.flatMap((t) => t.rows), (row) => bigrams(`${row.level3}${row.description}`)),
      tablesByGram: gramPostings(facts.projectTables, (table) => bigrams(`${table.project}${table.goal}`)),
    };
    WORDS.set(facts, words);
  }
  return words;
}

/** Whether a word is in few enough of these sets (of `total` owners, the others sharing none) to tell them apart. */
function rareAmong(sets: Set<string>[], total: number): (gram: string) => boolean {
  const count = new Map<string, number>();
  for (const set of sets) for (const gram of set) count.set(gram, (count.get(gram) ?? 0) + 1);
  const common = Math.max(2, total * COMMON_SHARE);
  return (gram) => (count.get(gram) ?? 0) <= common;
}
