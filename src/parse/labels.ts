/**
 * The label grammar of the template family: how disclosures name each money concept in prose.
 * Patterns run on the compacted stream (no gaps, no quotes, NFKC). Where labels overlap, the
 * leftmost, then longest, wins: 财政拨款收入预算总计 is 财政拨款收入, not 收入预算总计.
 * Concept keys match knowledge/concepts.json, which holds how users name them.
 */
import type { ConceptKey } from '../schema/concept.js';

export interface LabelRule {
  concept: ConceptKey;
  pattern: string;
  /** The unit of a count concept (辆); money concepts leave it out. */
  countUnit?: string;
  /** The label to give a figure found by a pattern that matches no words of its own (、152人次). */
  name?: string;
}

export const LABEL_RULES: LabelRule[] = [
  { concept: 'budget.total', pattern: '(?:收入、?支出|收、?支)(?:预算|决算)?总计|(?:预算)?收支(?:预算)?安排|收支预算' },
  { concept: 'fiscal.total', pattern: '财政拨款收入支出(?:决算)?总计|财政拨款收、?支总(?:预算|计)' },
  { concept: 'income.total', pattern: '(?:本年)?收入(?:预算|决算)?(?:总计|合计|总额)|(?:本年)?收入(?:预算|决算)|(?:部门)?(?:财务)?总收入|(?<=[。;；])收入(?=(?:较|比|与)(?:上年|去年))' },
  { concept: 'income.fiscal', pattern: '财政拨款收入' },
  { concept: 'income.general', pattern: '一般公共预算(?:财政)?(?:拨款)?收入' },
  { concept: 'income.govfund', pattern: '政府性基金(?:预算)?(?:财政)?(?:拨款)?收入' },
  { concept: 'income.superior', pattern: '上级补助收入' },
  { concept: 'income.business', pattern: '事业收入' },
  { concept: 'income.operating', pattern: '(?:事业单位)?经营收入' },
  { concept: 'income.affiliated', pattern: '附属单位上缴收入' },
  { concept: 'income.other', pattern: '其他(?:来源)?收入' },
  { concept: 'income.carryover', pattern: '上年结转(?:结余)?(?:收入)?|上年结余|年初结转和?结余' },
  { concept: 'expense.total', pattern: '(?:本年)?支出(?:预算|决算)?(?:总计|合计|总额)|支出(?:预算|决算)|(?:部门)?(?:预算)?总支出|(?<=[。;；])支出(?=(?:较|比|与)(?:上年|去年))' },
  { concept: 'expense.fiscal', pattern: '财政拨款支出(?:预算|决算)?' },
  { concept: 'expense.general', pattern: '一般公共预算(?:财政)?(?:拨款)?支出' },
  { concept: 'expense.govfund', pattern: '政府性基金(?:预算)?(?:财政)?(?:拨款)?支出' },
  { concept: 'expense.basic', pattern: '(?:一般公共预算)?(?:财政)?(?:拨款)?基本支出' },
  { concept: 'expense.project', pattern: '(?:财政拨款)?项目支出' },
  { concept: 'expense.personnel', pattern: '人员经费|人员类(?:支出)?' },
  { concept: 'expense.public', pattern: '(?:日常)?公用经费' },
  { concept: 'expense.carryForward', pattern: '年[终末]结转和?(?:结余)?|结转下年' },
  { concept: 'expense.reserve', pattern: '(?:单位)?预留机动经费' },
  { concept: 'admin', pattern: '(?:一般公共预算)?机关运行经?费' },
  { concept: 'sangong.total', pattern: '(?:财政拨款)?三公经费' },
  { concept: 'sangong.abroad', pattern: '因公出国\\(境\\)(?:费用|费)?' },
  { concept: 'sangong.vehicle', pattern: '公务用车购置[及和]运行(?:维护)?费' },
  { concept: 'sangong.vehiclePurchase', pattern: '公务用车购置(?![及和])费?' },
  { concept: 'sangong.vehicleOperation', pattern: '公务用车(?:运行)?维护费|公务用车运行费' },
  { concept: 'sangong.reception', pattern: '公务接待费' },
  { concept: 'meeting', pattern: '会议费' },
  { concept: 'training', pattern: '培训费' },
  { concept: 'procurement.total', pattern: '政府采购(?:支出)?(?:预算)?(?:总金额|总额|金额)?' },
  { concept: 'procurement.goods', pattern: '(?:拟采购|政府采购)货物|货物类?采购' },
  { concept: 'procurement.works', pattern: '(?:拟采购|政府采购)工程|工程类?采购' },
  { concept: 'procurement.services', pattern: '(?:拟采购|拟购买|政府采购)服务|服务类?采购' },
  { concept: 'purchasedServices', pattern: '(?:财政拨款)?政府购买服务(?:预算|支出)?(?:总额|金额|合计)?' },
  { concept: 'assets.total', pattern: '固定资产总值|固定资产(?=为?\\d|(?:增加|减少)\\d)' },
  // 资产总额 counts every asset (流动资产, 无形资产 …); where an asset table lists fixed assets only, its total row is both.
  { concept: 'assets.all', pattern: '资产总额' },
  // 资产总额…，其中，流动资产216,893.34元，…无形资产 2,603,433.68 元: the parts of all assets the prose lists.
  { concept: 'assets.current', pattern: '流动资产(?=为?\\d)' },
  { concept: 'assets.intangible', pattern: '无形资产(?=为?\\d)' },
  { concept: 'assets.construction', pattern: '在建工程(?=为?\\d)' },
  { concept: 'assets.purchasePlan', pattern: '拟购置固定资产总额' },
  { concept: 'assets.other', pattern: '其他固定资产' },
  { concept: 'sangong.abroadGroups', pattern: '因公出国\\(境\\)(?:团组数?|批次)', countUnit: '个' },
  { concept: 'sangong.abroadVisits', pattern: '因公出国\\(境\\)(?:人次|人数)', countUnit: '人次' },
  { concept: 'sangong.receptionBatches', pattern: '(?:国内)?公务接待(?:批次|次数)?', countUnit: '次' },
  // 公务接待 10 批次、152 人次: the visits follow the batches, under no label of their own.
  { concept: 'sangong.receptionVisits', pattern: '(?:共计|累计)?接待(?:人次|人数)?(?=\\d)|(?<=公务接待\\d+批次)[、,，](?=\\d+人次)', countUnit: '人次', name: '公务接待' },
  { concept: 'assets.vehicleCount', pattern: '(?:共有|实有|现有|拥有)(?:公务用?车辆?|车辆)|车辆(?:总数|共计|合计)|(?:车辆)?(?:年末)?(?:实际)?保有量', countUnit: '辆' },
  // 2024年部门预算安排购置车辆1辆: the vehicles the budget buys, apart from those the body has.
  { concept: 'assets.vehiclePurchaseCount', pattern: '(?:预算)?安排购置(?:公务用?)?车辆|(?:拟|计划)购置(?:公务用?)?车辆|购置车辆', countUnit: '辆' },
  { concept: 'perf.projectCount', pattern: '(?:编报|设置)绩效目标的(?:\\d{4}年度)?项目|实行绩效目标管理的项目', countUnit: '个' },
  { concept: 'perf.funds', pattern: '涉及(?:项目预算资金|财政性资金合计|预算金额|一般公共预算(?:财政拨款)?(?:支出|资金))' },
];

/** Words that may stand between a label and its figure without changing what the figure is. */
export const QUALIFIER =
  '(?:财政拨款|一般公共预算|拨款|安排的?|支出|预算|决算|年初|总额|总金额|合计|总计|小计|数|金额|为|是|共计|\\([^)]{1,12}\\))*';

/** A figure with its unit. Group 1 is the number, group 2 the unit. */
export const FIGURE = '(-?\\d+(?:\\.\\d+)?)(亿元|万元|万|元|辆|台|个|人次|批次|次)(?![/每])';

/** After a figure: a change against last year, as the template words it. */
export const CHANGE_AFTER =
  /^[,，。;；]?(?:[^。;；\d]{0,120}?[,，])?(?:与|比|较)(?:上年|上一年|上年度|去年|前一年|\d{4}年度?)(?:年初)?(?:预算|决算)?(?:执行)?数?(?:\d+(?:\.\d+)?(?:亿元|万元?|元))?(?:相比|比较)?[,，]?(?:[^,，。;；\d]{0,12}?)(增加|减少|增长|下降|上升|持平|一致|无增减)(?:\([^)]*\))?\s*(?:(\d+(?:\.\d+)?)(亿元|万元?|元))?(?:[,，]?(?:增长|减少|下降|增加|上升|降低|增幅|降幅)?(-?\d+(?:\.\d+)?)\s?%)?/;

/** A change written right after a label: 基本支出增加392.05万元, with the rate where it follows (，下降2.10%). */
export const CHANGE_INLINE = /^(?:[^,，。;；\d]{0,6}?)(增加|减少)(?:\([^)]*\))?\s*(\d+(?:\.\d+)?)(亿元|万元?|元)(?:[,，]?(?:增长|减少|下降|增加|上升|降低)(-?\d+(?:\.\d+)?)\s?%)?/;

/** A stated reason: 主要原因是… / 主要为… / 增减变化原因为…, up to the end of its sentence. */
export const REASON = /^[,，。;；]?[^。;\d]{0,40}?(?:主要原因|变化原因|主要是|主要为|原因)(?:分析)?(?:是|为)?[:：]?((?:[^。;]|;(?=[二三四五六]是)){2,240})/;

/** A reason stated in a sentence of its own, after the figures: 增减变化原因为：… */
export const STANDALONE_REASON = /(?:增减变化|变化|增减|增加|减少|增长|下降)的?(?:主要)?原因(?:是|为|主要是)?[:：]?((?:[^。;]|;(?=[二三四五六]是)){2,240})/g;

/** A sentence that gives the reason for the change just stated: 。主要原因是… / 。主要是本年较上年增加两人… */
export const NEXT_SENTENCE_REASON = /^[^。]{0,80}?。(?:这|其中)?(?:主要原因|增减变化原因|变化原因|原因|主要是)(?:一是)?(?:是|为|主要是)?[:：]?((?:[^。;]|;(?=[二三四五六]是)){2,240})/;

/** In a 决算, the actual figure that follows the 年初预算 one: …年初预算为0.95万元，支出决算为0.00万元. */
export const ACTUAL_AFTER = /^[,，]?(?:\d{4}年度?)?(?:支出)?决算(?:数)?为?(-?\d+(?:\.\d+)?)万元/;

/** 支出决算为4.69万元，完成预算的15.63%: the share of its budget a 决算 figure's sentence says it reached. */
export const EXECUTION_AFTER = /^[,，]?\s*完成(?:了)?(?:年初)?预算(?:数)?的\s*(\d+(?:\.\d+)?)\s?%/;
/** After a figure: the share the text states for it, 占本年支出的35.63% / 占比73.33%. Group 1 the whole, group 2 the rate. */
export const SHARE_AFTER = /^[,，]?\s*占(?:比)?([^,，。;；\d%]{0,14}?)(?:的)?(?:比重|比例)?(?:为)?(\d+(?:\.\d+)?)\s?%/;

/** A money label followed by a count is that count: 因公出国（境）累计1人次, 公务接待…3876人次. */
export const COUNT_OF: Partial<Record<ConceptKey, Partial<Record<string, ConceptKey>>>> = {
  // 去了几个人 / 接待多少人: people counted by the trip or the reception are its 人次.
  'sangong.abroad': { 人次: 'sangong.abroadVisits', 人: 'sangong.abroadVisits', 名: 'sangong.abroadVisits', 个: 'sangong.abroadGroups' },
  'sangong.reception': { 人次: 'sangong.receptionVisits', 人: 'sangong.receptionVisits', 次: 'sangong.receptionBatches', 批次: 'sangong.receptionBatches' },
};

/** What a figure is for, right after it: ，主要用于统计业务的学习交流… / ，主要为综合便民服务中心配备… */
export const USES_AFTER = /^[,，]?(?:主要用于|主要为|主要是用于|用于)([^。;；]{2,120})/;

/** What a figure is made of, listed right after it: 。主要包括：办公费、水费、电费… */
export const INCLUDES_AFTER = /^[。,，]?(?:其中)?主要包括[:：]?([^。;；]{2,240}、[^。;；]{1,240})/;
