/** An indicator value as printed (`≥110 人`, `= 3台`, `不超标准`) read into comparator, number and unit. */
import type { IndicatorValue } from '../../schema/fact.js';
import { compact } from '../sourceText.js';

const VALUE = /^(≥|≤|>|<|=)?\s*(\d+(?:\.\d+)?)\s*(.*)$/;

export function parseIndicatorValue(raw: string): IndicatorValue {
  const m = compact(raw).match(VALUE);
  if (!m) return { raw };
  const unit = m[3];
  // A value like `3年` is numeric; one like `三年一换` or `提升政府形象` is kept as text only.
  if (unit.length > 6) return { raw };
  return {
    raw,
    ...(m[1] ? { comparator: m[1] as IndicatorValue['comparator'] } : {}),
    number: Number(m[2]),
    ...(unit ? { unit } : {}),
  };
}
