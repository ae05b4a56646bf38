/**
 * Prose and tables together: a figure the prose states keeps its prose citation and carries the
 * table's statement of it beside (a check compares the two); a figure only a table states joins as
 * it is; a figure the prose only implied (derived) gives way to the table that states it.
 */
import type { Amount } from '../../schema/fact.js';

export function withTableFigures(prose: Amount[], tableFigures: Amount[]): Amount[] {
  // The first table to state a concept speaks for the tables.
  const fromTables = tableFigures.filter((t, i) => tableFigures.findIndex((x) => x.concept === t.concept) === i);
  const stated = prose.filter((a) => !a.derivation);
  const merged = stated.map((a) => {
    const t = fromTables.find((x) => x.concept === a.concept);
    return t ? { ...a, table: { value: t.value, statedUnit: t.statedUnit, source: t.source }, ...(t.fiscal ? { fiscal: t.fiscal } : {}) } : a;
  });
  const onlyInTables = fromTables.filter((t) => !stated.some((a) => a.concept === t.concept));
  const stillDerived = prose.filter((a) => a.derivation && !fromTables.some((t) => t.concept === a.concept));
  return [...merged, ...onlyInTables, ...stillDerived];
}
