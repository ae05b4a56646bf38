/**
 * The general model of a disclosure's 公开表: every table of every disclosure is an instance of
 * `Table`, whatever its template. A table knows its kind, the unit it states, its columns (each
 * with the header words above it) and its rows of cells; a row may carry classification codes.
 * Each zod schema and its type share one name.
 */
import { z } from 'zod';
import { Change } from './change.js';
import { Source } from './source.js';

/** What a table is, read from its title. `unknown` keeps a table whose title names no known kind. */
export const TableKind = z.enum([
  '收支总表',
  '收入总表',
  '支出总表',
  '财政拨款收支总表',
  '财政拨款支出表',
  '财政拨款基本支出表',
  '一般公共预算支出表',
  '一般公共预算基本支出表',
  '三公经费表',
  '政府性基金',
  '国有资本经营',
  '机关运行经费表',
  '项目支出表',
  '政府采购',
  '政府购买服务',
  '项目绩效目标表',
  '整体绩效目标表',
  '绩效自评表',
  '资产',
  'unknown',
]);
export type TableKind = z.infer<typeof TableKind>;

/** The money unit a table states (金额单位：万元). `null` where the table states none. */
export const TableUnit = z.enum(['元', '万元', '亿元']).nullable();
export type TableUnit = z.infer<typeof TableUnit>;

/** Which stage of the budget a figure belongs to. */
export const Phase = z.enum(['预算', '年初预算', '调整预算', '决算']);
export type Phase = z.infer<typeof Phase>;

/**
 * The classification a code belongs to: 支出功能分类 (201 › 20103 › 2010301), 部门支出经济分类
 * (301 › 30101) and 政府支出经济分类 (501 › 50101), and 收入分类 where a table has it.
 */
export const ClassificationScheme = z.enum(['functional', 'economic', 'governmentEconomic', 'income']);
export type ClassificationScheme = z.infer<typeof ClassificationScheme>;

/** One classification of a row: `2010301 行政运行` is functional, level 3 (类 1, 款 2, 项 3). */
export const RowClass = z.object({
  scheme: ClassificationScheme,
  code: z.string().regex(/^\d{3,9}$/),
  name: z.string(),
  level: z.number().int().min(1).max(4),
});
export type RowClass = z.infer<typeof RowClass>;

/** A column: its header words from top to bottom (`本年收入` › `一般公共预算资金`) and the name they make. */
export const TableColumn = z.object({
  header: z.array(z.string()),
  /** The most specific header word, e.g. 基本支出; unique within the table where the header allows. */
  name: z.string(),
  phase: Phase.optional(),
});
export type TableColumn = z.infer<typeof TableColumn>;

/** A cell as printed and, where it is a number, its value in the table's unit (blank and `—` are null). */
export const TableCell = z.object({
  text: z.string(),
  value: z.number().nullable(),
});
export type TableCell = z.infer<typeof TableCell>;

export const TableRow = z.object({
  /** The row's own name (行政运行, 基本工资, 合计); the last classification's name where codes are given. */
  label: z.string(),
  /** The classifications the row carries, most general scheme first (a 支出总表 row may carry three). */
  classes: z.array(RowClass),
  /** One cell per column, in column order; a row shorter than the header has blank cells. */
  cells: z.array(TableCell),
  /** The row's first line; `lines` lists every line its wrapped cells span. */
  source: Source,
  lines: z.array(z.number().int().positive()),
});
export type TableRow = z.infer<typeof TableRow>;

export const Table = z.object({
  kind: TableKind,
  /** The title as printed, compacted: 一般公共预算基本支出表. */
  title: z.string(),
  /** The printed number where there is one: 公开06表, 预算06表. */
  number: z.string().optional(),
  unit: TableUnit,
  /** The phase of the table's money columns unless a column says otherwise. */
  phase: Phase,
  columns: z.array(TableColumn),
  rows: z.array(TableRow),
  /** The title line. */
  source: Source,
  /** First and last line of the table, the title through its last row. */
  span: z.object({ from: z.number().int().positive(), to: z.number().int().positive() }),
  /** The table says 本表为空表 / 无数据 (it may still print values: a check flags that). */
  declaredEmpty: z.boolean(),
  /** Lines of the table that could not be aligned to its columns, kept as text. */
  unaligned: z.array(z.object({ line: z.number().int().positive(), text: z.string() })),
});
export type Table = z.infer<typeof Table>;

/**
 * One classified line of the budget (2010301 行政运行, 30201 办公费), read from the table that
 * states it most completely: its amount in 万元, the other money columns of its row, and its parent.
 */
export const LineItem = z.object({
  scheme: ClassificationScheme,
  code: z.string().regex(/^\d{3,9}$/),
  name: z.string().min(1),
  level: z.number().int().min(1).max(4),
  /** The code one level up (2010301 → 20103), where the code has one. */
  parent: z.string().optional(),
  /** The row's main amount (合计, or 决算数 in a 决算), in 万元. */
  value: z.number(),
  /** The cell as printed, in the table's own unit. */
  printed: z.string(),
  statedUnit: z.enum(['元', '万元', '亿元']),
  phase: Phase,
  /** The row's other money columns (基本支出, 项目支出, 年初预算 …), in 万元. */
  breakdown: z.array(z.object({ column: z.string(), value: z.number(), phase: Phase.optional() })),
  /** The same line in a 一般公共预算/财政拨款 table, where the line was read from an all-funds table. */
  fiscal: z.object({ value: z.number(), source: Source }).optional(),
  /** How the figure was computed where no row states it: the rows of a crossed table added up. */
  derivation: z.string().optional(),
  /** The share the prose states right after the line's figure (一般公共服务支出（类）2106.66万元，占71.73%), in %. */
  statedShare: z.number().optional(),
  /** The change against last year the prose states for the line (社会保障和就业支出…与上年相比减少539.73万元), with its reason. */
  change: Change.optional(),
  /** The table it was read from; absent for a line the prose states (2010301一般公共服务支出-…-行政运行40,051,558.64元). */
  table: z.object({ title: z.string(), kind: TableKind, number: z.string().optional() }).optional(),
  source: Source,
});
export type LineItem = z.infer<typeof LineItem>;
