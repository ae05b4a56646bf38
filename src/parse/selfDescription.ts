/**
 * What a department says it is, in one sentence of its prose: 上海交通职业技术学院是上海市交通委员会下属事业单位,
 * 上海市普陀区财政局是主管全区财政工作的区政府工作部门，为正处级, 万里街道办事处是普陀区政府的派出机关.
 * A disclosure without a table of its units answers 什么性质 / 什么级别 / 归谁管 from this sentence.
 */
import type { SourceText } from './sourceText.js';
import type { SelfDescription } from '../schema/fact.js';

/** The kinds of body a department says it is, by the nouns its sentence ends on. */
const KIND = /(?:事业单位|行政单位|行政机关|工作机关|工作部门|组成部门|直属机构|办事机构|派出机关|派出机构|审判机关|检察机关|工作机构|常设机关|议事机构)/;
/** Characters of the department's name a sentence must open with (its tail, where it opens with a short form). */
const MIN_NAME = 4;
/** A sentence this long is a paragraph run together, not a description. */
const MAX_SENTENCE = 90;

export function selfDescription(text: SourceText, department: string): SelfDescription | undefined {
  const names = [department, ...Array.from({ length: Math.max(0, department.length - MIN_NAME) }, (_, i) => department.slice(i + 1))];
  const { stream } = text;
  for (const sentence of stream.matchAll(/[^。；;]+[。；;]?/g)) {
    if (!KIND.test(sentence[0])) continue;
    // The sentence may run on from a heading before it (…（单位）主要职能上海交通职业技术学院是…): it starts at the name.
    const starts = names.map((n) => sentence[0].search(new RegExp(`${n}(?=[是为系])`))).filter((i) => i >= 0);
    if (!starts.length) continue;
    const opened = sentence[0].slice(Math.min(...starts)).trim();
    if (opened.length > MAX_SENTENCE || !KIND.test(opened)) continue;
    return { text: opened.replace(/[。；;]$/, ''), source: text.sourceAt((sentence.index ?? 0) + Math.min(...starts)) };
  }
  return undefined;
}
