/**
 * What a table is, from the words of its title, and which budget stage its figures belong to.
 * The rules go from the most specific words to the most general, so that 财政拨款收支总表 is not a
 * 收支总表 and 一般公共预算基本支出表 is not a 一般公共预算支出表; they name no template.
 */
import type { Phase, TableKind } from '../../schema/table.js';

const KINDS: [RegExp, TableKind][] = [
  [/自评/, '绩效自评表'],
  [/整体支出绩效|整体绩效/, '整体绩效目标表'],
  [/绩效目标/, '项目绩效目标表'],
  [/三公/, '三公经费表'],
  [/机关运行经费/, '机关运行经费表'],
  [/政府采购/, '政府采购'],
  [/政府购买服务/, '政府购买服务'],
  [/资产/, '资产'],
  [/政府性基金/, '政府性基金'],
  [/国有资本经营/, '国有资本经营'],
  [/财政拨款收(?:入)?支(?:出)?(?:预算|决算)?总(?:体情况)?表/, '财政拨款收支总表'],
  [/收(?:入)?支(?:出)?(?:预算|决算)?总(?:体情况)?表/, '收支总表'],
  [/收入(?:预算|决算)?(?:总|总体情况)?表/, '收入总表'],
  [/一般公共预算(?:财政拨款)?基本支出/, '一般公共预算基本支出表'],
  [/财政拨款基本支出/, '财政拨款基本支出表'],
  [/一般公共预算(?:财政拨款)?支出/, '一般公共预算支出表'],
  [/财政拨款支出/, '财政拨款支出表'],
  [/项目支出/, '项目支出表'],
  [/支出(?:预算|决算)?(?:总|总体情况)?表/, '支出总表'],
];

export function tableKind(title: string): TableKind {
  return KINDS.find(([pattern]) => pattern.test(title))?.[1] ?? 'unknown';
}

/** A table is 决算 when its title (or, for a bare title, the document) says so. */
export function tablePhase(title: string, documentIsFinal: boolean): Phase {
  if (/决算/.test(title)) return '决算';
  if (/预算/.test(title)) return '预算';
  return documentIsFinal ? '决算' : '预算';
}

/** A column's own stage, where its header names one: 年初预算数, 调整预算数, 决算数. */
export function columnPhase(header: string[]): Phase | undefined {
  const words = header.join('');
  if (/年初预算/.test(words)) return '年初预算';
  if (/调整(?:后)?预算|全年预算/.test(words)) return '调整预算';
  if (/决算/.test(words)) return '决算';
  return undefined;
}
