/** The figure a named thing carries, for shares of one thing in another. */
import type { NamedFigure } from '../answer/share.js';
import type { Entity } from '../search/entities.js';

/** The money figure a named thing carries, for shares: a unit's procurement subtotal, a row's amount, an asset's value. */
export function entityFigure(entity: Entity): NamedFigure | undefined {
  switch (entity.kind) {
    case 'procUnit':
      return { name: `${entity.name}政府采购`, value: entity.subtotal.amount, source: entity.subtotal.source };
    // A project's purchases, the figure a question about its money meets first where no table states its funds.
    case 'procProject':
      return { name: `${entity.name}政府采购`, value: Number(entity.items.reduce((sum, item) => sum + item.amount, 0).toFixed(6)), source: entity.items[0].source };
    case 'procItem':
      return { name: entity.name, value: entity.item.amount, source: entity.item.source };
    case 'asset':
      return entity.row.value === null ? undefined : { name: entity.name, value: entity.row.value, source: entity.row.source };
    case 'table':
      return entity.table.funds === undefined ? undefined : { name: entity.name, value: entity.table.funds, source: entity.table.source };
    case 'execution':
      return { name: entity.name, value: entity.statement.actual, source: entity.statement.source };
    // 授予中小企业合同 1820.69 万元: a figure the prose states under a label of its own.
    case 'statedAmount':
      return { name: entity.name, value: entity.amount.value, source: entity.amount.source };
    default:
      return undefined;
  }
}
