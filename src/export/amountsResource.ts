/**
 * The key amounts of every document (预算总额, 三公经费, 机关运行经费 …) as one CSV resource.
 * The fact base keeps them in 万元, so both measures have factor 10000. A 预算 states approved
 * figures; a 决算 states executed ones beside the 年初预算 they are compared with, so a record
 * has an `approved` and an `executed` column and each becomes a measure of its own phase.
 */
import type { Amount, FactBase } from '../schema/fact.js';
import type { CsvValue } from './csv.js';
import type { Direction, Field, Model } from './descriptor.js';
import { csvResource, type CsvResource } from './resource.js';
import { FACTOR } from './vocabulary.js';

export const AMOUNTS_NAME = 'key-amounts';
const KEY = 'key_amounts';

const FIELDS: Field[] = [
  { name: 'document', type: 'string', title: '文件' },
  { name: 'department', type: 'string', title: '部门' },
  { name: 'year', type: 'integer', title: '年度' },
  { name: 'kind', type: 'string', title: '类别', description: '预算, 单位预算 or 决算' },
  { name: 'concept', type: 'string', title: '概念', description: 'budget-bot concept key (knowledge/concepts.json)' },
  { name: 'label', type: 'string', title: '名称', description: "The document's own wording." },
  { name: 'direction', type: 'string', title: '收支', description: 'revenue, expenditure, or empty for totals and assets' },
  { name: 'approved', type: 'number', title: '预算数（万元）' },
  { name: 'executed', type: 'number', title: '决算数（万元）' },
  { name: 'stated_unit', type: 'string', title: '原文单位' },
  { name: 'derivation', type: 'string', title: '推算', description: 'The arithmetic, where the figure was computed rather than read.' },
  { name: 'change_direction', type: 'string', title: '较上年' },
  { name: 'change_amount', type: 'number', title: '较上年增减（万元）' },
  { name: 'change_rate', type: 'number', title: '较上年增减率（%）' },
  { name: 'source_doc', type: 'string', title: '来源文件' },
  { name: 'source_line', type: 'integer', title: '来源行' },
  { name: 'source_quote', type: 'string', title: '原文' },
];

/** income.* is revenue; spending concepts are expenditure; totals (收支总计) and assets are neither. */
function directionOf(amount: Amount): Direction | null {
  const [family] = amount.concept.split('.');
  if (family === 'income') return 'revenue';
  if (family === 'budget' || family === 'fiscal' || family === 'assets' || family === 'perf') return null;
  return 'expenditure';
}

function record(facts: FactBase, amount: Amount): CsvValue[] {
  const { identity } = facts;
  const executed = identity.kind === '决算';
  return [
    identity.id,
    identity.department,
    identity.year,
    identity.kind,
    amount.concept,
    amount.label,
    directionOf(amount),
    executed ? (amount.budgeted ?? null) : amount.value,
    executed ? amount.value : null,
    amount.statedUnit,
    amount.derivation ?? null,
    amount.change?.direction ?? null,
    amount.change?.amount ?? null,
    amount.change?.rate ?? null,
    amount.source.doc,
    amount.source.line,
    amount.source.quote,
  ];
}

export function amountsResource(facts: FactBase[]): CsvResource & Model {
  const resource = AMOUNTS_NAME;
  const at = (source: string) => ({ source, resource });
  const money = { resource, currency: 'CNY', factor: FACTOR['万元'] } as const;
  return {
    ...csvResource(
      { name: resource, path: 'data/key-amounts.csv', title: '主要金额', description: 'Key amounts stated by each document, in 万元.' },
      FIELDS,
      facts.flatMap((f) => f.amounts.map((a) => record(f, a))),
    ),
    measures: {
      [`${KEY}_approved`]: { ...money, source: 'approved', phase: 'approved', title: '预算数' },
      [`${KEY}_executed`]: { ...money, source: 'executed', phase: 'executed', title: '决算数' },
    },
    dimensions: {
      [`${KEY}_department`]: {
        title: '部门',
        attributes: { name: at('department') },
        primaryKey: 'name',
        dimensionType: 'classification',
        classificationType: 'administrative',
      },
      [`${KEY}_year`]: { title: '年度', attributes: { year: at('year') }, primaryKey: 'year', dimensionType: 'datetime' },
      [`${KEY}_concept`]: {
        title: '概念',
        attributes: { concept: at('concept'), label: { ...at('label'), labelfor: 'concept' }, direction: at('direction') },
        primaryKey: 'concept',
        dimensionType: 'other',
      },
      [`${KEY}_document`]: { title: '文件', attributes: { document: at('document'), kind: at('kind') }, primaryKey: 'document', dimensionType: 'fact' },
    },
  };
}
