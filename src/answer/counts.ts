/** Counts the prose states (执法执勤用车 38 辆, 编制 338 名), found by the words of their label. */
import type { Frame } from '../intent/frame.js';
import type { StatedCount } from '../schema/fact.js';
import { bigrams, mention } from '../search/entities.js';
import { answer, cite, num, wan, type Answer } from './answer.js';
import { numbered } from './lists.js';

/** Share of a label's bigrams the question must name, or the question names too little of it to mean it. */
const LABEL_COVERAGE = 0.5;
/** Share a label must be named by where the count a concept names is known besides (执法用车 for 执法执勤用车, not 计购置公务用车 for 公车). */
const STRICT_COVERAGE = 0.6;
/** Counting words that count the same things: 个 and 家 both count units. */
const SAME_COUNT: Record<string, string[]> = { 个: ['个', '家', '项', '处', '所'], 项: ['项', '个'], 家: ['家', '个'], 人: ['人', '名'], 名: ['名', '人'], 台: ['台', '套', '台（套）', '台套'], 次: ['次', '批次', '人次'], 部: ['部', '件'], 件: ['件', '部', '项'] };

/** Characters a label's head noun is taken to have. */
const HEAD_NOUN = 4;
/** Characters of the last word a label ends on (编制 of 在职人员编制). */
const HEAD_WORD = 2;

/**
 * `text`: the question as its subject is sought in, without the department's own name.
 * `strict`: the label must be named mostly, where the count a concept names is known besides.
 */
export function findStatedCount(counts: StatedCount[], frame: Frame, text: string, strict = false): StatedCount | undefined {
  const unit = frame.cues.countAsked;
  // 平均得分多少: a score is asked of the counts that state one.
  // 编制一共多少个: posts stated in 名 are counted with 个 too, as people say; people themselves are not (几个律师).
  // 830 万人 counts people in tens of thousands: 人 all the same.
  const counted = (c: StatedCount) => !unit || (SAME_COUNT[unit] ?? [unit]).some((u) => c.unit.replace(/^万/, '').startsWith(u)) || (unit === '个' && AUTHORIZED.test(c.label));
  const fits = (c: StatedCount) => (frame.attribute === 'score' ? c.averageScore !== undefined || c.unit === '分' : c.unit !== '分' && counted(c));
  const fitting = counts.filter(fits);
  // 自评项目平均得分多少: the one statement of an average score answers a mean asked, named however loosely.
  const averaged = fitting.filter((c) => c.averageScore !== undefined);
  const onlyAverage = frame.attribute === 'score' && frame.cues.averageAsked && averaged.length === 1 ? averaged[0] : undefined;
  // 公众号有多少粉丝: the one count of an account's followers (微信公众号用户关注总量 830 万人), however named.
  const followed = fitting.filter((c) => FOLLOWED.test(c.label));
  const onlyFollowers = frame.cues.followersAsked && followed.length === 1 ? followed[0] : undefined;
  const found = namedCount(fitting, text, unit, strict) ?? onlyFollowers ?? (strict ? undefined : (countByHeadNoun(fitting, text) ?? countByOnlyWord(fitting, text, unit) ?? onlyAverage));
  return found && AUTHORIZED.test(found.label) && !AUTHORIZED.test(text) ? (actualBeside(found, fitting, text) ?? found) : found;
}

/**
 * 在职多少人: people asked for are those there are (在职实有 177 人), not the posts (在职人员编制 180 人),
 * unless 编制 is said. The count of people is the one beside the posts' that shares the word the
 * question names them by (在职); without one, the posts answer under their own label.
 */
function actualBeside(posts: StatedCount, counts: StatedCount[], text: string): StatedCount | undefined {
  const words = [...bigrams(posts.label)].filter((w) => text.includes(w) && !COMMON_WORD.test(w));
  const beside = counts.filter((c) => c !== posts && !AUTHORIZED.test(c.label) && c.unit === posts.unit && words.some((w) => c.label.includes(w)));
  return beside.length === 1 ? beside[0] : undefined;
}

/** A count of the people who follow an account (关注总量, 粉丝). */
const FOLLOWED = /关注|粉丝|订阅/;

/** A count of authorized posts (编制), which is not a count of the people there are. */
const AUTHORIZED = /编制/;

/** Words too common in labels to single one out. */
const COMMON_WORD = /人员|单位|项目|机构|编制|车辆|资产|经费|预算|支出/;

/**
 * 实有多少人: a word of a short label (在职实有) that no other label counted in the unit asked holds, said
 * whole, names it. Only with a counting word asked, which narrows the labels to those counted so.
 */
function countByOnlyWord(counts: StatedCount[], text: string, unit: string | undefined): StatedCount | undefined {
  if (!unit) return undefined;
  const words = [...bigrams(text)].filter((w) => !COMMON_WORD.test(w));
  // Posts (在职人员编制) are no rival to the people there are (在职实有) where 编制 is not said.
  const rivals = AUTHORIZED.test(text) ? counts : counts.filter((c) => !AUTHORIZED.test(c.label));
  for (const word of words) {
    const holders = rivals.filter((c) => c.label.length <= HEAD_NOUN && c.label.includes(word));
    if (holders.length === 1 && !rivals.some((c) => c !== holders[0] && c.label.includes(word))) return holders[0];
  }
  return undefined;
}

/**
 * 编制多少: only the head noun the labels end on (在职人员编制, 行政编制 …) is said, which asks for the
 * count the others are parts of (在职人员编制 180 人, 其中行政编制 175 人 …). None is taken where no one
 * of them is stated with parts that add up to it.
 */
function countByHeadNoun(counts: StatedCount[], text: string): StatedCount | undefined {
  // 实有人员: a head word every kind of count ends with (人员) names none of them.
  const headed = counts.filter((c) => text.includes(c.label.slice(-HEAD_WORD)) && c.label.slice(-HEAD_WORD) !== '人员');
  return headed.filter((c) => countParts(c, counts).length > 0).sort((a, b) => b.value - a.value)[0];
}

function namedCount(counts: StatedCount[], text: string, unit: string | undefined, strict: boolean): StatedCount | undefined {
  const q = bigrams(text);
  return counts
    // 会议人数 asked as 会议多少人: with the counting word asked, the label's own count noun goes without saying.
    // 处置了几辆车: the vehicles a 辆 counts go without saying too (处置车辆 is named by 处置).
    // 涉及采购项目 8个: the verb a label starts with (涉及, 共有) names nothing counted.
    // 拟制定和修改12件法规: what the sentence names after the count (法规) is part of what it counts, and the
    // word joining two verbs (制定和修改) goes without saying (制定修改多少件).
    .map((c) => ({ c, ...mention(q, `${(unit ? c.label.replace(/(?<=.{2})(?:人数|人次|数量)$/, '') : c.label).replace(c.unit === '辆' ? /(?<=.{2})车辆$/ : /^$/, '').replace(/^(?:涉及|共有|共计)(?=..)/, '').replace(/(?<=[\u4e00-\u9fa5]{2})[和及](?=[\u4e00-\u9fa5]{2})/g, '')}${c.counted && !c.label.includes(c.counted) ? c.counted : ''}`) }))
    // A long label's head noun said whole (事业单位 of 下属全额拨款事业单位) names it, whatever qualifies it.
    .map((s) => (s.c.label.length > HEAD_NOUN && text.includes(s.c.label.slice(-HEAD_NOUN)) ? { ...s, coverage: Math.max(s.coverage, LABEL_COVERAGE) } : s))
    .filter((s) => s.matched >= 1 && s.coverage >= (strict ? STRICT_COVERAGE : LABEL_COVERAGE))
    .sort((a, b) => b.coverage - a.coverage || b.matched - a.matched)[0]?.c;
}

/** `names`: the bodies counted, where the prose lists them and the question asks which they are (都叫啥). */
export function answerStatedCount(count: StatedCount, frame: Frame, counts: StatedCount[], names: string[] = []): Answer {
  const parts = countParts(count, counts);
  const en = frame.english;
  const { involves, averageScore } = count;
  const book = involves?.as === 'bookValue';
  const money = involves ? (en ? `, ${book ? 'book value' : 'involving'} ${wan(involves.value, true)}` : `，${book ? '账面原值' : '涉及资金'} ${wan(involves.value)}`) : '';
  const score = averageScore ? (en ? `, average score ${num(averageScore.value)}` : `，平均得分 ${num(averageScore.value)} 分`) : '';
  const grade = count.grade ? (en ? `, graded ${count.grade}` : `，评价等级为「${count.grade}」`) : '';
  const listed = names.length ? `\n${numbered(names)}` : '';
  const label = count.counted && !count.label.includes(count.counted) ? `${count.label}${count.counted}` : count.label;
  const body = en ? `${label}: ${num(count.value)} ${count.unit}${countPartsText(parts, true)}${money}${score}${grade}.${listed}` : `${label}：${num(count.value)} ${count.unit}${countPartsText(parts, false)}${money}${score}${grade}。${listed}`;
  return answer((averageScore || count.unit === '分') && frame.attribute === 'score' ? 'indicator' : 'amount', body, en, cite(count.source, involves?.source, averageScore?.source, ...parts.map((p) => p.source)));
}

/** Lines past a count within which its 其中 parts are still the same sentence. */
const PARTS_SPAN = 4;

/**
 * The parts the prose gives right after a count (共有公务用车 2 辆，其中，机要通信用车 1 辆，应急保障用车
 * 1 辆…): the counts that follow it in the same unit, taken only where they add up to it exactly.
 * The nonzero ones, since a reader asking 什么车 wants what there is.
 */
export function countParts(count: { value: number; unit: string; label?: string; source: { line: number } }, counts: StatedCount[]): StatedCount[] {
  const at = counts.findIndex((c) => c.source.line === count.source.line && c.value === count.value && c.unit === count.unit);
  if (count.value <= 0) return [];
  if (at < 0) return partsElsewhere(count, counts);
  let sum = 0;
  const parts: StatedCount[] = [];
  for (const c of counts.slice(at + 1)) {
    if (c.unit !== count.unit || c.source.line > count.source.line + PARTS_SPAN) break;
    sum += c.value;
    parts.push(c);
    if (sum >= count.value) break;
  }
  if (sum !== count.value || parts.length < 2) return [];
  // 离退休人员96人，其中离休0人、退休96人: one part left, all of the count and named inside its name, adds nothing.
  const shown = parts.filter((p) => p.value > 0);
  return shown.length === 1 && count.label?.includes(shown[0].label) ? [] : shown;
}

/**
 * A table's count broken down in a sentence of the prose (车辆 3 辆 in the asset table; 其中1辆公务用车、
 * 2辆执法用车 in the text): counts on one line, in the same unit, each naming a kind of the counted
 * thing (its label ends in a character of the count's: 公务用车 of 车辆), that add up to it exactly.
 */
function partsElsewhere(count: { value: number; unit: string; label?: string }, counts: StatedCount[]): StatedCount[] {
  const name = count.label?.replace(/[(（].*$/, '');
  if (!name) return [];
  const byLine = new Map<number, StatedCount[]>();
  for (const c of counts) if (c.unit === count.unit && name.includes(c.label.at(-1)!)) byLine.set(c.source.line, [...(byLine.get(c.source.line) ?? []), c]);
  const fits = [...byLine.values()].filter((parts) => parts.length > 1 && parts.reduce((sum, p) => sum + p.value, 0) === count.value);
  return fits.length === 1 ? fits[0].filter((p) => p.value > 0) : [];
}

export function countPartsText(parts: StatedCount[], english: boolean): string {
  if (!parts.length) return '';
  const list = parts.map((p) => `${p.label} ${num(p.value)} ${p.unit}`);
  return english ? ` (of which ${list.join(', ')})` : `，其中${list.join('、')}`;
}
