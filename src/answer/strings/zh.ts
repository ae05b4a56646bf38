/** The Chinese catalogue: every phrase a reply is framed with, apart from the figures themselves. */
import type { Citation } from '../answer.js';
import type { Place } from './index.js';

/** The page or sheet a line stands on, where the source has them: 第3页, 工作表「收支预算总表」. */
const on = (p: Place) => (p.sheet ? `工作表「${p.sheet}」` : p.page ? `第${p.page}页` : '');
/** A line on its page or sheet: 第12行, 第3页第12行, 工作表「收支预算总表」第5行. */
const at = (p: Place) => `${on(p)}第${p.line}行`;
/** Lines from one to another: 第3–5行, 第2页第3–5行, 第2页第40行至第3页第2行. */
const span = (a: Place, b: Place) => (on(a) !== on(b) ? `${at(a)}至${at(b)}` : a.line === b.line ? at(a) : `${on(a)}第${a.line}–${b.line}行`);

export const zh = {
  refusal: {
    year: (scope: string, detail: string) => `已载入的披露只有${scope}，没有${detail || '这一年'}的数据。`,
    department: (scope: string, detail: string) => `已载入的披露只涉及${scope}，不包含${detail || '这个部门'}的预算。`,
    people: () => '披露是预算说明，不含人员编制、领导或联系方式等信息。',
    offTopic: () => '这个问题不在预算披露的范围内，我只能回答披露中的预算问题。',
    notDisclosed: (_scope: string, detail: string) => `披露没有给出${detail || '这个数字'}。`,
    empty: () => '请输入一个关于部门预算的问题。',
    which: (scope: string) => `已载入多份披露（${scope}），请说明是哪个部门或哪一年。`,
  },
  /** Questions offered under a refusal: ones that every disclosure answers. */
  examples: ['三公经费多少', '项目支出占比', '台式计算机采购数量'],
  suggest: (examples: string[]) => `可以这样问：${examples.map((q) => `「${q}」`).join('、')}`,
  /** A document as a refusal names it. */
  covered: (year: number | null, department: string, kind: string) => `${year ?? ''}年${department}部门${kind}`,
  andMore: (named: string, count: number, _rest: number) => `${named}等 ${count} 份`,
  listJoin: '、',
  given: '披露给出的是：',
  source: (c: Citation) => `来源：${c.section ? `${c.section}，` : ''}${at(c)}「${c.quote}」（${c.doc}）`,
  /** A source as chat platforms show it under the answer, the document left to the footer's context. */
  sourceShort: (c: Citation) => `来源 ${c.section ? `${c.section} ` : ''}${at(c)}：「${c.quote}」`,
  several: (count: number) => `有 ${count} 项与问题相符，请问是哪一项？`,
  typoRead: (word: string, typed: string) => `（按「${word}」理解“${typed}”）`,
  checkFailed: (detail: string) => `一致性检查未通过：${detail}（披露原文如此）`,
  nearestLine: (where: Place, quote: string) => `披露中最接近的一行（仅供参考，不是答案）：${at(where)}「${quote}」`,
  /** A question asking for words, answered with the disclosure's own sentence. */
  passage: (first: Place, last: Place, sentence: string) => `披露原文（${span(first, last)}）：「${sentence}」`,
  notGiven: (name: string, attribute: string) => `${name}的${attribute}`,
  definitionOf: (name: string) => `「${name}」的解释（名词解释中没有这一项）`,
};
