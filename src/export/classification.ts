/**
 * A row's classifications as CSV fields and as FDP classification dimensions: code, name, level
 * and parent code for each scheme the table uses.
 */
import type { ClassificationScheme, RowClass } from '../schema/table.js';
import type { CsvValue } from './csv.js';
import type { Dimension, Field } from './descriptor.js';
import { CLASSIFICATION_TYPE, parentCode } from './vocabulary.js';

export const SCHEMES: ClassificationScheme[] = ['functional', 'economic', 'governmentEconomic', 'income'];

const SCHEME_TITLE: Record<ClassificationScheme, string> = {
  functional: '支出功能分类',
  economic: '部门支出经济分类',
  governmentEconomic: '政府支出经济分类',
  income: '收入分类',
};

export function schemeFields(scheme: ClassificationScheme): Field[] {
  const title = SCHEME_TITLE[scheme];
  return [
    { name: `${scheme}_code`, type: 'string', title: `${title}编码` },
    { name: `${scheme}_name`, type: 'string', title: `${title}名称` },
    { name: `${scheme}_level`, type: 'integer', title: `${title}级次`, description: '1 类, 2 款, 3 项' },
    { name: `${scheme}_parent`, type: 'string', title: `${title}上级编码`, description: 'The code cut to the previous level.' },
  ];
}

export function schemeCells(found: RowClass | undefined): CsvValue[] {
  if (!found) return [null, null, null, null];
  return [found.code, found.name, found.level, parentCode(found.code, found.level)];
}

export function classificationDimension(scheme: ClassificationScheme, resource: string): Dimension {
  const at = (source: string) => ({ source: `${scheme}_${source}`, resource });
  const classificationType = CLASSIFICATION_TYPE[scheme];
  return {
    title: SCHEME_TITLE[scheme],
    // `parent` names the attribute holding each code's parent, which is how the spec records a hierarchy.
    attributes: { code: { ...at('code'), parent: 'parent' }, name: { ...at('name'), labelfor: 'code' }, level: at('level'), parent: at('parent') },
    primaryKey: 'code',
    dimensionType: 'classification',
    ...(classificationType ? { classificationType } : {}),
  };
}
