/**
 * The fact base: every figure budget-bot can state, each with the source line it came from.
 * Each zod schema and its inferred type share one name, so there is no hand-written twin.
 */
import { z } from 'zod';
import { LineItem, Table } from './table.js';

import { ConceptKey } from './concept.js';
import { Source } from './source.js';
import { Change } from './change.js';

export { Source };

export { Change, ChangeDirection } from './change.js';

/**
 * A money figure of a known concept (see knowledge/concepts.json for the keys).
 * `value` is in 万元; `statedUnit` is the unit the document used where it stated the figure.
 */
/** The largest figure any department's budget states, in 万元 (1 万亿元): past it a figure is a misread. */
export const MAX_WAN = 100_000_000;

/** 占本年支出的 35.63%: a share the prose prints beside a figure, the rate in percent and the whole as worded. */
export const StatedShare = z.object({ rate: z.number(), of: z.string() });
export type StatedShare = z.infer<typeof StatedShare>;

export const Amount = z.object({
  concept: ConceptKey,
  /** The document's own wording of the label, e.g. 机关运行费 or 机关运行经费. */
  label: z.string(),
  /** In 万元: a total or a budget line is never negative, and no department's reaches 1 万亿元 (a misread cell). */
  value: z.number().nonnegative().max(MAX_WAN),
  statedUnit: z.enum(['万元', '元']),
  change: Change.optional(),
  /** For a 决算: the 年初预算 figure the actual is compared with. */
  budgeted: z.number().optional(),
  /** For a 决算: why the actual differs from the budget, as stated (决算数小于预算数的主要原因是…). */
  varianceReason: z.object({ text: z.string(), source: Source }).optional(),
  /** Set when the figure was computed rather than read, with the arithmetic spelled out. */
  derivation: z.string().optional(),
  /** What the money is mainly for, as the sentence goes on to say (主要用于…). */
  uses: z.string().optional(),
  /** What the figure is made of, as the next sentence lists it (公用经费3580.05万元。主要包括：办公费、水费…). */
  includes: z.string().optional(),
  source: Source,
  /** A share the text states beside the figure (占本年支出的35.63%). */
  statedShare: StatedShare.optional(),
  /** For a 决算: the share of its budget the text says the figure reached (完成预算的15.63%), where it gives no budget figure. */
  statedExecution: z.number().optional(),
  /** The same figure as a 公开表 states it, where prose and table both give it (a check compares them). */
  table: z.object({ value: z.number(), statedUnit: z.enum(['万元', '元']), source: Source }).optional(),
  /**
   * The same figure in a 一般公共预算/财政拨款 table, where it differs from the all-funds figure
   * (一般公共预算基本支出 32,757.02 beside 基本支出 32,780.46): what a question naming the fund asks.
   */
  fiscal: z.object({ value: z.number(), fund: z.enum(['一般公共预算', '财政拨款']), source: Source }).optional(),
});
export type Amount = z.infer<typeof Amount>;

/** A counted quantity that is not money, e.g. 车辆 3 辆. */
export const Count = z.object({
  concept: ConceptKey,
  label: z.string(),
  value: z.number().nonnegative(),
  unit: z.string(),
  source: Source,
});
export type Count = z.infer<typeof Count>;

/** A count the prose states with the words before it as its label (执法执勤用车 38 辆), of no fixed concept. */
export const StatedCount = z.object({
  label: z.string().min(2),
  value: z.number().nonnegative(),
  unit: z.string(),
  /** The money the counted things involve, as the sentence goes on to say (项目50个，涉及项目预算资金5634.81万元), in 万元. */
  involves: z.object({
    value: z.number().nonnegative(),
    /** What the money is: the funds the things involve, or their book value (处置车辆1辆，账面原值276,853元). Default: funds. */
    as: z.enum(['funds', 'bookValue']).optional(),
    source: Source,
  }).optional(),
  /** What is counted, where the sentence names it after the count (拟制定和修改12件法规 → 法规). */
  counted: z.string().optional(),
  /** Their average score, where stated (绩效自评的项目4个，…平均得分99.43分). */
  averageScore: z.object({ value: z.number().nonnegative(), source: Source }).optional(),
  /** The grade a scored evaluation is given (综合评价得分85.19分，评价等级为"良"). */
  grade: z.enum(['优', '良', '中', '差']).optional(),
  source: Source,
});
export type StatedCount = z.infer<typeof StatedCount>;

/** A 决算's statement of one line: its budget, its actual and why they differ (年初预算为…，支出决算为…). */
export const ExecutionStatement = z.object({
  name: z.string().min(2),
  /** 类, 款 and 项 names, as far as the statement gives them. */
  path: z.array(z.string()),
  budgeted: z.number().nonnegative(),
  actual: z.number().nonnegative(),
  /** 完成年初预算的 …%, where stated. */
  rate: z.number().optional(),
  reason: z.string().optional(),
  /** What the line is mainly for, where the statement says before its figures (主要用于：…). */
  uses: z.string().optional(),
  source: Source,
  reasonSource: Source.optional(),
});
export type ExecutionStatement = z.infer<typeof ExecutionStatement>;

/** Money the prose states under a label no concept covers (委托业务费 104.82 万元), with its change where stated. */
export const StatedAmount = z.object({
  label: z.string().min(2),
  /** In 万元. */
  value: z.number().nonnegative(),
  statedUnit: z.enum(['元', '万元']),
  change: Change.optional(),
  /** What the money is mainly for, as the sentence goes on to say (主要为…). */
  uses: z.string().optional(),
  /** 占政府采购支出总额的 92.54%: the share the sentence goes on to state. */
  statedShare: StatedShare.optional(),
  source: Source,
});
export type StatedAmount = z.infer<typeof StatedAmount>;

export const Duty = z.object({ index: z.number().int().positive(), text: z.string().min(1), source: Source });
export type Duty = z.infer<typeof Duty>;

export const OrgUnit = z.object({
  name: z.string().min(1),
  nature: z.string(),
  rank: z.string(),
  funding: z.string(),
  source: Source,
});
export type OrgUnit = z.infer<typeof OrgUnit>;

/** An indicator value as written (`≥80 万页`) and, where numeric, parsed into comparator, number and unit. */
export const IndicatorValue = z.object({
  raw: z.string(),
  comparator: z.enum(['≥', '≤', '>', '<', '=']).optional(),
  number: z.number().optional(),
  unit: z.string().optional(),
});
export type IndicatorValue = z.infer<typeof IndicatorValue>;

export const GoalIndicator = z.object({ name: z.string().min(1), value: IndicatorValue });
export type GoalIndicator = z.infer<typeof GoalIndicator>;

/** One of the 分项绩效目标 of the department's overall performance goals. */
export const SubGoal = z.object({
  index: z.number().int().positive(),
  name: z.string().min(1),
  goal: z.string(),
  indicators: z.array(GoalIndicator),
  source: Source,
  indicatorSource: Source,
});
export type SubGoal = z.infer<typeof SubGoal>;

export const IndicatorRow = z.object({
  level1: z.string(),
  level2: z.string(),
  level3: z.string(),
  description: z.string(),
  value: IndicatorValue,
  basis: z.string(),
  /** A 自评表's 实际完成值. */
  actual: IndicatorValue.optional(),
  /** A 自评表's 分值 (the weight) and 得分 (the score given). */
  weight: z.number().optional(),
  score: z.number().optional(),
  /** Where a table states it: 绩效指标性质 (≥, =, 定性 …) and 绩效度量单位. */
  nature: z.string().optional(),
  unit: z.string().optional(),
  source: Source,
});
export type IndicatorRow = z.infer<typeof IndicatorRow>;

/** A 项目绩效目标表: one project's goal and its indicator rows. */
export const ProjectTable = z.object({
  index: z.number().int().positive(),
  project: z.string().min(1),
  goal: z.string(),
  rows: z.array(IndicatorRow),
  /** The table's title line. */
  source: Source,
  /** The 绩效目标 row, where the table states its goal. */
  goalSource: Source.optional(),
  /** The project's funds as the table states them, in 万元 (a 自评表 gives budget and execution). */
  funds: z.number().optional(),
  /** A 自评表's 全年执行数 (万元) and 执行率 (%). */
  executed: z.number().optional(),
  executionRate: z.number().optional(),
  /** A 自评表 (self-evaluation after the year) rather than a 目标表 (targets set in the budget). */
  selfEvaluation: z.boolean().optional(),
  /** A 自评表's 总分 row: the points available and the score given, with its line. */
  total: z.object({ weight: z.number(), score: z.number(), source: Source }).optional(),
});
export type ProjectTable = z.infer<typeof ProjectTable>;

/**
 * A row of a procurement table. Tables laid out by project give the project's funds, the catalogue
 * code, quantity and unit price; tables laid out by 采购品目大类 give the category, the economic class
 * and how the item is bought instead. What a table does not state is absent, never zero.
 */
export const ProcurementItem = z.object({
  unit: z.string(),
  project: z.string(),
  projectFunds: z.number().optional(),
  item: z.string(),
  catalogueCode: z.string().optional(),
  measure: z.string().optional(),
  quantity: z.number().optional(),
  unitPrice: z.number().optional(),
  amount: z.number(),
  /** 货物 / 工程 / 服务: the 采购品目大类 the row is listed under. */
  category: z.enum(['货物', '工程', '服务']).optional(),
  /** The 经济科目 the purchase is paid from (办公设备购置, 维修（护）费). */
  economicClass: z.string().optional(),
  /** 采购组织形式: 政府集中采购, 分散自行组织 …. */
  organisation: z.string().optional(),
  /** Which funding column of the table carries the amount, e.g. 一般公共预算拨款. */
  fundingColumn: z.string(),
  source: Source,
});
export type ProcurementItem = z.infer<typeof ProcurementItem>;

export const ProcurementSubtotal = z.object({ unit: z.string(), amount: z.number(), source: Source });
export type ProcurementSubtotal = z.infer<typeof ProcurementSubtotal>;

/** A row of the asset table. A blank cell is `null`: 未填报, which is not the same as zero. */
export const AssetRow = z.object({
  name: z.string(),
  quantity: z.number().nullable(),
  value: z.number().nullable(),
  /** The cells as printed, which tell a blank (未填报) from a dash (—, nothing to list). */
  printed: z.object({ quantity: z.string(), value: z.string() }),
  source: Source,
});
export type AssetRow = z.infer<typeof AssetRow>;

export const GlossaryTerm = z.object({ term: z.string().min(1), definition: z.string().min(1), source: Source });
export type GlossaryTerm = z.infer<typeof GlossaryTerm>;

/** A statement that a kind of budget does not exist for the department (无, which differs from 0). */
export const Absence = z.object({ subject: z.string().min(1), text: z.string(), source: Source });
export type Absence = z.infer<typeof Absence>;

/** A department's 部门预算, a single unit's 单位预算 (schools, hospitals), or the 决算 after the year. */
export const DocumentKind = z.enum(['预算', '单位预算', '决算']);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const Identity = z.object({
  id: z.string().min(1),
  file: z.string(),
  title: z.string(),
  department: z.string(),
  /** Set where the text names no department (a file of tables alone) and the file's name stands for it. */
  departmentFromFile: z.literal(true).optional(),
  year: z.number().int().nullable(),
  kind: DocumentKind,
  level: z.string().optional(),
});
export type Identity = z.infer<typeof Identity>;

/**
 * The consistency rules, in the spirit of the public budget checkers: each failure is reported with
 * its rule id, so operators can count and filter them.
 */
export const CheckRule = z.enum([
  'income-parts-sum',
  'income-equals-expense',
  'basic-plus-project',
  'personnel-plus-public',
  'sangong-parts-sum',
  'vehicle-parts-sum',
  'fiscal-total-equals-income',
  'procurement-unit-subtotal',
  'procurement-total',
  'procurement-within-project',
  'empty-table-has-values',
  'prose-equals-table',
  'children-sum-to-parent',
]);
export type CheckRule = z.infer<typeof CheckRule>;

export const CheckResult = z.object({
  rule: CheckRule,
  name: z.string(),
  ok: z.boolean(),
  detail: z.string(),
  lines: z.array(z.number().int()),
});
export type CheckResult = z.infer<typeof CheckResult>;

/** Bodies the prose lists: internal divisions (处室) or subordinate units (下属单位), with the count it states. */
export const OrgListing = z.object({
  kind: z.enum(['internal', 'subordinate']),
  names: z.array(z.string().min(2)),
  count: z.number().int().nonnegative().optional(),
  /** The sentence that says so, where the disclosure states there are none (只有本级，没有其他二级预算单位). */
  said: z.string().optional(),
  source: Source,
});
export type OrgListing = z.infer<typeof OrgListing>;

/** The labels a project's narrative is written under in the templates. */
/** The template's section labels; 问题及原因 is a 决算 self-evaluation's 存在的问题及原因 of one project. */
export const SectionLabel = z.enum(['项目概况', '立项依据', '实施主体', '实施方案', '实施周期', '年度预算安排', '问题及原因']);
export type SectionLabel = z.infer<typeof SectionLabel>;

/** One labelled section of a project's narrative, as printed (六、年度预算安排：第一季度用款计划158.05万元…). */
export const ProjectSection = z.object({
  label: SectionLabel,
  text: z.string().min(1),
  /** The project the sections describe, where the overview names it. */
  project: z.string().optional(),
  source: Source,
});
export type ProjectSection = z.infer<typeof ProjectSection>;

/** The date the assets reported stand at (截止时间：2019年12月31日), as the disclosure writes it. */
export const AssetsAsOf = z.object({ date: z.string().min(4), source: Source });
export type AssetsAsOf = z.infer<typeof AssetsAsOf>;

/** What the department says it is (…是…下属事业单位 / …的派出机关), quoted from its prose. */
export const SelfDescription = z.object({ text: z.string().min(1), source: Source });
export type SelfDescription = z.infer<typeof SelfDescription>;

export const FactBase = z.object({
  identity: Identity,
  amounts: z.array(Amount),
  counts: z.array(Count),
  statedCounts: z.array(StatedCount),
  executions: z.array(ExecutionStatement),
  statedAmounts: z.array(StatedAmount),
  duties: z.array(Duty),
  units: z.array(OrgUnit),
  orgListings: z.array(OrgListing),
  selfDescription: SelfDescription.optional(),
  overallGoal: z.object({ text: z.string(), source: Source }).optional(),
  subGoals: z.array(SubGoal),
  measures: z.array(z.object({ title: z.string(), text: z.string(), source: Source })),
  projectTables: z.array(ProjectTable),
  projectUses: z.array(z.string()),
  projectSections: z.array(ProjectSection),
  procurement: z.object({
    total: z.number().optional(),
    subtotals: z.array(ProcurementSubtotal),
    items: z.array(ProcurementItem),
    source: Source.optional(),
  }),
  assets: z.array(AssetRow),
  assetsAsOf: AssetsAsOf.optional(),
  glossary: z.array(GlossaryTerm),
  absences: z.array(Absence),
  /** Section headings the template expects but this document lacks. */
  missingSections: z.array(z.string()),
  /** Every 公开表 found, read row by row (see schema/table.ts). */
  tables: z.array(Table),
  /** The classified lines the tables state (2010301 行政运行 …), each code once. */
  lineItems: z.array(LineItem),
  warnings: z.array(z.string()),
});
export type FactBase = z.infer<typeof FactBase>;
