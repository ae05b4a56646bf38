/**
 * Key figures that the 公开表 state, read through the label grammar of the prose: a row named by a
 * concept (一、一般公共预算拨款收入 50,665.496773), a column of a total row (合计 › 基本支出), or the total
 * of a table that is about one concept (the 合计 of a 三公经费表). Prose wins where it states the same
 * figure (document.ts); these fill what the prose leaves out, and a check compares the two.
 */
import type { ConceptKey } from '../../schema/concept.js';
import type { Amount, StatedAmount } from '../../schema/fact.js';
import { TableKind, type Table, type TableRow } from '../../schema/table.js';
import { columnPhase, lineNumberColumns, mainColumn, numericColumns, toWan } from './columns.js';
import { bareLabel, conceptOfLabel } from './labelConcept.js';
import { labelValuePairs, rowSource } from './rows.js';

/** The concept a table's grand total stands for, where the table is about one concept. */
const TABLE_TOTAL: Partial<Record<TableKind, ConceptKey>> = {
  三公经费表: 'sangong.total',
  机关运行经费表: 'admin',
  政府采购: 'procurement.total',
  政府购买服务: 'purchasedServices',
  项目支出表: 'expense.project',
  一般公共预算基本支出表: 'expense.basic',
  一般公共预算支出表: 'expense.general',
  财政拨款支出表: 'expense.fiscal',
};

/**
 * Tables whose rows name budget concepts: all money tables but procurement, performance and asset
 * tables, whose row named 日常公用经费 is a funding source, not the concept.
 */
const NOT_SUMMARY: TableKind[] = ['政府采购', '政府购买服务', '项目绩效目标表', '整体绩效目标表', '绩效自评表', '资产', 'unknown'];
const SUMMARY_KINDS = new Set(TableKind.options.filter((kind) => !NOT_SUMMARY.includes(kind)));

const TOTAL_ROW = /^(?:合计|总计|本年合计)$/;
const SUBTOTAL = /^小计$/;

/** A 政府采购 table by 采购类别 (A-货物 3,887.17 / C-服务 5,177.88): each class row is that part of procurement. */
const PROCUREMENT_CLASSES: [RegExp, ConceptKey][] = [
  [/^(?:A[-－—])?货物类?$/, 'procurement.goods'],
  [/^(?:B[-－—])?工程类?$/, 'procurement.works'],
  [/^(?:C[-－—])?服务类?$/, 'procurement.services'],
];

interface Found {
  amount: Amount;
  /** 总计 (all funds, carry-over included) outranks 合计 of the same concept. */
  grand: boolean;
}

/**
 * The concept a table's total stands for, where its title names that concept alone: a
 * “三公”经费、会议费、培训费支出预算表 totals three concepts together, so its total is none of them.
 */
function tableTotalConcept(table: Table): ConceptKey | undefined {
  // Budget and actual side by side under group headings: which figure is the actual the header alone does not settle.
  if (new Set(table.columns.map((c) => columnPhase(c, table))).size > 1) return undefined;
  const named = table.title.replace(/^\d{4}年度?/, '').split(/[、和及与]/).filter((part) => conceptOfLabel(part.replace(/(?:支出)?(?:预算|决算)?(?:明细)?表$/, '')));
  return named.length > 1 ? undefined : TABLE_TOTAL[table.kind];
}

/** A table of one fund's spending: its figures are that fund's (一般公共预算基本支出表, 财政拨款支出表). */
const FISCAL_TITLE = /财政拨款|一般公共预算/;
/** Concepts a fund's table states apart from all funds' (基本支出 of the general budget alone). */
const SPLIT_BY_FUND: ConceptKey[] = ['expense.basic', 'expense.project', 'expense.personnel', 'expense.public'];

/**
 * The key figures of the tables, by concept; and `passedOver`: the 合计 a 总计 of the same concept outranks
 * where the two differ (本年支出合计 50,927.95 beside 支出总计 51,036.22, the carry-over between them), kept
 * under its own name so that a question naming it finds it. Each amount carries its fund's own figure
 * (fiscal) where a 一般公共预算/财政拨款 table states one apart from all funds'.
 */
export function tableAmounts(tables: Table[]): { amounts: Amount[]; passedOver: StatedAmount[] } {
  const found = new Map<ConceptKey, Found>();
  const fiscal = new Map<ConceptKey, NonNullable<Amount['fiscal']>>();
  const passedOver: StatedAmount[] = [];
  const keepApart = (kept: Amount, other: Amount) => {
    if (other.value !== kept.value && other.label !== kept.label && !passedOver.some((p) => p.label === other.label)) {
      passedOver.push({ label: other.label, value: other.value, statedUnit: other.statedUnit, source: other.source });
    }
  };
  const offer = (concept: ConceptKey | undefined, table: Table, row: TableRow, column: number, label: string) => {
    const cell = row.cells[column];
    if (!concept || !table.unit || cell?.value === null || cell?.value === undefined) return;
    const grand = /总计/.test(label);
    const earlier = found.get(concept);
    const phase = columnPhase(table.columns[column], table);
    // A 决算 figure is the actual; the 年初预算 beside it is kept only through the prose's own wording.
    if (table.phase === '决算' && phase !== '决算') return;
    const amount: Amount = { concept, label: bareLabel(label), value: toWan(cell.value, table.unit), statedUnit: table.unit === '元' ? '元' : '万元', source: rowSource(table, row) };
    if (SPLIT_BY_FUND.includes(concept) && FISCAL_TITLE.test(table.title) && !fiscal.has(concept)) {
      fiscal.set(concept, { value: amount.value, fund: /一般公共预算/.test(table.title) ? '一般公共预算' : '财政拨款', source: amount.source });
    }
    if (earlier && (earlier.grand || !grand)) {
      if (earlier.grand && !grand) keepApart(earlier.amount, amount);
      return;
    }
    if (earlier && grand) keepApart(amount, earlier.amount);
    found.set(concept, { grand, amount });
  };

  for (const table of tables) {
    const main = mainColumn(table);
    if (main === undefined) continue;
    for (const row of table.rows) {
      // A table about one concept printed as one row of figures (a 三公 table without a 合计 row) leads with its total.
      const first = numericColumns(table)[0];
      if (table.rows.length === 1 && !row.classes.length && first !== undefined) {
        const total = tableTotalConcept(table);
        offer(total, table, row, first, table.title);
        // …and, in a table about that one concept, each of its parts under a column named as one (公务接待费 1.18,
        // 公务用车运行维护费 27.42); a header run together over several columns names none for sure, nor the total again.
        const partOf = (concept: ConceptKey | undefined) => concept !== undefined && total !== undefined && concept !== total && concept.split('.')[0] === total.split('.')[0];
        // A 小计 under a group heading the next column carries (公务用车购置及运行维护费 › 小计 | … 运行维护费) is the group's own.
        const groupOf = (next: Table['columns'][number] | undefined) => (next && next.header.length > 1 ? next.header[0] : undefined);
        table.columns.forEach((column, i) => {
          const label = SUBTOTAL.test(column.name) ? groupOf(table.columns[i + 1]) : column.name;
          if (i !== first && label && partOf(conceptOfLabel(label))) offer(conceptOfLabel(label), table, row, i, label);
        });
      }
      if (!SUMMARY_KINDS.has(table.kind)) {
        if (TOTAL_ROW.test(bareLabel(row.label))) offer(tableTotalConcept(table), table, row, main, `${table.title}${row.label}`);
        const procurementClass = table.kind === '政府采购' ? PROCUREMENT_CLASSES.find(([pattern]) => pattern.test(bareLabel(row.label)))?.[1] : undefined;
        offer(procurementClass, table, row, main, `政府采购${bareLabel(row.label).replace(/^[A-C][-－—]/, '')}`);
        continue;
      }
      // A coded row is a classified line (30217 公务接待费 of the basic spending), not the concept's total.
      if (!row.classes.length) for (const pair of labelValuePairs(row, lineNumberColumns(table))) offer(conceptOfLabel(pair.label), table, row, pair.column, pair.label);
      if (!TOTAL_ROW.test(bareLabel(row.label))) continue;
      table.columns.forEach((column, i) => {
        const label = column.name;
        offer(conceptOfLabel(label) ?? conceptOfLabel(column.header.join('')), table, row, i, label);
      });
      offer(tableTotalConcept(table), table, row, main, `${table.title}${row.label}`);
    }
  }
  // The fund's own figure rides on the all-funds one where the two differ.
  const withFiscal = (a: Amount): Amount => {
    const own = fiscal.get(a.concept);
    return own && Math.abs(own.value - a.value) > 0.005 ? { ...a, fiscal: own } : a;
  };
  return { amounts: [...found.values()].map((f) => withFiscal(f.amount)), passedOver };
}
