/**
 * Checks that need the tables: a figure that prose and a table both state agrees within the
 * rounding of the less precise one (2 decimals of 万元 against 6, or 元), and in each table the rows
 * under a classification code add up to that code's row.
 */
import type { CheckResult, FactBase } from '../schema/fact.js';
import type { Table, TableRow } from '../schema/table.js';
import { mainColumn } from './fromTables/columns.js';
import { sideBySide } from './fromTables/lineItems.js';

/** Half a unit of the last decimal a figure shows: 46.21 is 46.21 ± 0.005. */
export function halfUnit(value: number): number {
  const decimals = (String(value).split('.')[1] ?? '').length;
  return 0.5 * 10 ** -decimals + 1e-9;
}

export function proseTableChecks(facts: FactBase): CheckResult[] {
  return facts.amounts.flatMap((a) => {
    if (!a.table) return [];
    const ok = Math.abs(a.value - a.table.value) <= Math.max(halfUnit(a.value), halfUnit(a.table.value));
    return [{
      rule: 'prose-equals-table' as const,
      name: `${a.label}：正文与表格一致`,
      ok,
      detail: `正文 ${a.label} ${a.value} 万元 ${ok ? '=' : '≠'} 表格 ${a.table.value} 万元`,
      lines: [a.source.line, a.table.source.line],
    }];
  });
}

/** Failures listed in one table's check at most. */
const MAX_LISTED = 3;

/** Tables of figures by classification; a performance or procurement table's codes add up to nothing. */
const CLASSIFIED = /支出|收入|三公|基金|国有资本|机关运行/;

export function childrenSumChecks(tables: Table[]): CheckResult[] {
  return tables.filter((t) => CLASSIFIED.test(t.kind) && !/绩效|自评/.test(t.kind)).flatMap((table) => {
    const main = mainColumn(table);
    if (main === undefined) return [];
    const valueOf = (row: TableRow) => row.cells[main]?.value ?? 0;
    const failures: { row: TableRow; sum: number }[] = [];
    let checked = 0;
    for (const row of table.rows) {
      const own = row.classes.at(-1);
      if (!own || sideBySide(row) || row.cells[main]?.value === null || row.cells[main]?.value === undefined) continue;
      const children = table.rows.filter((r) => {
        const c = r.classes.at(-1);
        return c && !sideBySide(r) && c.scheme === own.scheme && c.code.length > own.code.length && c.code.startsWith(own.code) && c.level === own.level + 1 && r.classes.length === row.classes.length;
      });
      if (!children.length) continue;
      checked++;
      const sum = children.reduce((s, r) => s + valueOf(r), 0);
      const tolerance = (children.length + 1) * Math.max(...[row, ...children].map((r) => halfUnit(valueOf(r))));
      if (Math.abs(sum - valueOf(row)) > tolerance) failures.push({ row, sum });
    }
    if (!checked) return [];
    const listed = failures.slice(0, MAX_LISTED).map((f) => `${f.row.classes.at(-1)?.code} ${f.row.label} ${valueOf(f.row)} ≠ 下级之和 ${Number(f.sum.toFixed(6))}`);
    return [{
      rule: 'children-sum-to-parent' as const,
      name: `${table.number ?? table.title}：下级科目之和等于上级`,
      ok: failures.length === 0,
      detail: failures.length ? `${failures.length} 处不等：${listed.join('；')}` : `${checked} 个上级科目均等于下级之和`,
      lines: failures.length ? failures.map((f) => f.row.source.line) : [table.source.line],
    }];
  });
}
