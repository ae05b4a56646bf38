/**
 * Which attributes a named thing can have, so that one it lacks is answered as not given — with what
 * the disclosure does give about the thing — rather than with another figure in its place.
 */
import type { Attribute } from '../intent/operation.js';
import type { Entity } from '../search/entities.js';

/** How an attribute is named in a reply. */
export const ATTRIBUTE_NAMES: Partial<Record<Attribute, [string, string]>> = {
  unitPrice: ['单价', 'unit price'],
  quantity: ['数量', 'quantity'],
  indicator: ['绩效指标', 'performance indicators'],
  score: ['自评得分', 'self-evaluation score'],
  people: ['人数或岗位数', 'number of people or posts'],
  time: ['时间', 'date or time'],
};

/** Words that ask for an attribute and may stand in a thing's own name. */
const OWN_WORD: Partial<Record<Attribute, RegExp>> = { indicator: /绩效|指标|目标|满意/, score: /评分|得分/, quantity: /数量/, unitPrice: /单价|价格/ };

/** The attribute asked that this thing cannot have, if any. */
export function lackedAttribute(entity: Entity, asked: Attribute, unitAsked: string | undefined): Attribute | undefined {
  // 绩效工资 names a line, not an indicator: the asking word may be the thing's own.
  if (OWN_WORD[asked]?.test(entity.name)) return undefined;
  switch (entity.kind) {
    case 'lineItem':
    case 'execution':
      // A classified line is an amount: it has no price, count, headcount, indicator or score.
      return ['unitPrice', 'quantity', 'indicator', 'score', 'people', 'time'].includes(asked) ? asked : undefined;
    case 'table':
      // A project's table has indicators; a count or price only where an indicator is counted in that unit.
      if (asked === 'score') return entity.table.total ? undefined : asked;
      // A price is a cost row's (2.985 元/立方米), not a count's (≥27000套).
      if (asked === 'quantity' && !unitAsked) return entity.table.rows.some((r) => /成本|单价|数量/.test(r.level2 + r.level3)) ? undefined : asked;
      if (asked === 'unitPrice' && !unitAsked) return entity.table.rows.some((r) => /成本|单价/.test(r.level2 + r.level3) || /元\//.test(r.description)) ? undefined : asked;
      return undefined;
    case 'procItem':
      return asked === 'score' || ((asked === 'quantity' || asked === 'unitPrice') && entity.item[asked] === undefined) ? asked : undefined;
    // A table laid out by 采购品目大类 states no quantity or price of any row.
    case 'procProject':
      return asked === 'score' || ((asked === 'quantity' || asked === 'unitPrice') && entity.items.every((i) => i[asked] === undefined)) ? asked : undefined;
    case 'procUnit':
      return asked === 'score' ? asked : undefined;
    default:
      return undefined;
  }
}
