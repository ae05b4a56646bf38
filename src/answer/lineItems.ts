/**
 * Answers about classified budget lines (2010301 行政运行, 30201 办公费): the amount with its code and
 * table, its share of the line above it, the lines under it, and the largest of them.
 */
import type { Frame } from '../intent/frame.js';
import type { FactBase } from '../schema/fact.js';
import type { LineItem } from '../schema/table.js';
import { answer, cite, num, wan, type Answer } from './answer.js';
import { answerShareOf } from './share.js';
import { changeText, reasonText } from './change.js';
import { inOrder } from '../search/entities.js';
import { answerExecution } from './execution.js';

const SCHEME_NAME: Record<LineItem['scheme'], [string, string]> = {
  functional: ['支出功能分类', 'functional classification'],
  economic: ['部门支出经济分类', 'economic classification'],
  governmentEconomic: ['政府支出经济分类', 'government economic classification'],
  income: ['收入分类', 'income classification'],
};

/** Lines listed under a parent at most; the rest are counted. */
const MAX_CHILDREN = 12;

function title(item: LineItem, english: boolean): string {
  const [zh, en] = SCHEME_NAME[item.scheme];
  return english ? `${item.name} (${en} ${item.code})` : `${item.name}（${zh} ${item.code}）`;
}

function phaseWord(item: LineItem, english: boolean): string {
  if (item.phase === '决算') return english ? ' (actual)' : '（决算数）';
  return '';
}

function breakdownText(item: LineItem, english: boolean): string {
  const parts = item.breakdown.filter((b) => b.value !== 0 && b.column !== item.name);
  if (!parts.length) return '';
  const list = parts.map((b) => `${b.column} ${wan(b.value, english)}`).join(english ? ', ' : '，');
  return english ? ` Of which: ${list}.` : `其中：${list}。`;
}

export function childrenOf(item: LineItem, items: LineItem[]): LineItem[] {
  return items.filter((i) => i.scheme === item.scheme && i.parent === item.code).sort((a, b) => b.value - a.value);
}

/** The whole a line is a share of: the line above it, else (for spending lines) the total spending. */
function wholeOf(item: LineItem, facts: FactBase): { name: string; value: number; source: LineItem['source'] } | undefined {
  const parent = facts.lineItems.find((i) => i.scheme === item.scheme && i.code === item.parent);
  if (parent) return parent;
  const total = item.scheme !== 'income' ? facts.amounts.find((a) => a.concept === 'expense.total') : undefined;
  return total && { name: total.label, value: total.value, source: total.source };
}

export function answerLineItem(item: LineItem, facts: FactBase, frame: Frame): Answer {
  const items = facts.lineItems;
  const en = frame.english;
  const a = frame.aspects;
  const table = item.table;
  const tableName = table ? (table.number ? `${table.number} ${table.title}` : table.title) : undefined;
  const from = item.derivation
    ? en ? ` Computed: ${item.derivation}.` : `（由披露数字计算：${item.derivation}）`
    : !tableName ? '' : en ? ` From ${tableName}.` : `（${tableName}）`;

  if (a.has('execution')) {
    // 完成率: the actual against the budget its own row states beside it (年初预算, else 调整预算).
    const budget = item.phase === '决算' ? (item.breakdown.find((b) => b.phase === '年初预算') ?? item.breakdown.find((b) => b.phase === '调整预算')) : undefined;
    // 机关事业单位基本养老保险缴费 (30108, actuals only): the statement of the line named as it, with 支出 after,
    // at the same actual figure (…缴费支出（项）年初预算 899.34，决算 659.05), gives its execution.
    if (!budget || budget.value === 0) {
      const stated = facts.executions.find((e) => (e.name === item.name || e.name === `${item.name}支出`) && e.actual === item.value);
      if (stated) return answerExecution(stated, frame);
      const why = item.phase === '决算' ? (en ? 'no budget figure beside it' : '表中没有它的年初预算数') : en ? 'a budget states no actuals' : '预算披露只有预算数';
      return answer('execution', en ? `The disclosure does not give the execution of ${title(item, true)}: ${why}. It is ${wan(item.value, true)}.` : `披露没有给出${title(item, false)}的执行情况（${why}）。${title(item, false)}为 ${wan(item.value)}。`, en, cite(item.source));
    }
    const ratio = (item.value / budget.value) * 100;
    const body = en
      ? `${title(item, true)}: actual ${wan(item.value, true)} against ${budget.column} ${wan(budget.value, true)}, ${ratio.toFixed(2)}% executed.`
      : `${title(item, false)}决算 ${wan(item.value)}，${budget.column} ${wan(budget.value)}，完成 ${ratio.toFixed(2)}%（${num(item.value)} ÷ ${num(budget.value)}）。`;
    return answer('computed', body, en, cite(item.source));
  }

  // 为什么减少 / 比上年多多少: the change the prose states for the line, with its reason where given.
  const lastYear = facts.identity.year !== null && frame.years.includes(facts.identity.year - 1);
  if (item.change && (a.has('reason') || a.has('change') || a.has('growthRate') || a.has('previous') || lastYear)) {
    const noReason = a.has('reason') && !item.change.reason ? (en ? ' The disclosure gives no reason.' : '披露未说明原因。') : '';
    const before = item.change.previous;
    const previous = before === undefined ? '' : en ? ` Last year: ${wan(before, true)}.` : `上年为 ${wan(before)}。`;
    // 比2023年执行数少了多少万元: a rate stated beside last year's figure; the amount is their difference.
    const worked = item.change.amount === undefined && before !== undefined && item.change.direction !== '持平';
    const moved = worked ? { change: { ...item.change, amount: Number(Math.abs(item.value - before).toFixed(2)) } } : item;
    const [now, then] = [item.value, before ?? 0].map((v) => num(Number(v.toFixed(2))));
    const how = worked ? (en ? ` The amount is ${now} − ${then}.` : `差额按 ${now} − ${then} 计算。`) : '';
    const body = en
      ? `${title(item, true)}: ${wan(item.value, true)}.${previous} ${changeText(moved, true)}${how}${reasonText(item, true)}${noReason}`
      : `${title(item, false)}：${wan(item.value)}。${previous}${changeText(moved, false)}${how}${reasonText(item, false)}${noReason}`;
    return answer(a.has('reason') ? 'reason' : 'change', body, en, cite(item.change.reasonSource, item.change.source, item.source));
  }

  if (a.has('share')) {
    const parent = wholeOf(item, facts);
    const shared = parent && answerShareOf({ name: title(item, en), value: item.value, source: item.source }, parent, frame);
    if (shared) return shared;
  }

  // A line with one line under it says nothing by it (住房保障支出 → 住房改革支出): the level below that is shown.
  const only = (parent: LineItem): LineItem[] => {
    const below = childrenOf(parent, items);
    return below.length === 1 && childrenOf(below[0], items).length ? only(below[0]) : below;
  };
  // 城乡社区支出下面按项级科目看: the lines at the level asked, however far below.
  const atLevel = frame.level !== undefined && frame.level > item.level + 1 ? [...new Map(items.filter((i) => i.scheme === item.scheme && i.level === frame.level && i.code.startsWith(item.code)).map((i) => [i.code, i])).values()].sort((x, y) => y.value - x.value) : [];
  const all = atLevel.length ? atLevel : only(item);
  // 人大事务下面，不算行政运行的话，哪一项最多: the lines the ranking leaves out are not shown.
  const children = leftOut(all, frame);
  // 住房那块儿的钱是干嘛用的: what a class is spent on is the lines under it.
  if ((a.has('parts') || a.has('list') || a.has('compare') || a.has('uses')) && children.length) {
    const shown = children.slice(0, MAX_CHILDREN);
    const more = children.length - shown.length;
    const lines = shown.map((c) => `- ${c.code} ${c.name}：${wan(c.value, en)}`);
    const aside = setAsideSaid(all, children, en);
    const body = en
      ? `${title(item, true)}: ${wan(item.value, true)}${phaseWord(item, true)}, made up of ${all.length} lines, largest first${aside}:\n${lines.join('\n')}${more ? `\n… and ${more} more` : ''}`
      : `${title(item, false)}：${wan(item.value)}${phaseWord(item, false)}，下设 ${all.length} 项，按金额从大到小${aside}：\n${lines.join('\n')}${more ? `\n…另有 ${more} 项` : ''}`;
    // 法院（款）下面哪一项钱最多 → 它比上年增加了多少: the line the ranking singles out is what 它 means next.
    const singled = frame.cues.extremeAsked ? (frame.ascending ? children.at(-1) : children[0]) : undefined;
    return answer('list', body, en, cite(item.source, ...shown.map((c) => c.source)), { listed: shown.map((c) => c.name), ...(singled ? { focus: singled.name } : {}) });
  }

  // 教育支出财政拨款多少: the line's figure in the fiscal-appropriation table, where one states it.
  if (frame.cues.fiscal && item.fiscal) {
    // 住房公积金里不是财政拨款的部分: the whole less its fiscal appropriation, worked out and said to be.
    const rest = Number((item.value - item.fiscal.value).toFixed(6));
    if (frame.cues.nonFiscal) {
      const body = en
        ? `${title(item, true)} from funds other than the fiscal appropriation: ${wan(rest, true)} (worked out: ${num(item.value)} − ${num(item.fiscal.value)} fiscal).`
        : `${title(item, false)}财政拨款以外的部分：${wan(rest)}（由披露数字计算：合计 ${num(item.value)} − 财政拨款 ${num(item.fiscal.value)}）。`;
      return answer('computed', body, en, cite(item.fiscal.source, item.source));
    }
    const body = en
      ? `${title(item, true)}, fiscal appropriation: ${wan(item.fiscal.value, true)}${phaseWord(item, true)} (all funds: ${wan(item.value, true)}).`
      : `${title(item, false)}财政拨款：${wan(item.fiscal.value)}${phaseWord(item, false)}（含其他资金的合计为 ${wan(item.value)}）。`;
    return answer('amount', body, en, cite(item.fiscal.source, item.source));
  }

  const body = en
    ? `${title(item, true)}: ${wan(item.value, true)}${phaseWord(item, true)}.${breakdownText(item, true)}${from}`
    : `${title(item, false)}：${wan(item.value)}${phaseWord(item, false)}。${breakdownText(item, false)}${from}`;
  return answer('amount', body, en, cite(item.source));
}

/**
 * The lines a ranking is asked of, less those it sets aside by name, each of several (除了一般公共服务和社保 →
 * 201 一般公共服务支出, 208 社会保障和就业支出), in full or by its characters in order.
 */
function leftOut(lines: LineItem[], frame: Frame): LineItem[] {
  const asides = (frame.rankSetAside ?? '').split(/和|、|及|与/).map((a) => a.replace(/(?:支出|的钱|方面)$/, '')).filter((a) => a.length >= 2);
  const setAside = (l: LineItem) => asides.some((a) => l.name.includes(a) || a.includes(l.name.replace(/支出$/, '')) || inOrder(a, l.name));
  const kept = lines.filter((l) => !setAside(l));
  return kept.length && kept.length < lines.length ? kept : lines;
}

/** （不含行政运行）: the lines left out of a ranking, named, where any were. */
function setAsideSaid(all: LineItem[], kept: LineItem[], en: boolean): string {
  const out = all.filter((l) => !kept.includes(l)).map((l) => l.name);
  return out.length ? (en ? ` (leaving out ${out.join(', ')})` : `（不含${out.join('、')}）`) : '';
}

/** A table of the fiscal appropriation alone: its lines' figures are all 财政拨款. */
const FISCAL_TABLE = /财政拨款|一般公共预算/;

/** Lines shown in a ranking. */
const MAX_RANKED = 5;

/**
 * 哪项支出最多: the top-level lines of one classification (功能分类 unless the question names the
 * economic one), largest first (or smallest), each with its share of their sum.
 */
/** `within`: codes of the classes to rank inside (302 for 公用经费); default: the whole classification. */
export function answerLargestLines(facts: FactBase, frame: Frame, within?: string[]): Answer | undefined {
  const en = frame.english;
  const scheme = frame.scheme ?? 'functional';
  // 财政拨款支出里哪一项最多: each line's fiscal appropriation, where its table states one or is a fiscal table.
  const fiscalOf = (i: LineItem): LineItem | undefined => (i.fiscal ? { ...i, value: i.fiscal.value, source: i.fiscal.source } : FISCAL_TABLE.test(i.table?.title ?? '') ? i : undefined);
  const inScheme = facts.lineItems.filter((i) => i.scheme === scheme && (!within || within.some((c) => i.code.startsWith(c) && i.code !== c)));
  // Where no line says which of its money is fiscal, the lines are ranked as stated, and the heading claims nothing more.
  const fiscalLines = frame.cues.fiscal ? inScheme.flatMap((i) => fiscalOf(i) ?? []) : [];
  // Fiscal figures for deeper lines only (a tables file's 功能科目 rows, its classes stated elsewhere) rank no classes.
  const topOf = (ls: LineItem[]) => frame.level ?? Math.min(...ls.map((i) => i.level));
  const fiscal = fiscalLines.some((i) => i.level === topOf(inScheme));
  const lines = fiscal ? fiscalLines : inScheme;
  const top = topOf(lines);
  // One table's listing is complete; lines gathered from several tables may not be.
  const byTable = new Map<string, LineItem[]>();
  for (const i of lines.filter((l) => l.level === top)) byTable.set(i.table?.title ?? '', [...(byTable.get(i.table?.title ?? '') ?? []), i]);
  const fullest = [...byTable.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  const level = fullest.sort((a, b) => (frame.ascending ? a.value - b.value : b.value - a.value));
  if (level.length < 2) return undefined;
  const sum = level.reduce((s, i) => s + i.value, 0);
  // 除了一般公共服务，哪一类最多: shares stay of all the lines; the ones left out are not shown.
  const ranked = leftOut(level, frame);
  const shown = ranked.slice(0, MAX_RANKED);
  // The share the prose states for a line (占71.73%) is the disclosure's own; the others are worked out of the sum.
  const share = (i: LineItem) => (i.statedShare !== undefined ? `${num(i.statedShare)}%${en ? ', as stated' : '，披露所述'}` : `${((i.value / sum) * 100).toFixed(2)}%`);
  const rows = shown.map((i, k) => `${k + 1}. ${i.code} ${i.name}：${wan(i.value, en)}（${share(i)}）`);
  const [schemeZh, schemeEn] = SCHEME_NAME[scheme];
  const [zh, enName] = fiscal ? [`${schemeZh}的财政拨款`, `${schemeEn}, fiscal appropriation`] : [schemeZh, schemeEn];
  const aside = setAsideSaid(level, ranked, en);
  const body = en
    ? `By ${enName}, ${frame.ascending ? 'smallest' : 'largest'} first (${level.length} lines, shares of their sum ${num(sum)} 万元)${aside}:\n${rows.join('\n')}`
    : `按${zh}，${frame.ascending ? '从小到大' : '从大到小'}（共 ${level.length} 项，占比以其合计 ${num(Number(sum.toFixed(6)))} 万元计）${aside}：\n${rows.join('\n')}`;
  return answer('list', body, en, cite(...shown.map((i) => i.source)), { listed: shown.map((i) => i.name) });
}

/**
 * 哪一项降幅最大 / 增幅最大: the classified lines whose change the disclosure states as a rate, moved the way
 * asked, ranked by that rate; `within`: the code of the line they are under (法院（款）下面), if one is named.
 */
export function answerLinesByRate(facts: FactBase, frame: Frame, within?: string): Answer | undefined {
  const moved = frame.cues.rateMoved;
  if (!moved) return undefined;
  const en = frame.english;
  const seen = new Set<string>();
  const lines = facts.lineItems
    // 三个大类里 / 几个项里: the level said, where one is.
    .filter((i) => i.change?.rate !== undefined && i.change.direction === moved && (!within || (i.code.startsWith(within) && i.code !== within)) && (!frame.level || i.level === frame.level))
    .filter((i) => !seen.has(`${i.code}`) && !!seen.add(`${i.code}`));
  // A class whose one line under it moved alike (统计信息事务 and 专项普查活动) is that line: the narrowest is named.
  const ranked = lines.filter((i) => !lines.some((o) => o.code.length > i.code.length && o.code.startsWith(i.code) && o.change!.rate === i.change!.rate && o.value === i.value)).sort((a, b) => b.change!.rate! - a.change!.rate!);
  if (!ranked.length) return undefined;
  const shown = ranked.slice(0, MAX_RANKED);
  const word = moved === '减少' ? (en ? 'fall' : '降幅') : en ? 'rise' : '增幅';
  // 增长了多少、增幅多少: the amount moved beside the rate, where stated.
  const by = (i: LineItem) => (i.change!.amount === undefined ? '' : en ? ` (${wan(i.change!.amount, true)})` : `（${moved === '减少' ? '减少' : '增加'} ${wan(i.change!.amount)}）`);
  const rows = shown.map((i, k) => `${k + 1}. ${i.code} ${i.name}：${en ? (moved === '减少' ? 'down' : 'up') : moved === '减少' ? '下降' : '增长'} ${num(i.change!.rate!)}%${by(i)}，${wan(i.value, en)}${i.change!.reason ? (en ? ` (reason: ${i.change!.reason})` : `（原因：${i.change!.reason}）`) : ''}`);
  const body = en
    ? `The largest ${word} the disclosure states is ${shown[0].name}, ${num(shown[0].change!.rate!)}% (${ranked.length} lines state a ${word}):\n${rows.join('\n')}`
    : `${word}最大的是${shown[0].name}，${moved === '减少' ? '下降' : '增长'} ${num(shown[0].change!.rate!)}%（披露说明${word}的共 ${ranked.length} 项）：\n${rows.join('\n')}`;
  return answer('compare', body, en, cite(...shown.map((i) => i.change!.source)), { focus: shown[0].name, listed: shown.map((i) => i.name) });
}
