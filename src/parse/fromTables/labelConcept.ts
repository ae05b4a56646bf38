/**
 * A table's row or column label read through the same label grammar as the prose: 一、一般公共预算拨款收入
 * is income.general, 本年支出合计 is expense.total, “三公”经费 is sangong.total. The whole label must
 * be the label (no more than its qualifiers), so 其他交通费用 is no concept.
 */
import type { ConceptKey } from '../../schema/concept.js';
import { LABEL_RULES, QUALIFIER } from '../labels.js';
import { compact } from '../sourceText.js';

const WHOLE_LABELS = LABEL_RULES.filter((rule) => !rule.countUnit).map((rule) => ({ concept: rule.concept, regex: new RegExp(`^(?:${rule.pattern})${QUALIFIER}$`) }));

/** 一、 / （一） / 1. / 1、 before a row's name: its place in the table, not its name. */
const ORDINAL = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d))/;

/** The label as a name: compacted, without its ordinal or quotes. */
export function bareLabel(label: string): string {
  return compact(label).replace(ORDINAL, '').replace(/["“”]/g, '').replace(LEADING_WORDS, '');
}

/** 其中： / 预算数 / 本年 before a column's own name: the group it sits under, not its name. */
const LEADING_WORDS = /^(?:其中[:：]?|预算数|决算数)/;

export function conceptOfLabel(label: string): ConceptKey | undefined {
  // (bareLabel drops the ordinal and group words: 预算数人员经费 is 人员经费.)
  const bare = bareLabel(label);
  return bare ? WHOLE_LABELS.find((l) => l.regex.test(bare))?.concept : undefined;
}
