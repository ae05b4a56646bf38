/**
 * Answers about one named thing (a project's table, a procurement row, an asset, a classified line,
 * a stated amount), choosing what to say of it by the attribute the question asks.
 */
import type { Frame } from '../intent/frame.js';
import type { Attribute } from '../intent/operation.js';
import { asksMoneyBeside } from '../intent/cues.js';
import type { FactBase } from '../schema/fact.js';
import { bigrams, tableNamed, type Entity } from '../search/entities.js';
import { cite, type Answer } from '../answer/answer.js';
import { answerItemRows, answerProjectFunds, answerProjectScore, answerProcurement, answerSubGoal, answerTable, namesIndicator } from '../answer/details.js';
import { answerAsset } from '../answer/lists.js';
import { answerLineItem } from '../answer/lineItems.js';
import { answerExecution } from '../answer/execution.js';
import { answerSection } from '../answer/projectSections.js';
import { answerAmount, answerClaim } from '../answer/amounts.js';
import { entityFigure } from './figures.js';
import { answerStatedAmount } from '../answer/change.js';
import { ATTRIBUTE_NAMES, lackedAttribute } from '../answer/lacking.js';
import { notGivenThen, refuse } from '../answer/refuse.js';
import { strings } from '../answer/strings/index.js';
import { DETAIL_ASPECTS } from './resolve.js';

/**
 * Answers about a named thing; an attribute it cannot have (the 单价 of a classified line, the 自评得分
 * of a budget's project) is said not to be given, followed by what the disclosure gives about it.
 */
export function answerEntity(facts: FactBase, entity: Entity, frame: Frame, entities: Entity[]): Answer | undefined {
  // 住房公积金是不是超过了400万: a claim about a named thing's money, checked against its figure.
  const figure = frame.verify !== undefined && frame.attribute === 'amount' && !frame.cues.indicator ? (entity.kind === 'lineItem' ? { name: entity.name, value: entity.item.value, source: entity.item.source } : entityFigure(entity)) : undefined;
  if (figure) return answerClaim(figure.name, figure.value, frame, cite(figure.source));
  // A claim about money the thing states none of is asked as its money, to be told so.
  if (frame.verify !== undefined && frame.attribute === 'amount' && !frame.cues.indicator) frame = { ...frame, cues: { ...frame.cues, money: true } };
  const lacked = lackedAttribute(entity, frame.attribute, frame.cues.unitAsked);
  if (!lacked) return answerEntityAsked(facts, entity, frame, entities);
  const plain: Frame = { ...frame, aspects: new Set(), attribute: 'amount', cues: { ...frame.cues, indicator: false } };
  return notGivenThen(notGivenOf(facts, entity.name, lacked, frame.english), answerEntityAsked(facts, entity, plain, entities));
}

/** The refusal of an attribute of a named thing or concept: 台式计算机的单价 / the unit price of …. */
export function notGivenOf(facts: FactBase, name: string, attribute: Attribute, english: boolean): Answer {
  const [zh, en] = ATTRIBUTE_NAMES[attribute] ?? [attribute, attribute];
  const s = strings(english ? 'en' : 'zh');
  return refuse('notDisclosed', [facts.identity], english, s.notGiven(name, english ? en : zh));
}

function answerEntityAsked(facts: FactBase, entity: Entity, frame: Frame, entities: Entity[]): Answer | undefined {
  const a = frame.aspects;
  const wantsIndicator = a.has('indicator') || a.has('goal');
  if (entity.kind === 'subGoal') return answerSubGoal(entity.goal, frame);
  if (entity.kind === 'table') {
    const procurement = entities.find((e) => e.kind === 'procProject' && e.name === entity.name);
    // 渣土处置费是多少: a project's own figure asked, no indicator named, is its money.
    const plainValue = frame.operation === 'value' && frame.attribute === 'amount' && frame.cues.asksNumber && !frame.cues.countAsked && !a.size && !frame.cues.indicator && frame.subjectText.split('|').every((w) => entity.name.includes(w));
    // 平台费用全年接待多少群众: people counted, and money named only by the project's name, ask no money.
    const wantsMoney = (frame.cues.money && (!frame.cues.countAsked || asksMoneyBeside(frame.text, entity.name, true))) || plainValue;
    const wantsProcurement = wantsMoney || DETAIL_ASPECTS.some((d) => a.has(d));
    // 评审次数: a row of the project's table named, in part, in its value's unit, is no purchase asked.
    if (procurement && wantsProcurement && !a.has('unitPrice') && !frame.cues.indicator && !namesIndicator(entity.table, frame)) return answerProcurement(procurement, frame);
    // A project the prose describes without a table: its money and goal are what it states as facts; what it
    // does or plans (主要干啥, 培训人次指标) stands in its prose, which the passage or its sections answer.
    if (!entity.table.rows.length) {
      if (entity.table.funds !== undefined && (wantsMoney || (!wantsIndicator && !a.size))) return answerProjectFunds(entity.table, frame);
      return a.has('goal') && entity.table.goal ? answerTable(entity.table, frame) : undefined;
    }
    // 执行率为什么偏低 / 存在什么问题: what the department's self-evaluation says of this project.
    const problems = frame.cues.sectionAsked === '问题及原因' ? facts.projectSections.find((s) => s.label === '问题及原因' && s.project === entity.name) : undefined;
    if (problems) return answerSection(problems, frame);
    // 自评得了多少分: the table's own 总分, unless an indicator is named (its row carries its score).
    if (a.has('score') && entity.table.total && !namesIndicator(entity.table, frame)) return answerProjectScore(entity.table, frame);
    // 执行率 / 执行了多少: a 自评表's execution, with its budget.
    if (a.has('execution') && entity.table.executed !== undefined) return answerProjectFunds(entity.table, frame);
    if (wantsMoney && !wantsIndicator && !a.has('unitPrice')) {
      if (entity.table.funds !== undefined) return answerProjectFunds(entity.table, frame);
      const notGiven = refuse('notDisclosed', [facts.identity], frame.english, `${entity.name}的预算金额（只公开了它的绩效目标和指标）`);
      return notGivenThen(notGiven, answerTable(entity.table, frame));
    }
    return answerTable(entity.table, frame);
  }
  if (entity.kind === 'asset') return answerAsset(entity.row, frame);
  if (entity.kind === 'lineItem') return answerLineItem(entity.item, facts, frame);
  if (entity.kind === 'execution') {
    // 比2023年变化多少，降幅和原因: the change on the year before, where the figure the statement is of (the same
    // actual) states one, is asked, not the actual against the budget.
    const onLastYear = (frame.aspects.has('change') || frame.aspects.has('growthRate') || frame.aspects.has('previous')) && !frame.aspects.has('execution') && !frame.cues.budgetAsked;
    const changed = onLastYear ? facts.amounts.find((a) => a.value === entity.statement.actual && a.change) : undefined;
    return (changed && answerAmount(facts, changed.concept, frame)) || answerExecution(entity.statement, frame);
  }
  if (entity.kind === 'statedAmount') return answerStatedAmount(entity.amount, frame);
  if (entity.kind === 'procItem' || entity.kind === 'procProject' || entity.kind === 'procUnit') {
    const table = tableNamed(entities, entity.name);
    const indicatorAsked = frame.cues.indicator || (wantsIndicator && !DETAIL_ASPECTS.some((d) => a.has(d)));
    // 办公设备和办公家具的采购都买些什么: what was bought, listed with no measure asked, is the purchases, though
    // its words name an indicator too (办公家具和办公设备购置数量).
    const purchasesListed = frame.operation === 'list' && !frame.cues.asksNumber;
    if (table && (indicatorAsked || (namesIndicator(table.table, frame) && !purchasesListed))) return answerTable(table.table, frame);
    const sameItem = entity.kind === 'procItem' ? boughtBy(unitNamed(frame, entities), entities.filter((e): e is Extract<Entity, { kind: 'procItem' }> => e.kind === 'procItem' && e.name === entity.name)) : [];
    // 大厅的印刷费: of the rows, those under the project the question's other words name.
    const asked = bigrams(frame.mentionText);
    // The item's own words and the buying units' (政务服务中心) name no project.
    const own = new Set([...bigrams(entity.name), ...sameItem.flatMap((e) => [...bigrams(e.item.unit)])]);
    const underNamed = sameItem.filter((e) => [...bigrams(e.item.project)].some((g) => asked.has(g) && !own.has(g)));
    const rows = underNamed.length && underNamed.length < sameItem.length ? underNamed : sameItem;
    if (rows.length === 1 && sameItem.length > 1) return answerProcurement(rows[0], frame, facts.procurement.items);
    if (rows.length > 1 && !a.has('code')) return answerItemRows(rows.map((e) => e.item), frame);
    // 政务服务中心的日常公用经费: a project that two units buy under one name is the named unit's rows.
    if (entity.kind === 'procProject' && new Set(entity.items.map((i) => i.unit)).size > 1) {
      const unit = unitNamed(frame, entities);
      const own = unit ? entity.items.filter((i) => i.unit === unit) : [];
      if (own.length) return answerProcurement({ ...entity, items: own }, frame, own);
    }
    return answerProcurement(entity, frame, facts.procurement.items);
  }
  return undefined;
}

/**
 * 行政服务局本级买的其他终端设备: the procurement unit the question names, by what sets its name apart
 * from the others' (行政服务局, 政务服务中心: the place they share said or not).
 */
export function unitNamed(frame: Frame, entities: Entity[]): string | undefined {
  const units = entities.filter((e) => e.kind === 'procUnit').map((e) => e.name);
  if (units.length < 2) return undefined;
  const shared = [...units[0]].findIndex((ch, i) => units.some((u) => u[i] !== ch));
  return units.find((u) => frame.mentionText.includes(u.slice(shared)));
}

/** The rows one unit bought, where a unit is named and bought some; else every row. */
function boughtBy<T extends { item: { unit: string } }>(unit: string | undefined, rows: T[]): T[] {
  const own = unit ? rows.filter((r) => r.item.unit === unit) : [];
  return own.length ? own : rows;
}
