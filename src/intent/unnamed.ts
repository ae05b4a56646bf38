/**
 * A subject the question names that no concept word covers: 12345热线工作经费 in
 * 12345热线工作经费预算是多少, 无人机 in 无人机采购项目多少钱. Answering such a question with the total its
 * generic word (预算, 采购, 项目) names would substitute a different figure; the engine says the
 * subject is not given instead.
 */
import type { Frame } from './frame.js';

/** Words that ask, qualify or point back, and name no subject. */
const FILLER = /^(?:那么?|其中|还有|另外)|它们?|这个|那个|完成|(?:跟|和|与|同)(?:上一?年|去年|\d{4}年)(?:相?比)?|比(?:上一?年|去年|\d{4}年)|年初|为啥|为什么|请问|一下|告诉我|查询|哪个|哪一?项|哪些|什么|[类款项]级|科目|大概|大约|一共|总共|共计|有多少|多少钱|多少|几|是|为|的|了|吗|呢|啊|安排|预算数?|决算数?|金额|总额|数额|合计|总计|情况|今年|本年|全年|当年|一年|每年|部门|本单位|单位|我局|我们|你们|万元|元|\d{4}年度?/g;

/** What a named subject ends in: a fund, a project, a programme or a facility. */
const SUBJECT_END = /(?:工作经费|经费|专项|项目|费用|费|工程|系统|平台|热线|中心|补助|补贴|津贴|普查|调查)$/;

/** Concept words too general to be a subject when something stands before them: 采购, 项目, 预算. */
const GENERIC_TERM = /^(?:项目|项目支出|项目预算|采购|政府采购|预算|支出|经费|资金|费用)$/;

/** A concept word that names a kind of figure, not a subject: any named thing beside it is the subject. */
export const isGenericTerm = (term: string) => GENERIC_TERM.test(term);

/** Characters of a subject at least: a shorter leftover is a word of the question, not a name. */
const MIN_SUBJECT = 4;
/** Characters of a fee's name at least (学费). */
const MIN_FEE = 2;
/** Before a generic word, a name may be shorter (无人机采购). */
const MIN_QUALIFIER = 3;

/**
 * `text`: the question as the subject is sought in, e.g. without the department's own name.
 * `anyEnding`: also a leftover ending like a subject (…经费, …项目), where the concept named is a total.
 */
export function unnamedSubject(frame: Frame, text = frame.text, anyEnding = true, vocabulary: string[] = []): string | undefined {
  // A one-character word (车) inside a name is part of the name, not a subject of its own.
  const terms = [...frame.concepts].filter((c) => c.term.length >= 2 && text.includes(c.term));
  let cut = text;
  for (const c of terms.sort((a, b) => text.indexOf(b.term) - text.indexOf(a.term))) {
    const at = cut.indexOf(c.term);
    cut = cut.slice(0, at) + '|' + cut.slice(at + c.term.length);
  }
  const pieces = cut.replace(FILLER, '|').split(/[|,，。?？!！、\s]+/);
  const named = anyEnding ? pieces.find((p) => p.length >= MIN_SUBJECT && SUBJECT_END.test(p)) : undefined;
  if (named) return named;
  // 学费一年收多少钱: a fee of two or three characters no word here names is a subject too (会费, 学费).
  // Not a generic word for money (经费是怎么保障的: 经费 names no fee of its own).
  const fee = anyEnding ? pieces.find((p) => p.length >= MIN_FEE && p.length < MIN_SUBJECT && /费$/.test(p) && !GENERIC_TERM.test(p) && !vocabulary.includes(p)) : undefined;
  if (fee) return fee;
  // 无人机采购项目 / 社区食堂项目预算: a qualifier standing right before a generic word names a subject of its own.
  // Only where the generic word is what the question asks about: 一般公共预算安排的培训费 asks about 培训费.
  const specific = terms.some((t) => !GENERIC_TERM.test(t.term));
  for (const c of specific ? [] : terms.filter((t) => GENERIC_TERM.test(t.term))) {
    const lead = terms.reduce((t, other) => t.split(other.term).join('|'), text.slice(0, text.indexOf(c.term)));
    const before = lead.replace(FILLER, '|').split(/[|,，。?？!！、和与及\s]+/).at(-1) ?? '';
    // A qualifier that is part of a known term (一般公共 of 一般公共预算拨款) names nothing new.
    // Nor do the asker's own words (我要跟采购的同事对接，政府采购预算多少): a clause of theirs ends before the
    // generic word, or the words start with a person.
    // Only Chinese characters are a name (and only they go into the pattern below: 办公(用 would not compile).
    const chinese = /^[\u4e00-\u9fa5]+$/.test(before);
    const endsClause = chinese && new RegExp(`${before}[,，;；:：。!！?？]`).test(frame.raw);
    // 花得比预算少: a comparison with the generic word is no name before it either.
    const asker = /^(?:我|你|您|他|她|咱)/.test(before) || /比$/.test(before);
    if (before.length >= MIN_QUALIFIER && chinese && !endsClause && !asker && !vocabulary.some((w) => w.includes(before))) return before + c.term;
  }
  return undefined;
}
