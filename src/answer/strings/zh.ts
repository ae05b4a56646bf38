/** The Chinese catalogue: every phrase a reply is framed with, apart from the figures themselves. */
import type { Citation } from '../answer.js';
import type { Place } from './index.js';

/** The page or sheet a line stands on, where the source has them: 第3页, 工作表「收支预算总表」. */
const on = (p: Place) => (p.sheet ? `工作表「${p.sheet}」` : p.page ? `第${p.page}页` : '');
/** A line on its page or sheet: 第12行, 第3页第12行, 工作表「收支预算总表」第5行. */
const at = (p: Place) => `${on(p)}第${p.line}行`;
/** Lines from one to another: 第3–5行, 第2页第3–5行, 第2页第40行至第3页第2行. */
const span = (a: Place, b: Place) => (on(a) !== on(b) ? `${at(a)}至${at(b)}` : a.line === b.line ? at(a) : `${on(a)}第${a.line}–${b.line}行`);

const UNIT_ATTRIBUTES = { nature: '单位性质', rank: '单位规格', funding: '经费保障形式' } as const;

export const zh = {
  refusal: {
    year: (scope: string, detail: string) => `已载入的披露只有${scope}，没有${detail || '这一年'}的数据。`,
    department: (scope: string, detail: string) => `已载入的披露只涉及${scope}，不包含${detail || '这个部门'}的预算。`,
    people: () => '披露是预算说明，不含人员编制、领导或联系方式等信息。',
    offTopic: () => '这个问题不在预算披露的范围内，我只能回答披露中的预算问题。',
    opinion: () => '披露只列出数字和它自己给出的说明，不评价花得值不值、合不合理；我也不作评价。可以问具体的数字和原因。',
    personalCase: () => '披露是部门预算，不记录个人的事项或它的办理进度；请向受理的部门查询。',
    notDisclosed: (_scope: string, detail: string) => `披露没有给出${detail || '这个数字'}。`,
    empty: () => '请输入一个关于部门预算的问题。',
    which: (scope: string) => `已载入多份披露（${scope}），请说明是哪个部门或哪一年。`,
  },
  /** Questions offered under a refusal (examples built from the loaded figures), and after an answer. */
  suggest: (examples: string[]) => `可以这样问：${examples.map((q) => `「${q}」`).join('、')}`,
  followUp: (questions: string[]) => `接着可以问：${questions.map((q) => `「${q}」`).join('、')}`,
  /** Example and follow-up questions, each asked of a figure, a project or a term the document states. */
  ask: {
    value: (name: string) => `${name}是多少`,
    change: (name: string) => `${name}比上年变化多少`,
    reason: (name: string) => `${name}变化的原因是什么`,
    share: (name: string) => `${name}占比多少`,
    parts: (name: string) => `${name}包括哪些`,
    largestProject: () => '哪个项目预算最多',
    project: (name: string) => `${name}的绩效指标有哪些`,
    term: (term: string) => `什么是${term}`,
    overview: (label: string) => `${label}概况`,
  },
  help: {
    /** What a channel asks for a bare command (/budget with no question) or its home page. */
    question: '帮助',
    intro: '我回答已载入的部门预算/决算披露中的问题，每个数字都注明出处（行号）。',
    loaded: (count: number) => `已载入 ${count} 份披露：`,
    kinds: '可以问：金额（收入、支出、基本/项目支出、三公经费、机关运行经费、政府采购）及其比上年的变化和原因、占比、构成；项目及其绩效指标；采购品目的数量和单价；名词解释；整份披露的概况。',
    more: (rest: number) => `……另有 ${rest} 份`,
  },
  overview: {
    title: (label: string) => `${label}概况：`,
    line: (text: string, ref: string) => `· ${text}${ref ? `（${ref}）` : ''}`,
    amount: (name: string, value: string) => `${name} ${value}`,
    total: (amount: string, change: string, reason: string) => `${amount}。${change}${reason}`,
    execution: (budgeted: string, actual: string, rate: string) => `年初预算 ${budgeted}，决算 ${actual}，完成年初预算的 ${rate}%`,
    variances: (items: string[]) => `与年初预算差异最大：${items.join('；')}`,
    variance: (name: string, budgeted: string, actual: string) => `${name}（预算 ${budgeted}，决算 ${actual}）`,
    share: (amount: string, rate: string, parts: string[]) => `${amount}（占 ${rate}%${parts.length ? `，其中${parts.join('，')}` : ''}）`,
    purchase: (item: string, project: string) => `${item}（${project}）`,
    structure: (parts: string[]) => `支出结构：${parts.join('；')}`,
    sangong: (amount: string, parts: string[]) => (parts.length ? `${amount}（${parts.join('，')}）` : amount),
    projects: (count: number, top: string[]) => `列出金额的项目 ${count} 个，最大的：${top.join('、')}`,
    procurement: (amount: string, top: string[]) => (top.length ? `${amount}，最大的几项：${top.join('、')}` : amount),
    targets: (tables: number, indicators: number) => `绩效目标表 ${tables} 张${indicators ? `，共 ${indicators} 项绩效指标` : ''}`,
    selfEvaluations: (tables: number, indicators: number) => `绩效自评表 ${tables} 张${indicators ? `，共 ${indicators} 项绩效指标` : ''}`,
    stated: (label: string, value: string, unit: string) => `${label} ${value} ${unit}`,
    none: '这份披露没有可以概括的数字。',
  },
  /** A term the document does not define, explained by the general glossary and said to be general. */
  generalDefinition: (term: string, definition: string) => `${term}（通用解释，不是这份披露的原文）：${definition}`,
  sizeHere: (amount: string) => `这份披露中：${amount}。`,
  ref: (p: Place) => at(p),
  /** A document as a refusal names it. */
  covered: (year: number | null, department: string, kind: string) => `${year === null ? '' : `${year}年`}${department}部门${kind}`,
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
  /** A unit's attributes as its table states them (单位性质：行政，单位规格：副处级). */
  unitAttributes: (unit: string, parts: { attribute: 'nature' | 'rank' | 'funding'; value: string }[]) => `${unit}的${parts.map((p) => `${UNIT_ATTRIBUTES[p.attribute]}：${p.value}`).join('，')}。`,
  definitionOf: (name: string) => `「${name}」的解释（名词解释中没有这一项）`,
  includesStated: (label: string, list: string) => `${label}主要包括（披露原文）：${list}。`,
  figureMeaning: (words: string) => `披露说明：${words}。`,
};
