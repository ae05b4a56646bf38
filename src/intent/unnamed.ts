/**
 * A subject the question names that no concept word covers: 12345热线工作经费 in
 * 12345热线工作经费预算是多少. Answering such a question with the total its generic word (预算) names
 * would substitute a different figure; the engine says the subject is not given instead.
 */
import type { Frame } from './frame.js';

/** Words that ask, qualify or point back, and name no subject. */
const FILLER = /请问|一下|告诉我|查询|大概|大约|一共|总共|共计|有多少|多少钱|多少|几|是|为|的|了|吗|呢|啊|安排|预算数?|决算数?|金额|总额|数额|合计|总计|情况|今年|本年|全年|当年|部门|本单位|单位|我局|我们|你们|万元|元|\d{4}年度?/g;

/** What a named subject ends in: a fund, a project, a programme or a facility. */
const SUBJECT_END = /(?:工作经费|经费|专项|项目|费用|费|工程|系统|平台|热线|中心)$/;

/** Characters of a subject at least: a shorter leftover is a word of the question, not a name. */
const MIN_SUBJECT = 4;

export function unnamedSubject(frame: Frame): string | undefined {
  let text = frame.text;
  // A one-character word (车) inside a name is part of the name, not a subject of its own.
  for (const c of [...frame.concepts].filter((c) => c.term.length >= 2).sort((a, b) => b.at - a.at)) text = text.slice(0, c.at) + '|' + text.slice(c.at + c.term.length);
  const pieces = text.replace(FILLER, '|').split(/[|,，。?？!！、\s]+/);
  return pieces.find((p) => p.length >= MIN_SUBJECT && SUBJECT_END.test(p));
}
