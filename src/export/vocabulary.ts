/**
 * The fiscal vocabulary of a Chinese disclosure mapped to the Fiscal Data Package's: the money
 * unit a table states becomes a measure's factor, 预算/决算 its phase, the table kind or the
 * column header its direction, and a classification scheme the FDP classification type.
 */
import type { ClassificationScheme, Phase, TableColumn, TableKind, TableUnit } from '../schema/table.js';
import type { Direction, Dimension, FiscalPhase } from './descriptor.js';

/** How many 元 one unit of a table's values is. */
export const FACTOR: Record<NonNullable<TableUnit>, number> = { 元: 1, 万元: 10_000, 亿元: 100_000_000 };

/** 调整预算 is the spec's `adjusted` (a modified budget), not `approved`. */
export const FISCAL_PHASE: Record<Phase, FiscalPhase> = {
  预算: 'approved',
  年初预算: 'approved',
  调整预算: 'adjusted',
  决算: 'executed',
};

/** Tables that show both sides, income on the left and spending on the right. */
const MIXED: ReadonlySet<TableKind> = new Set(['收支总表', '财政拨款收支总表']);

/** Which way the money of a table kind flows where its column does not say; absent for mixed or non-money tables. */
const KIND_DIRECTION: Partial<Record<TableKind, Direction>> = {
  收入总表: 'revenue',
  支出总表: 'expenditure',
  财政拨款支出表: 'expenditure',
  财政拨款基本支出表: 'expenditure',
  一般公共预算支出表: 'expenditure',
  一般公共预算基本支出表: 'expenditure',
  三公经费表: 'expenditure',
  政府性基金: 'expenditure',
  国有资本经营: 'expenditure',
  机关运行经费表: 'expenditure',
  项目支出表: 'expenditure',
  政府采购: 'expenditure',
};

function sideOf(column: TableColumn): Direction | undefined {
  const header = column.header.join('');
  const income = header.includes('收入');
  const spending = header.includes('支出');
  return income === spending ? undefined : income ? 'revenue' : 'expenditure';
}

/**
 * The column's own header decides first (本年收入, 上缴上级支出), then the table kind. A 收支总表
 * prints 收入 and 支出 side by side under headers like 收入项目 | 金额 | 支出项目 | 金额, so there
 * a bare 金额 takes the side of the nearest column to its left that names one.
 */
export function directionOf(kind: TableKind, columns: TableColumn[], index: number): Direction | undefined {
  const own = sideOf(columns[index]!);
  if (own) return own;
  if (!MIXED.has(kind)) return KIND_DIRECTION[kind];
  for (let i = index - 1; i >= 0; i--) {
    const side = sideOf(columns[i]!);
    if (side) return side;
  }
  return undefined;
}

/** 政府支出经济分类 is an economic classification too; the FDP has no type for 收入分类. */
export const CLASSIFICATION_TYPE: Record<ClassificationScheme, Dimension['classificationType']> = {
  functional: 'functional',
  economic: 'economic',
  governmentEconomic: 'economic',
  income: undefined,
};

/** Code width at each level: 类 3 digits, then 2 more for each of 款, 项 and below (201 › 20103 › 2010301). */
const widthAt = (level: number) => 3 + 2 * (level - 1);

/** The code one level up, cut to that level's width: 2010301 → 20103 → 201; a 类 has none. */
export function parentCode(code: string, level: number): string | null {
  return level > 1 ? code.slice(0, widthAt(level - 1)) : null;
}
