/**
 * Answers about named things: procurement items and projects, unit subtotals, 绩效目标表 and
 * their indicators, and 分项绩效目标. Where a table's 指标值 and its description give different
 * precision (2.98 元 vs 2.985 元/立方米), both are given, the more precise first.
 */
import type { Frame } from '../intent/frame.js';
import type { FactBase, IndicatorRow, ProcurementItem, ProjectTable } from '../schema/fact.js';
import { bigrams, isMention, mention, type Entity } from '../search/entities.js';
import { gramPostings, sharedGrams } from '../search/gramIndex.js';
import { answer, cite, num, wan, type Answer } from './answer.js';
import { findAmount } from './amounts.js';

function itemLine(item: ProcurementItem, english: boolean): string {
  const { quantity, unitPrice } = item;
  // A table by 采购品目大类: the amount, with how it is bought and what it is paid from.
  if (quantity === undefined || unitPrice === undefined) {
    const how = [item.organisation, item.economicClass && (english ? `paid from ${item.economicClass}` : `经济科目 ${item.economicClass}`)].filter(Boolean).join(english ? ', ' : '，');
    return english ? `${item.item} (${item.project}): ${wan(item.amount, true)}${how ? `, ${how}` : ''}` : `${item.item}（${item.project}）：${wan(item.amount)}${how ? `，${how}` : ''}`;
  }
  const code = item.catalogueCode ? (english ? `, catalogue ${item.catalogueCode}` : `，目录序号 ${item.catalogueCode}`) : '';
  return english
    ? `${item.item} (${item.project}): ${num(quantity)} ${item.measure} × ${wan(unitPrice, true)} = ${wan(item.amount, true)}${code}`
    : `${item.item}（${item.project}）：${num(quantity)} ${item.measure} × 单价 ${num(unitPrice)} 万元 = ${wan(item.amount)}${code}`;
}

/** `units`: every procurement row, for a unit's own rows. */
export function answerProcurement(entity: Entity, frame: Frame, units: ProcurementItem[] = []): Answer | undefined {
  const en = frame.english;
  if (entity.kind === 'procUnit') {
    const s = entity.subtotal;
    // 采购了哪些东西 / 最大的一笔: the unit's own rows, listed or ranked.
    const rows = units.filter((i) => i.unit === s.unit);
    const listed = frame.aspects.has('list') || frame.aspects.has('parts') || frame.aspects.has('compare');
    if (listed && rows.length) {
      const sorted = [...rows].sort((x, y) => (frame.ascending ? x.amount - y.amount : y.amount - x.amount));
      const lead = frame.aspects.has('compare')
        ? en ? `${frame.ascending ? 'Smallest' : 'Largest'} procurement row of ${s.unit}: ${sorted[0].item}, ${wan(sorted[0].amount, true)}.` : `${s.unit}金额${frame.ascending ? '最小' : '最大'}的一笔：${sorted[0].item}，${wan(sorted[0].amount)}。`
        : en ? `${s.unit} buys ${rows.length} rows, ${wan(s.amount, true)} in all:` : `${s.unit}政府采购 ${rows.length} 项，小计 ${wan(s.amount)}：`;
      const focus = { ...(frame.aspects.has('compare') ? { focus: sorted[0].project } : {}), listed: sorted.map((i) => i.item) };
      return answer('list', `${lead}\n${sorted.map((i) => `- ${itemLine(i, en)}`).join('\n')}`, en, cite(s.source, ...sorted.map((i) => i.source)), focus);
    }
    // 占多大比例: the unit's share of all the procurement listed.
    const all = Number(units.reduce((sum, i) => sum + i.amount, 0).toFixed(6));
    if (frame.aspects.has('share') && all > 0) {
      const rate = ((s.amount / all) * 100).toFixed(2);
      return answer('computed', en ? `${s.unit}: ${wan(s.amount, true)}, ${rate}% of all procurement (${num(s.amount)} ÷ ${num(all)}).` : `${s.unit}政府采购小计 ${wan(s.amount)}，占全部政府采购的 ${rate}%（${num(s.amount)} ÷ ${num(all)}）。`, en, cite(s.source));
    }
    return answer('amount', en ? `Procurement subtotal of ${s.unit}: ${wan(s.amount, true)}.` : `${s.unit}政府采购小计：${wan(s.amount)}。`, en, cite(s.source));
  }
  const all = entity.kind === 'procItem' ? [entity.item] : entity.kind === 'procProject' ? entity.items : [];
  if (!all.length) return undefined;
  // 日常公用经费里的办公消耗用品: the rows of the project that the question names, where it names some.
  const named = entity.kind === 'procProject' ? itemsNamed(all, frame) : [];
  if (named.length > 1 && named.length < all.length) return answerItemRows(named, frame);
  const items = named.length === 1 ? named : all;
  const first = items[0];
  const a = frame.aspects;
  if (items.length === 1 || entity.kind === 'procItem') {
    const single = items.length === 1 && entity.kind === 'procProject' && all.length > 1;
    // 几台、单价多少: both asked, the whole row answers with quantity, price and amount.
    const both = a.has('unitPrice') && (a.has('quantity') || a.has('count'));
    if (a.has('unitPrice') && !both && first.unitPrice !== undefined)
      return answer('unitPrice', en ? `Unit price of ${first.item}: ${wan(first.unitPrice, true)} per ${first.measure}.` : `${first.item}单价：${wan(first.unitPrice)}/${first.measure}（${itemLine(first, false)}）。`, en, cite(first.source));
    if ((a.has('quantity') || a.has('count')) && !both && first.quantity !== undefined)
      return answer('quantity', en ? `Quantity of ${first.item}: ${num(first.quantity)} ${first.measure}.` : `${first.item}采购数量：${num(first.quantity)} ${first.measure}（${itemLine(first, false)}）。`, en, cite(first.source));
    // 品目和金额: the code with the money asked too is the whole row, which carries both.
    if (a.has('code') && !frame.cues.money && first.catalogueCode)
      return answer('code', en ? `Catalogue code of ${first.item}: ${first.catalogueCode}.` : `${first.item}的政府采购目录序号：${first.catalogueCode}。`, en, cite(first.source));
    const project = entity.kind === 'procProject' && !single ? (en ? `Procurement for ${first.project}` : `${first.project}政府采购`) : en ? `Procurement of ${first.item}` : `${first.item}采购金额`;
    // 日常公用经费预算资金: a project's own funds, where they are more than what it procures, are said beside it.
    const funds = entity.kind === 'procProject' && !single && first.projectFunds !== undefined && Math.abs(first.projectFunds - first.amount) > 0.005 ? first.projectFunds : undefined;
    const fundsSaid = funds === undefined ? '' : en ? ` (project funds ${wan(funds, true)})` : `（项目预算资金 ${wan(funds)}）`;
    return answer('amount', `${project}${en ? ':' : '：'}${wan(first.amount, en)}${fundsSaid}${en ? '.' : '。'}${itemLine(first, en)}${en ? '.' : '。'}`, en, cite(first.source));
  }
  const total = items.reduce((s, i) => s + i.amount, 0);
  const funds = first.projectFunds;
  const fundsSaid = funds === undefined ? '' : en ? `project funds ${wan(funds, true)}; ` : `项目预算资金 ${wan(funds)}，`;
  // 82万里有多少走政府采购，剩下的呢: the rest of the project's funds is what is not procured, worked out.
  const rest = funds !== undefined && funds - total > 0.005 ? Number((funds - total).toFixed(6)) : undefined;
  const worked = `${num(funds ?? 0)} − ${num(Number(total.toFixed(6)))}`;
  const restSaid = rest === undefined ? '' : en ? ` (the other ${wan(rest, true)} of its funds, ${worked}, is not procured)` : `；项目资金中其余 ${wan(rest)}不走政府采购（${worked}）`;
  const body = en
    ? `${first.project}: ${fundsSaid}${items.length} procurement rows totalling ${wan(total, true)}${restSaid}:\n${items.map((i) => `- ${itemLine(i, true)}`).join('\n')}`
    : `${first.project}：${fundsSaid}政府采购 ${items.length} 项，合计 ${wan(total)}${restSaid}：\n${items.map((i) => `- ${itemLine(i, false)}`).join('\n')}`;
  return answer('list', body, en, cite(...items.map((i) => i.source)), { listed: items.map((i) => i.item) });
}

/**
 * One item bought in several rows (其他终端设备 under three projects): every row, and the quantity and
 * amount added up, so that 一共买了几台 is not answered with the first row alone.
 */
/** Bigrams of a row's name a question must hold to name that row within its project. */
const ROW_NAMED = 3;

/**
 * The rows whose item the question names: in full, or by words that are not the project's own
 * (办公消耗用品 of 其他办公消耗用品及类似物品; 办公设备 of 其他办公设备 is said in naming 办公设备购置费).
 */
function itemsNamed(items: ProcurementItem[], frame: Frame): ProcurementItem[] {
  const project = bigrams(items[0]?.project ?? '');
  const q = new Set([...bigrams(frame.mentionText)].filter((g) => !project.has(g)));
  // The question is lower-cased (pc服务器); the names are as printed. A row named in full (计算机软件) is
  // not joined by another its words are also in (其他计算机设备及软件).
  const full = items.filter((i) => frame.mentionText.includes(i.item.toLowerCase()));
  return full.length ? full : items.filter((i) => mention(q, i.item.toLowerCase()).matched >= ROW_NAMED);
}

export function answerItemRows(items: ProcurementItem[], frame: Frame): Answer {
  const en = frame.english;
  const [first] = items;
  const sameMeasure = first.quantity !== undefined && items.every((i) => i.measure === first.measure && i.quantity !== undefined);
  const quantity = items.reduce((s, i) => s + (i.quantity ?? 0), 0);
  const amount = items.reduce((s, i) => s + i.amount, 0);
  const rows = items.map((i) => `- ${itemLine(i, en)}`).join('\n');
  const totalQuantity = sameMeasure ? (en ? `${num(quantity)} ${first.measure} in all, ` : `共 ${num(quantity)} ${first.measure}，`) : '';
  const body = en
    ? `${first.item} is bought in ${items.length} rows: ${totalQuantity}${wan(amount, true)} in all.\n${rows}`
    : `${first.item}分 ${items.length} 行采购：${totalQuantity}金额合计 ${wan(amount)}。\n${rows}`;
  return answer(frame.aspects.has('quantity') || frame.aspects.has('count') ? 'quantity' : 'amount', body, en, cite(...items.map((i) => i.source)));
}

/** A numeric figure with its unit in the description (2.985 元/立方米), more precise than the 指标值. */
function describedFigure(row: IndicatorRow): string | undefined {
  const m = row.description.match(/(\d+(?:\.\d+)?)\s*(元\/[\u4e00-\u9fa5]+|[%万页次个人小时元台件套])/);
  if (!m || row.value.number === undefined) return undefined;
  const described = Number(m[1]);
  return described !== row.value.number && Math.abs(described - row.value.number) < Math.max(1, row.value.number * 0.05) ? `${m[1]} ${m[2]}` : undefined;
}

/**
 * Whether a 自评表 row's actual meets its target, where both are numbers in one unit and the target
 * states its direction (≥96% against 85%): the reader asking 达标了没有 should not do the sum.
 */
function targetVerdict(row: IndicatorRow, english: boolean): string {
  const met = meetsTarget(row);
  if (met === undefined) return '';
  return english ? (met ? ', target met' : ', target not met') : met ? '，达到目标' : '，未达到目标';
}

/** Whether the row's actual meets its target; undefined where the two cannot be compared. */
function meetsTarget(row: IndicatorRow): boolean | undefined {
  const { value: target, actual } = row;
  if (target.number === undefined || actual?.number === undefined || (target.unit ?? '') !== (actual.unit ?? '')) return undefined;
  const meets: Record<string, (a: number, t: number) => boolean> = {
    '≥': (a, t) => a >= t,
    '>': (a, t) => a > t,
    '≤': (a, t) => a <= t,
    '<': (a, t) => a < t,
    '=': (a, t) => a === t,
  };
  const test = target.comparator && meets[target.comparator];
  return test ? test(actual.number, target.number) : undefined;
}

/** 哪些绩效指标没达到年度指标值: the rows of a 自评表 whose actual falls short of the target, or that none does. */
function answerUnmet(table: ProjectTable, frame: Frame): Answer | undefined {
  const compared = table.rows.filter((r) => meetsTarget(r) !== undefined);
  if (!compared.length) return undefined;
  const en = frame.english;
  const unmet = compared.filter((r) => meetsTarget(r) === false);
  const body = unmet.length
    ? [en ? `${table.project}: ${unmet.length} of the ${compared.length} indicators with a figure fell short of their target:` : `${table.project}有目标值和实际完成值的 ${compared.length} 项指标中，${unmet.length} 项未达到目标：`, ...unmet.map((r) => `- ${rowText(undefined, r, en)}`)].join('\n')
    : en ? `${table.project}: all ${compared.length} indicators with a figure met their target.` : `${table.project}有目标值和实际完成值的 ${compared.length} 项指标全部达到目标。`;
  return answer('indicator', body, en, cite(...(unmet.length ? unmet : compared).map((r) => r.source)));
}

export function rowText(table: ProjectTable | undefined, row: IndicatorRow, english: boolean): string {
  const precise = describedFigure(row);
  const owner = table ? `${table.project}` : '';
  if (precise)
    return english
      ? `${owner} ${row.level3}: ${precise} (the table's 指标值 is ${row.value.raw}; described as "${row.description}")`
      : `${owner}${row.level3}：${precise}（表中指标值为 ${row.value.raw}；描述：${row.description}）`;
  // A 自评表 row also states what was achieved and the score it earned.
  const scored = row.score === undefined ? '' : english ? `, score ${row.score}/${row.weight ?? '?'}` : `，得分 ${row.score}/${row.weight ?? '?'}`;
  const verdict = targetVerdict(row, english);
  const actual = row.actual ? (english ? ` (actual ${row.actual.raw}${verdict}${scored})` : `（实际完成 ${row.actual.raw}${verdict}${scored}）`) : '';
  // Layouts without a description or basis column leave them empty: say nothing rather than an empty clause.
  const description = row.description ? (english ? `; ${row.description}` : `；${row.description}`) : '';
  const basis = row.basis ? (english ? `; basis: ${row.basis}` : `；依据：${row.basis}`) : '';
  const level2 = row.level2 ? (english ? ` (${row.level2})` : `（${row.level2}）`) : '';
  return english ? `${owner} ${row.level3}${level2}: ${row.value.raw}${actual}${description}${basis}` : `${owner}${row.level3}${level2}：${row.value.raw}${actual}${description}${basis}`;
}

/** Words of a question about an indicator that say nothing about which indicator. */
const FILLER = /的|是|多少|几|吗|呢|指标值?|绩效|目标|要求|标准|项目|怎么样|如何|达到|要/g;

/** Words that name a kind of indicator, which a question may name without the rest of its name. */
export const INDICATOR_KINDS = ['满意度', '合格率', '完成率', '覆盖率', '及时率', '准确率', '知晓率', '办结率', '使用率', '利用率', '达标率', '压缩率', '响应时间'];

/** The kinds of indicator the question names (满意度, 合格率…). */
export function kindsAsked(frame: Frame): string[] {
  return INDICATOR_KINDS.filter((k) => frame.mentionText.includes(k));
}

/** Indicators that state a period or a time limit. */
const TIME_ROW = /时间|时限|周期|年限|期限|时效/;

/** Whether an indicator states a period or a time limit, by its name or its kind (时效指标). */
export const givesTime = (row: IndicatorRow) => TIME_ROW.test(row.level3) || TIME_ROW.test(row.level2);

/** The rows the question names: by 三级 indicator (评审数量), by all its own words (满意度), or by the unit asked (多少页). */
function rowsNamed(table: ProjectTable, frame: Frame): IndicatorRow[] {
  const rest = frame.mentionText.replace(table.project, '');
  const q = bigrams(rest);
  const own = bigrams(rest.replace(FILLER, ''));
  const byName = table.rows.filter((row) => {
    const m = mention(q, row.level3);
    const within = own.size >= 2 && mention(own, row.level3).matched === own.size;
    return (m.coverage === 1 && m.matched >= 2) || within;
  });
  if (byName.length) return byName;
  // 那个满意度目标 / satisfaction target: the rows of the kind of indicator the question names.
  const kinds = kindsAsked(frame);
  const byKind = kinds.length ? table.rows.filter((row) => kinds.some((k) => row.level3.includes(k))) : [];
  if (byKind.length) return byKind;
  const unit = frame.cues.unitAsked;
  if (unit) return table.rows.filter((row) => row.value.unit?.endsWith(unit) && row.value.number !== undefined);
  // 多久换一次: the rows that state a period or time limit.
  return frame.cues.timeAsked ? table.rows.filter(givesTime) : [];
}

/** Whether the question names a row of the table: in full, by its kind, or in part in the unit of its value (评审次数 for 评审数量 ≥100次). */
export function namesIndicator(table: ProjectTable, frame: Frame): boolean {
  return scoredRows(table, frame).length > 0 || rowsNamed(table, frame).length > 0;
}

/** A description's words count for this much of a name's. */
const DESCRIPTION_SHARE = 0.5;
/** Words and unit a row named in part must reach, and what such a reading weighs beside one named. */
const PARTLY_MIN = 2;
const PARTLY_SHARE = 0.3;
/** Words that ask for a value in a unit: 次数 → 次, 时间 → 小时/天, 合格率 → %. */
const UNIT_WORDS: [RegExp, RegExp][] = [
  [/次数|几次|多少次/, /次/],
  [/时间|时长|多久|多长|小时|天数/, /小时|天|日|分钟|年|月|周/],
  [/页数|多少页|万页/, /页/],
  [/率|百分/, /%/],
  [/人数|多少人|几人|人次/, /人/],
  [/个数|多少个|几个/, /个/],
  [/台套|多少套|几套|多少件|几件/, /台|套|件/],
];
/** Words that ask for what is planned (新增, 新购, 计划…), which a target answers rather than a purchase row. */
const PLANNED = /新增|新购|新买|新添|计划|打算|拟/;

/** Whether the question asks for a value in the unit this row's value is in (次数 of ≥50 次; 多少天 of 365天). */
export function unitFits(frame: Frame, asked: string, row: IndicatorRow): boolean {
  const unit = row.value.unit ?? row.value.raw;
  return UNIT_WORDS.some(([words, units]) => words.test(asked) && units.test(unit)) || (!!frame.cues.unitAsked && unit.includes(frame.cues.unitAsked));
}

/** Words that join two things in a name (律师、心理咨询窗口, 完成个数/委托个数). */
const JOINING = /[、/和]/;

/** The rows of a table the question names by 三级 or 二级 indicator, best first. */
function matchRows(table: ProjectTable, frame: Frame): IndicatorRow[] {
  if (frame.aspects.has('unitPrice')) {
    const cost = table.rows.filter((r) => /成本/.test(r.level2) || /元\//.test(r.description));
    if (cost.length) return cost;
  }
  const scored = scoredRows(table, frame);
  const best = Math.max(0, ...scored.map((s) => s.score));
  // 咨询次数和坐班时间 / 合格率和利用率: several rows joined in one question are each answered.
  // 保障律师、心理咨询窗口…开放时间: the join may be one row's own, its name said (most of it) whole, which is the one asked.
  const said = bigrams(frame.mentionText);
  const joinedInName = scored.some((s) => s.score === best && JOINING.test(s.row.level3) && mention(said, s.row.level3).coverage >= LONG_NAME_COVERAGE);
  const enough = frame.cues.joined && !joinedInName ? Math.min(best, PARTLY_SHARE * PARTLY_MIN) : best - 0.01;
  const byScore = scored.filter((s) => s.score >= enough && best > 0).map((s) => s.row);
  // 多久换一次 after a story of the asker's (我来办事…工作人员…): a period asked is a time row's, unless another row is named in full.
  const timed = frame.cues.timeAsked ? table.rows.filter(givesTime) : [];
  const namedInFull = byScore.some((row) => mention(said, row.level3).coverage === 1);
  if (timed.length && !namedInFull && !byScore.some((row) => timed.includes(row))) return timed;
  return byScore.length ? byScore : rowsNamed(table, frame);
}

/** Each row the question names, with how well. */
function scoredRows(table: ProjectTable, frame: Frame): { row: IndicatorRow; score: number }[] {
  // Words the question names the project by (便民服务中心 of 综合便民服务中心窗口办公经费) name no indicator.
  const projectGrams = bigrams(table.project);
  const asked = frame.mentionText.replace(table.project, '');
  // The words either side of an asking word read together too: 服务多少项目 names 服务项目数量.
  const closed = asked.replace(/多少|几/g, '');
  const all = new Set([...bigrams(asked), ...bigrams(closed)]);
  const q = new Set([...all].filter((g) => !projectGrams.has(g)));
  // 专家评审费的评审数量: a word the project's name shares (评审) still names a row where, beside a word the name
  // does not have (数量), it names that row fully enough; weighed below a row named without it.
  const sharedNamed = (name: string) => {
    const m = mention(all, name);
    return isMention(m) && m.matched >= PARTLY_MIN && mention(q, name).matched >= 1 ? PARTLY_SHARE * (m.matched + m.coverage) : 0;
  };
  const fitting = new Set(table.rows.filter((row) => unitFits(frame, asked, row)));
  // 计划新增多少台套: a planned count asked in the one unit a single row's value is in is that row's target.
  const planned = PLANNED.test(asked) && fitting.size === 1 ? [...fitting][0] : undefined;
  const scored = table.rows
    .map((row) => {
      const m3 = mention(q, row.level3);
      const m2 = mention(q, row.level2);
      const named = Math.max(isMention(m3) ? m3.matched + m3.coverage : 0, isMention(m2) && m2.coverage === 1 ? m2.matched + 0.5 : 0);
      // Named in part, by words of its name or of its description, in the unit its value is in
      // (咨询次数 for 法律咨询数量 ≥50 次; 每周坐班时间 for 现场办公时间, 每周…不少于 8 小时): below any row named.
      // Only where the question asks for the unit its value is in: words alone name too much.
      const said = m3.matched + DESCRIPTION_SHARE * mention(q, row.description).matched;
      const partly = row === planned ? PARTLY_MIN : said > 0 && fitting.has(row) ? said + 1 : 0;
      return { row, score: named || (partly >= PARTLY_MIN ? PARTLY_SHARE * partly : 0) };
    })
    .filter((s) => s.score > 0);
  // Only where no row is named otherwise, and no money or figure is asked of the project itself.
  if (scored.length || frame.cues.money || frame.verify !== undefined || /\d/.test(asked)) return scored;
  return table.rows.map((row) => ({ row, score: sharedNamed(row.level3) })).filter((s) => s.score > 0);
}

/**
 * One indicator row as the answer: its text and source, and which indicator it is, which 那…呢 about another
 * project then asks in turn. `focus`: the row's project, where the conversation goes on about it.
 */
export function answerRow(table: ProjectTable, row: IndicatorRow, frame: Frame, focus = false): Answer {
  return answer('indicator', rowText(table, row, frame.english), frame.english, cite(row.source), { indicator: row.level3, ...(focus ? { focus: table.project } : {}) });
}

/**
 * The row of a table named most like an indicator asked before (群众满意度 → 来访群众满意度), where one
 * row is, sharing at least half of the name's words: 那另一个专项呢 after a project's 满意度.
 */
export function answerIndicatorLike(table: ProjectTable | undefined, indicator: string, frame: Frame): Answer | undefined {
  if (!table) return undefined;
  const grams = bigrams(indicator);
  const scored = table.rows
    .map((row) => ({ row, shared: mention(grams, row.level3).matched }))
    .filter((s) => s.shared >= 1 && s.shared * 2 >= grams.size)
    .sort((a, b) => b.shared - a.shared);
  const [best, next] = scored;
  if (!best || next?.shared === best.shared) return undefined;
  return answerRow(table, best.row, frame);
}

export function answerTable(table: ProjectTable, frame: Frame): Answer {
  const en = frame.english;
  const unmet = frame.cues.unmetAsked ? answerUnmet(table, frame) : undefined;
  if (unmet) return unmet;
  const rows = matchRows(table, frame);
  if (rows.length) {
    const body = rows.map((r) => rowText(table, r, en)).join('\n');
    return answer('indicator', body, en, cite(...rows.map((r) => r.source)), rows.length === 1 ? { indicator: rows[0].level3 } : {});
  }
  // 绩效目标 asks for the goal itself; 绩效指标 (or 绩效 alone) for the indicators.
  if (frame.aspects.has('goal') && !frame.cues.indicatorWord) {
    return answer('goal', en ? `Performance goal of ${table.project}: ${table.goal}` : `${table.project}绩效目标：${table.goal}`, en, cite(table.goalSource, table.source));
  }
  // A figure its description states more precisely (2.985 元/立方米 for 2.98 元) is listed as described.
  const valueOf = (r: IndicatorRow) => {
    const precise = describedFigure(r);
    return precise ? (en ? `${precise} (table: ${r.value.raw})` : `${precise}（表中为 ${r.value.raw}）`) : r.value.raw;
  };
  const list = table.rows.map((r) => `- ${r.level3}（${r.level2}）：${valueOf(r)}`).join('\n');
  // 有满意度指标吗: a kind of indicator asked after and not set is said to be missing before what is set.
  const missing = frame.cues.yesNo ? kindsAsked(frame).filter((k) => !table.rows.some((r) => `${r.level2}${r.level3}`.includes(k))) : [];
  const none = missing.length ? (en ? `No: ${table.project} sets no ${missing.join(' or ')} indicator. ` : `没有：${table.project}未设${missing.join('、')}指标。`) : '';
  const body = en
    ? `${none}Performance indicators of ${table.project} (${table.rows.length}):\n${list}`
    : `${none}${table.project}的绩效指标（${table.rows.length} 项）：\n${list}\n绩效目标：${table.goal.slice(0, 80)}${table.goal.length > 80 ? '…' : ''}`;
  return answer('indicator', body, en, cite(table.source, table.goalSource, ...table.rows.map((r) => r.source)));
}

export function answerSubGoal(goal: FactBase['subGoals'][number], frame: Frame): Answer {
  const en = frame.english;
  const indicators = goal.indicators.map((i) => `${i.name} ${i.value.raw}`).join(en ? '; ' : '；');
  const body = en
    ? `${goal.name}: goal ${goal.goal}. Indicators: ${indicators}.`
    : `${goal.name}：绩效目标为${goal.goal}。绩效指标：${indicators}。`;
  return answer('indicator', body, en, cite(goal.indicatorSource, goal.source));
}

/** An indicator named without its table: one reading answers; several ask which one, best guess first. */
/** An indicator named in different words (长沙信访官网官微要保障正常运行 for 保障长沙信访官网官微正常运行): most of a long name. */
const LONG_NAME_BIGRAMS = 6;
const LONG_NAME_COVERAGE = 0.75;

/**
 * An indicator the question names, in whichever table it stands. `moreThan`: the bigrams a concept
 * word of the question already names; an indicator must name more to be the subject instead.
 */
export function answerIndicatorAcrossTables(facts: FactBase, frame: Frame, moreThan = 0): Answer | undefined {
  const hits = indicatorHits(facts, frame, moreThan);
  if (!hits.length) return undefined;
  const longest = Math.max(...hits.map((h) => h.matched));
  const best = hits.filter((h) => h.matched === longest);
  if (best.length === 1) return answerRow(best[0].table, best[0].row, frame);
  const values = [...new Set(best.map((h) => h.row.value.raw))];
  // Each reading is itself a question, so a chat button can ask it as it stands.
  const readings = best.map((h) => `${h.table.project}的${h.row.level3}（${h.row.value.raw}）`);
  const lead = values.length === 1 ? `${best[0].row.level3}在 ${best.length} 个项目中的指标值都是 ${values[0]}。` : `${best[0].row.level3}是 ${best.length} 个项目的指标，目标值不同。`;
  const body = frame.english
    ? `"${best[0].row.level3}" is an indicator of ${best.length} projects:\n${readings.map((r) => `- ${r}`).join('\n')}\nWhich project do you mean?`
    : `${lead}请问是哪个项目？\n${readings.map((r) => `- ${r}`).join('\n')}`;
  return answer('clarify', body, frame.english, cite(...best.map((h) => h.row.source)), { clarify: readings });
}

/** The indicators the question names, in whichever tables they stand. */
export function indicatorHits(facts: FactBase, frame: Frame, moreThan = 0): { table: ProjectTable; row: IndicatorRow; matched: number; coverage: number }[] {
  const q = bigrams(frame.mentionText);
  // This runs on most questions, and only a few rows share a word with it: those are found through their words.
  const sharing = sharedGrams(q, rowsByGram(facts));
  const hits = [];
  for (const table of facts.projectTables) {
    for (const row of table.rows) {
      if (!sharing.has(row)) continue;
      const { matched, coverage } = mention(q, row.level3);
      if (matched > moreThan && ((coverage === 1 && matched >= 2) || (coverage >= LONG_NAME_COVERAGE && matched >= LONG_NAME_BIGRAMS))) hits.push({ table, row, matched, coverage });
    }
  }
  return hits;
}

/** Each fact base's indicator rows by the bigrams of their names, built at the first question that seeks one. */
const ROWS_BY_GRAM = new WeakMap<FactBase, Map<string, IndicatorRow[]>>();

function rowsByGram(facts: FactBase): Map<string, IndicatorRow[]> {
  let index = ROWS_BY_GRAM.get(facts);
  if (!index) ROWS_BY_GRAM.set(facts, (index = gramPostings(facts.projectTables.flatMap((t) => t.rows), (row) => bigrams(row.level3))));
  return index;
}

/**
 * 请律师和心理咨询师，请几个人: the indicator counted in the unit asked whose name the question says more of
 * than `than` bigrams (a count's label it would otherwise answer with, 聘请心理咨询师), by two at least.
 */
export function indicatorCountedMore(facts: FactBase, frame: Frame, than: number): Answer | undefined {
  const unit = frame.cues.countAsked;
  if (!unit) return undefined;
  const q = bigrams(frame.mentionText);
  let best: { table: ProjectTable; row: IndicatorRow; matched: number } | undefined;
  for (const table of facts.projectTables) {
    for (const row of table.rows) {
      if (!row.value.unit?.startsWith(unit)) continue;
      const { matched } = mention(q, row.level3);
      if (matched >= than + 2 && (!best || matched > best.matched)) best = { table, row, matched };
    }
  }
  return best && answerRow(best.table, best.row, frame);
}

/**
 * 最大的一笔采购: the largest procurement rows of the document. `project`: the project a follow-up ranks
 * within (那采购明细里哪个品目花钱最多 after a project), if any.
 */
export function answerLargestItems(facts: FactBase, frame: Frame, project?: string): Answer | undefined {
  const within = project ? facts.procurement.items.filter((i) => i.project === project) : [];
  const pool = within.length > 1 ? within : facts.procurement.items;
  // 单价最便宜的物品: ranked by unit price where the price is what is asked, else by amount.
  const byPrice = frame.attribute === 'unitPrice' && pool.some((i) => i.unitPrice !== undefined);
  const key = (i: ProcurementItem) => (byPrice ? (i.unitPrice ?? 0) : i.amount);
  const items = [...pool].filter((i) => !byPrice || i.unitPrice !== undefined).sort((a, b) => (frame.ascending ? key(a) - key(b) : key(b) - key(a))).slice(0, 3);
  if (!items.length) return undefined;
  const scope = within.length > 1 ? (frame.english ? ` of ${project}` : `${project}中`) : '';
  const body = frame.english
    ? `Largest procurement rows${scope}:\n${items.map((i) => `- ${itemLine(i, true)}`).join('\n')}`
    : `${scope}${byPrice ? '单价' : '金额'}${frame.ascending ? (byPrice ? '最低' : '最小') : byPrice ? '最高' : '最大'}的政府采购：${items[0].item}（${items[0].project}），${byPrice ? `单价 ${wan(items[0].unitPrice!)}` : wan(items[0].amount)}。前 ${items.length} 项：\n${items.map((i) => `- ${itemLine(i, false)}`).join('\n')}`;
  return answer('compare', body, frame.english, cite(...items.map((i) => i.source)), { focus: items[0].project });
}

/** 采购明细一共多少行 / 政府采购有几项: the rows of the procurement table, counted, with their total. */
export function answerProcurementRowCount(facts: FactBase, frame: Frame): Answer | undefined {
  const items = facts.procurement.items;
  if (!items.length) return undefined;
  const total = items.reduce((sum, i) => sum + i.amount, 0);
  const projects = new Set(items.map((i) => i.project)).size;
  const body = frame.english
    ? `The procurement table lists ${items.length} rows under ${projects} projects, ${wan(Number(total.toFixed(6)), true)} in all.`
    : `政府采购明细共 ${items.length} 行（${projects} 个项目），合计 ${wan(Number(total.toFixed(6)))}。`;
  return answer('count', body, frame.english, cite(items[0].source, items.at(-1)!.source));
}

/** A project's funds as its 绩效目标表 (or, after the year, its 自评表: 全年预算数) states them. */
export function answerProjectFunds(table: ProjectTable, frame: Frame): Answer | undefined {
  if (table.funds === undefined) return undefined;
  const en = frame.english;
  const kind = table.selfEvaluation
    ? en ? 'full-year budget in its self-evaluation table' : '自评表所列全年预算数'
    : table.rows.length ? (en ? 'funds in its performance table' : '绩效目标表所列资金') : en ? 'the budget the disclosure lists for it' : '披露所列预算';
  // A 自评表 gives the execution beside the budget: 全年执行数 and 执行率, and what was left unspent, worked out.
  const unspent = table.executed === undefined ? 0 : Number((table.funds - table.executed).toFixed(6));
  const gap = unspent > 0 ? (en ? ` Unspent: ${wan(unspent, true)} (${num(table.funds)} − ${num(table.executed!)}).` : `未执行 ${wan(unspent)}（${num(table.funds)} − ${num(table.executed!)}）。`) : '';
  const executed = table.executed === undefined ? '' : en ? ` Executed ${wan(table.executed, true)}${table.executionRate !== undefined ? ` (${num(table.executionRate)}%)` : ''}.${gap}` : `全年执行数 ${wan(table.executed)}${table.executionRate !== undefined ? `，执行率 ${num(table.executionRate)}%` : ''}。${gap}`;
  const body = en ? `${table.project}: ${wan(table.funds, true)} (${kind}).${executed}` : `${table.project}：${wan(table.funds)}（${kind}）。${executed}`;
  return answer('amount', body, en, cite(table.source));
}

/** A project's self-evaluation score: the 总分 row of its 自评表. */
export function answerProjectScore(table: ProjectTable, frame: Frame): Answer | undefined {
  if (!table.total) return undefined;
  const en = frame.english;
  const { score, weight } = table.total;
  const body = en ? `${table.project} scored ${num(score)} of ${num(weight)} in its self-evaluation.` : `${table.project}自评得分：${num(score)} 分（满分 ${num(weight)} 分）。`;
  return answer('indicator', body, en, cite(table.total.source));
}

/** 两个单位的政府采购分别是多少: each unit's procurement subtotal. */
export function answerUnitSubtotals(facts: FactBase, frame: Frame): Answer | undefined {
  const subtotals = facts.procurement.subtotals;
  if (subtotals.length < 2) return undefined;
  const en = frame.english;
  const lines = subtotals.map((u) => `- ${u.unit}：${wan(u.amount, en)}`);
  const head = en ? `Procurement by unit (${subtotals.length} units):` : `政府采购分单位（${subtotals.length} 个单位）：`;
  // 两个单位的小计加起来等于合计吗: the subtotals added up, set against the total the disclosure states.
  const sum = Number(subtotals.reduce((total, u) => total + u.amount, 0).toFixed(6));
  const stated = findAmount(facts, 'procurement.total');
  const gap = stated ? Number((stated.value - sum).toFixed(6)) : undefined;
  const added = `${subtotals.map((u) => num(u.amount)).join(' + ')} = ${num(sum)} 万元`;
  const against = gap === undefined ? '' : Math.abs(gap) < 0.005
    ? (en ? `, the same as the procurement total (${num(stated!.value)} 万元)` : `，与政府采购预算总额 ${num(stated!.value)} 万元相符`)
    : (en ? `, ${num(Math.abs(gap))} 万元 off the procurement total (${num(stated!.value)} 万元)` : `，与政府采购预算总额 ${num(stated!.value)} 万元相差 ${num(Math.abs(gap))} 万元`);
  const total = en ? `Together: ${added}${against}.` : `合计：${added}${against}。`;
  return answer('list', `${head}\n${lines.join('\n')}\n${total}`, en, cite(...subtotals.map((u) => u.source), stated?.source));
}

/** A02010499是什么: the rows a 政府采购目录 code classifies, with what they are. */
export function answerCatalogueRows(facts: FactBase, code: string, frame: Frame): Answer | undefined {
  const rows = facts.procurement.items.filter((i) => i.catalogueCode?.toUpperCase() === code);
  if (!rows.length) return undefined;
  const en = frame.english;
  const names = [...new Set(rows.map((r) => r.item))];
  // C0502…采购合计: rows of one code are added up, as a reader asking of the code would.
  const total = Number(rows.reduce((sum, r) => sum + r.amount, 0).toFixed(6));
  const sum = rows.length > 1 ? (en ? `, ${wan(total, true)} in all` : `，合计 ${wan(total)}`) : '';
  const head = en ? `Catalogue code ${code} is ${names.join(', ')}, bought in ${rows.length} rows${sum}:` : `目录序号 ${code} 是${names.join('、')}，共 ${rows.length} 行采购${sum}：`;
  return answer('code', `${head}\n${rows.map((i) => `- ${itemLine(i, en)}`).join('\n')}`, en, cite(...rows.map((i) => i.source)));
}
