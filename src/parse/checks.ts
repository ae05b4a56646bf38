/**
 * Consistency checks run at load time. A failure is a warning shown to users, never a reason to
 * refuse loading: real disclosures contain errors, and the bot should point at them.
 */
import type { ConceptKey } from '../schema/concept.js';
import type { Amount, CheckResult, CheckRule, FactBase } from '../schema/fact.js';
import { round2 } from './keyFacts.js';
import type { SourceText } from './sourceText.js';
import { childrenSumChecks, halfUnit, proseTableChecks } from './tableChecks.js';

const TOLERANCE = 0.011;

const OTHER_INCOME: ConceptKey[] = ['income.superior', 'income.business', 'income.operating', 'income.affiliated', 'income.other'];

/** 财政拨款收入 is one part, or, where the text gives only its parts, 一般公共预算 and 政府性基金. */
function incomeParts(facts: FactBase): ConceptKey[] {
  const fiscal: ConceptKey[] = facts.amounts.some((a) => a.concept === 'income.fiscal') ? ['income.fiscal'] : ['income.general', 'income.govfund'];
  return [...fiscal, ...OTHER_INCOME];
}

function sumCheck(rule: CheckRule, name: string, parts: Amount[], total: Amount | undefined): CheckResult | undefined {
  if (!total || parts.length < 2 || total.derivation) return undefined;
  const sum = round2(parts.reduce((s, p) => s + p.value, 0));
  // Each figure is rounded as printed (whole 万元 in some narratives): the sum may be off by their half-units.
  const tolerance = Math.max(TOLERANCE, [...parts, total].reduce((t, p) => t + halfUnit(p.value), 0));
  const ok = Math.abs(sum - total.value) <= tolerance;
  return {
    rule,
    name,
    ok,
    detail: `${parts.map((p) => `${p.label} ${p.value}`).join(' + ')} = ${sum} ${ok ? '=' : '≠'} ${total.label} ${total.value}`,
    lines: [...new Set([...parts.map((p) => p.source.line), total.source.line])],
  };
}

/** Parts = total, or, where the total is a 总计, parts plus the balance carried over (上年结转 / 年终结转结余). */
function withCarry(rule: CheckRule, name: string, parts: Amount[], carried: Amount | undefined, total: Amount | undefined): CheckResult | undefined {
  const plain = sumCheck(rule, name, parts, total);
  if (plain?.ok || !carried) return plain;
  return sumCheck(rule, `${name}（含${carried.label}）`, [...parts, carried], total) ?? plain;
}

function equalCheck(rule: CheckRule, name: string, a: Amount | undefined, b: Amount | undefined): CheckResult | undefined {
  if (!a || !b || a.derivation || b.derivation) return undefined;
  const ok = Math.abs(a.value - b.value) < TOLERANCE;
  return { rule, name, ok, detail: `${a.label} ${a.value} ${ok ? '=' : '≠'} ${b.label} ${b.value}`, lines: [a.source.line, b.source.line] };
}

/** Whether a figure is stated for 一般公共预算 / 财政拨款 money only, by the section or table it stands in. */
const fiscalOnly = (a: Amount) => /一般公共预算|财政拨款/.test(`${a.source.section ?? ''}${a.table?.source.section ?? ''}`);

/**
 * Whether parts and total are of the same money: 人员经费 and 公用经费 from the 一般公共预算 基本支出 table
 * do not add up to 基本支出 of all funds, and saying they fail to would tell users of an error that is not there.
 */
function sameFunds(parts: Amount[], total: Amount | undefined): boolean {
  return !total || parts.every((p) => fiscalOnly(p) === fiscalOnly(total));
}

export function runChecks(facts: FactBase, texts: SourceText[]): CheckResult[] {
  const get = (concept: ConceptKey) => facts.amounts.find((a) => a.concept === concept);
  const all = (concepts: ConceptKey[]) => concepts.map(get).filter((a): a is Amount => !!a);
  const results: (CheckResult | undefined)[] = [
    withCarry('income-parts-sum', '收入各项之和等于收入合计', all(incomeParts(facts)), get('income.carryover'), get('income.total')),
    // In a 决算 this year's income and spending differ by the year's balance; only the 总计 match.
    facts.identity.kind === '决算' && /本年/.test(`${get('income.total')?.label}${get('expense.total')?.label}`) ? undefined : equalCheck('income-equals-expense', '收入等于支出', get('income.total'), get('expense.total')),
    withCarry('basic-plus-project', '基本支出 + 项目支出 = 支出合计', all(['expense.basic', 'expense.project', 'expense.reserve']), get('expense.carryForward'), get('expense.total')),
    sameFunds(all(['expense.personnel', 'expense.public']), get('expense.basic')) ? sumCheck('personnel-plus-public', '人员经费 + 公用经费 = 基本支出', all(['expense.personnel', 'expense.public']), get('expense.basic')) : undefined,
    sumCheck('sangong-parts-sum', '三公经费各项之和等于合计', all(['sangong.abroad', 'sangong.vehicle', 'sangong.reception']), get('sangong.total')),
    sumCheck('vehicle-parts-sum', '公务用车购置费 + 运行维护费 = 公务用车购置及运行费', all(['sangong.vehiclePurchase', 'sangong.vehicleOperation']), get('sangong.vehicle')),
    equalCheck('fiscal-total-equals-income', '财政拨款收支总计与财政拨款收入一致', get('fiscal.total'), get('income.fiscal')),
    ...procurementChecks(facts),
    ...texts.flatMap(emptyTableChecks),
    ...proseTableChecks(facts),
    ...childrenSumChecks(facts.tables),
  ];
  return results.filter((r): r is CheckResult => !!r);
}

function procurementChecks(facts: FactBase): CheckResult[] {
  const { items, subtotals, total, source } = facts.procurement;
  if (!items.length) return [];
  const sumOf = (rows: typeof items) => round2(rows.reduce((s, r) => s + r.amount, 0));
  const out: CheckResult[] = subtotals.map((sub) => {
    const sum = sumOf(items.filter((i) => i.unit === sub.unit));
    const ok = Math.abs(sum - sub.amount) < TOLERANCE;
    return { rule: 'procurement-unit-subtotal', name: `政府采购明细之和等于${sub.unit}小计`, ok, detail: `明细合计 ${sum} ${ok ? '=' : '≠'} 小计 ${sub.amount}`, lines: [sub.source.line] };
  });
  if (total !== undefined) {
    const sum = sumOf(items);
    const ok = Math.abs(sum - total) < TOLERANCE;
    out.push({ rule: 'procurement-total', name: '政府采购明细之和等于合计', ok, detail: `明细合计 ${sum} ${ok ? '=' : '≠'} 合计 ${total}`, lines: source ? [source.line] : [] });
  }
  const projects = new Map<string, typeof items>();
  for (const item of items) projects.set(item.project, [...(projects.get(item.project) ?? []), item]);
  for (const [project, rows] of projects) {
    if (rows.length < 2) continue;
    const sum = sumOf(rows);
    const funds = rows[0].projectFunds;
    if (funds === undefined) continue;
    const ok = sum <= funds + TOLERANCE;
    out.push({
      rule: 'procurement-within-project',
      name: `${project}采购明细不超过项目预算资金`,
      ok,
      detail: `${rows.length} 行合计 ${sum} ${Math.abs(sum - funds) < TOLERANCE ? '=' : ok ? '<' : '>'} 预算资金 ${funds}`,
      lines: rows.map((r) => r.source.line),
    });
  }
  return out;
}

/** A table noted 本表为空表 that nevertheless carries non-zero figures contradicts itself. */
function emptyTableChecks(text: SourceText): CheckResult[] {
  const out: CheckResult[] = [];
  text.lines.forEach((raw, i) => {
    if (!/本表为空表/.test(raw)) return;
    const above = text.lines.slice(Math.max(0, i - 12), i);
    const figures = above.flatMap((l) => l.match(/\d+(?:,\d{3})*(?:\.\d+)?/g) ?? []).map((n) => Number(n.replace(/,/g, '')));
    const nonZero = figures.filter((n) => n > 0 && n < 1e9 && !(n >= 1900 && n <= 2100 && Number.isInteger(n)));
    out.push({
      rule: 'empty-table-has-values',
      name: '标注为空表的表格没有数值',
      ok: nonZero.length === 0,
      detail: nonZero.length ? `第${i + 1}行注明本表为空表，但表中有数值 ${nonZero.slice(0, 6).join('、')}` : '空表确无数值',
      lines: [i + 1],
    });
  });
  return out;
}
