/**
 * The figures of a fact base as `kind:name` → value, for comparing the facts read from a published
 * original (PDF, HTML) with those read from its text twin: sources and line numbers differ between
 * the two by nature, the figures must not.
 */
import type { FactBase } from '../src/schema/fact.js';

export function factFigures(f: FactBase): Map<string, string> {
  const out = new Map<string, string>();
  const put = (key: string, value: unknown) => {
    // A second fact under one key is numbered, so that neither hides the other.
    let k = key;
    for (let n = 2; out.has(k); n++) k = `${key} #${n}`;
    out.set(k, typeof value === 'string' ? value : JSON.stringify(value));
  };
  for (const a of f.amounts) put(`amount:${a.concept}`, [a.value, a.change?.amount ?? null, a.budgeted ?? null]);
  for (const c of f.counts) put(`count:${c.concept}`, [c.value, c.unit]);
  for (const c of f.statedCounts) put(`statedCount:${c.label}`, [c.value, c.unit]);
  for (const e of f.executions) put(`execution:${e.name}`, [e.budgeted, e.actual]);
  for (const s of f.statedAmounts) put(`statedAmount:${s.label}`, s.value);
  for (const i of f.procurement.items) put(`procurement:${i.item}`, [i.project, i.quantity, i.amount]);
  if (f.procurement.total !== undefined) put('procurement:total', f.procurement.total);
  for (const t of f.projectTables) {
    put(`projectTable:${t.project}`, [t.rows.length, t.funds ?? null, t.total?.score ?? null]);
    for (const r of t.rows) put(`indicator:${t.project}:${r.level3}`, [r.value.raw, r.actual?.raw ?? null, r.score ?? null]);
  }
  // A line's columns each on their own: a line the prose states (住房保障支出（类）445.69万元) has none of the
  // columns a table row of it has, and holds the same figure.
  for (const i of f.lineItems) {
    put(`lineItem:${i.scheme}:${i.code}`, i.value);
    for (const b of i.breakdown) put(`lineItem:${i.scheme}:${i.code}:${b.column}`, b.value);
  }
  for (const a of f.assets) put(`asset:${a.name}`, [a.quantity, a.value]);
  for (const g of f.glossary) put(`glossary:${g.term}`, g.definition.length > 0);
  for (const a of f.absences) put(`absence:${a.subject}`, true);
  for (const d of f.duties) put(`duty:${d.index}`, true);
  for (const u of f.units) put(`unit:${u.name}`, true);
  for (const g of f.subGoals) put(`subGoal:${g.name}`, g.indicators.length);
  put('identity', [f.identity.department, f.identity.year, f.identity.kind]);
  return out;
}

/** Figures of `twin` that `original` lacks or states otherwise: `key: twin value ≠ original value`. */
export function missingFigures(twin: FactBase, original: FactBase): string[] {
  const got = factFigures(original);
  return [...factFigures(twin)].filter(([k, v]) => got.get(k) !== v).map(([k, v]) => `${k}: ${v} ≠ ${got.get(k) ?? '—'}`);
}
