/**
 * Honest refusals: `answered` is false, the reply says what the loaded disclosures do and do not
 * cover, and offers questions that work. Never a made-up number.
 */
import type { Identity } from '../schema/fact.js';
import { sourceLines, splitSources, type Answer } from './answer.js';

export type RefusalReason = 'year' | 'department' | 'people' | 'offTopic' | 'notDisclosed' | 'empty' | 'which';

const EXAMPLES_ZH = ['三公经费多少', '项目支出占比', '台式计算机采购数量'];
const EXAMPLES_EN = ['What is the total budget?', 'How much is the personnel expenditure?', 'What is the agency operating cost?'];

/** Documents named in a refusal; past this many, the rest are counted. */
const MAX_NAMED = 8;

function covered(docs: Identity[]): string {
  const named = docs.slice(0, MAX_NAMED).map((d) => `${d.year ?? ''}年${d.department}部门${d.kind}`).join('、');
  return docs.length > MAX_NAMED ? `${named}等 ${docs.length} 份` : named;
}

export function refuse(reason: RefusalReason, docs: Identity[], english: boolean, detail = ''): Answer {
  const scope = covered(docs);
  const zh: Record<RefusalReason, string> = {
    year: `已载入的披露只有${scope}，没有${detail || '这一年'}的数据。`,
    department: `已载入的披露只涉及${scope}，不包含${detail || '这个部门'}的预算。`,
    people: '披露是预算说明，不含人员编制、领导或联系方式等信息。',
    offTopic: '这个问题不在预算披露的范围内，我只能回答披露中的预算问题。',
    notDisclosed: `披露没有给出${detail || '这个数字'}。`,
    empty: '请输入一个关于部门预算的问题。',
    which: `已载入多份披露（${scope}），请说明是哪个部门或哪一年。`,
  };
  const en: Record<RefusalReason, string> = {
    year: `The loaded disclosures cover only ${scope}; there is nothing for ${detail || 'that year'}.`,
    department: `The loaded disclosures cover only ${scope}, not ${detail || 'that department'}.`,
    people: 'The disclosure is a budget statement: it has no staffing, leadership or contact details.',
    offTopic: 'That is outside the budget disclosure; I can only answer questions about it.',
    notDisclosed: `The disclosure does not give ${detail || 'that figure'}.`,
    empty: 'Please ask a question about the department budget.',
    which: `Several disclosures are loaded (${scope}); which department or year do you mean?`,
  };
  const text = english
    ? `${en[reason]}\nYou can ask, for example: ${EXAMPLES_EN.join(' / ')}`
    : `${zh[reason]}\n可以这样问：${EXAMPLES_ZH.map((q) => `「${q}」`).join('、')}`;
  return { answered: false, text, intent: 'refuse', citations: [] };
}

/**
 * A refusal of what was asked, followed by what the disclosure does give about the same subject
 * (its amount, its indicators), cited as that answer is. Without such an answer, the refusal alone.
 */
export function notGivenThen(refusal: Answer, given: Answer | undefined, english: boolean): Answer {
  if (!given?.answered) return refusal;
  const head = splitSources(refusal.text).body.split('\n')[0];
  const text = `${head}\n${english ? 'What it does give:' : '披露给出的是：'}${splitSources(given.text).body}\n${sourceLines(given.citations, english)}`;
  return { ...refusal, text, citations: given.citations };
}
