/**
 * Counts the prose states beside a name: 执法执勤用车38辆, 单价100万元以上设备12台（套）, 编制180人,
 * 离退休人员96人, 下属8个事业单位. Kept with the words before them as their label, so that a question
 * naming those words (执法执勤用车几辆) finds its count whichever template the disclosure follows.
 */
import type { StatedCount } from '../schema/fact.js';
import type { SourceText } from './sourceText.js';

/** Words, then a count with its counting word: the words run back to the last clause break. */
const LABELLED = /((?:[^,，。;；:：、()（）\d]|\d{4}年度?){2,24}?)(?:为|(?<![实现拥])有|共有|共|计|达|合计|超过)?(\d+(?:\.\d+)?)\s*((?:万\s*)?(?:人次|人)|辆|台\(套\)|台套|台|套|个|名|家|项|批次|次|处|所|条|件)(?![\d\u4e00-\u9fa5]{0,1}[元%])/g;
/** A count written before its label: 有8个事业单位 / 2辆执法用车、1辆公务用车 / 下属 5 家预算单位的综合收支计划. */
const COUNT_FIRST = /(?:有|共|共有|下属|包括|设|其中|[,，、])\s*(\d+)\s*(个|家|名|人|所|辆|台|套)([\u4e00-\u9fa5]{2,12}?)(?=[,，。;；、和及共的]|$)/g;
/** 举办11期人大干部培训班 / 联办12期法制专刊: a count of things held or put out, the things named after it. */
const HELD = /(?:举办|开展|组织|召开|联办|合办|编印|出版|印发|开设|培训)了?\s*(\d+)\s*(期|场|次|届|批|本|份|班)([\u4e00-\u9fa5]{2,12}?)(?=[,，。;；、]|和|及|$)/g;
/** 全区 4 个街道（乡镇）综合（便民）服务中心: the count of a place's bodies, their name with its brackets. */
const BODIES_OF_PLACE = /全(?:区|市|县|省|镇|乡|国)\s*(\d+)\s*(个|家|所)((?:[\u4e00-\u9fa5]|[(（][\u4e00-\u9fa5]{1,6}[)）]){2,20}?(?:中心|站|所|点|室|馆|院|单位|机构|街道|乡镇))(?![\u4e00-\u9fa5]{0,1}[元%])/g;
/** A count of things above a price: 单价100万元以上设备12台（套）, 单价100万元（含）以上设备（不含车辆）2台（套）. */
const ABOVE_PRICE = /((?:单价)?(?:在)?\d+(?:万元|元)(?:\(含\))?以上(?:的)?[\u4e00-\u9fa5]{2,10}?)(?:\([^()]{1,8}\))?(\d+)\s*(台\(套\)|台套|台|套|辆|个|件)/g;
/** An evaluation's score, and the grade it is given: 全国信访信息系统维护费项目综合评价得分85.19分，评价等级为"良". */
const SCORED = /([^,，。;；:：、()（）\d]{2,30}?(?:综合评价|绩效评价|绩效自评|综合|自评|评价)得分)(?:为)?(\d+(?:\.\d+)?)\s*分(?:[,，]?\s*(?:评价|综合)?(?:等级|级别|评级)(?:为|评定为|是)?\s*[“"「]?([优良中差]))?/g;
/** A count written in Chinese numerals after a word that counts: 预算单位共计一家, 共有三个. */
const CHINESE_COUNT = /((?:[^,，。;；:：、()（）\d]){2,24}?)(?:共计|共有|合计|总计)([一二两三四五六七八九十]{1,3})(家|个|所|项)(?![\u4e00-\u9fa5]{0,1}[元%])/g;
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 written in Chinese numerals, or NaN. */
function chineseNumber(text: string): number {
  if (text === '十') return 10;
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  const value = (text.includes('十') ? (tens ? CHINESE_DIGITS[tens] : 1) * 10 : 0) + (ones ? CHINESE_DIGITS[ones] ?? NaN : 0);
  return value > 0 ? value : NaN;
}

/** Characters of a label at most, counted back from the count. */
const MAX_LABEL = 12;
/** Counts this large are codes or money read off a table, not things counted. */
const MAX_COUNT = 100_000;
/** Words a label starts with that are not part of it. */
const LEAD = /^(?:其中|另外|此外|截至\d*年?底?|截止\d*年?底?|本部门|本单位|部门|单位|共有|共|有|及|和|以及|含|包括)+/;
/** Labels that are a time, a rate or money, not a thing counted. */
const NOT_A_THING = /指标|年|月|日|元|万|率|比例|增长|减少|增加|下降|以上|以下|不少于|不低于|不超过|≥|≤/;

/** What the sentence adds after a count: the money involved, the average score. */
const INVOLVES = /^[^,，。;；]{0,6}[,，]?(?:共)?(?:涉及[\u4e00-\u9fa5]{0,10}?(?:资金|金额)|(账面原值|原值|账面价值))(?:合计|共|为)?(\d[\d,]*(?:\.\d+)?)(万元|元)/;
const AVERAGE_SCORE = /^[,，]?平均得分(\d+(?:\.\d+)?)分/;
/** Characters past a count within which its money and score are still its sentence. */
const AFTER_SPAN = 60;

/** A count, its counting word, and the thing it counts named right after, up to a clause break: 12件法规，… */
const COUNTED_AFTER = /^\d+(?:\.\d+)?(?:台\(套\)|台套|人次|批次|[辆台套个人名家项次处所条件])(?!以|左右|多|余|等|关于|对|向)([\u4e00-\u9fa5]{0,4}?(?:法规|规章|条例|办法|检查|机构|委员会|活动|单位|项目|处室|科室|机关|部门|文件|报告|设备|会议|调研|询问))(?=[,，。;；、]|并|和|及)/;

function after(text: SourceText, at: number): Pick<StatedCount, 'involves' | 'averageScore' | 'counted'> {
  const rest = text.stream.slice(at, at + AFTER_SPAN);
  const counted = rest.match(COUNTED_AFTER)?.[1];
  const money = rest.match(INVOLVES);
  const moneyEnd = money ? (money.index ?? 0) + money[0].length : 0;
  const score = rest.slice(moneyEnd).match(AVERAGE_SCORE);
  return {
    ...(counted ? { counted } : {}),
    ...(money ? { involves: { value: Number(money[2].replace(/,/g, '')) / (money[3] === '元' ? 10_000 : 1), ...(money[1] ? { as: 'bookValue' as const } : {}), source: text.sourceAt(at + moneyEnd - money[2].length - money[3].length) } } : {}),
    ...(score ? { averageScore: { value: Number(score[1]), source: text.sourceAt(at + moneyEnd + (score.index ?? 0)) } } : {}),
  };
}

/** A count followed by 以上 / 以下 / 以内 (5人以上): a threshold, not a count. */
const THRESHOLD_AFTER = /^\d+\s*[\u4e00-\u9fa5()（）]{1,4}?(?:及)?(?:以上|以下|以内)/;
/** Characters after a count's digits its threshold word is sought in. */
const THRESHOLD_REACH = 12;

/** Labels that say only that people or things were counted: whose, the clause before says (调度会等会议，人数约400人). */
const COUNT_NOUN = /^(?:人数|人次|数量|规模)(?:约|大约|达)?$/;

/** The thing a clause ends on: 调度会等会议 → 会议, 开展信访大讲堂等培训 → 培训. */
function topicBefore(stream: string, at: number): string {
  const clause = stream.slice(Math.max(0, at - 40), at).replace(/[,，]\s*$/, '').split(/[,，;；。:：]/).at(-1) ?? '';
  return clause.split(/等|的|和|及|与/).at(-1)?.match(/[\u4e00-\u9fa5]{2,4}$/)?.[0] ?? '';
}

export function statedCounts(text: SourceText): StatedCount[] {
  const out: StatedCount[] = [];
  const add = (label: string, value: number, unit: string, at: number, labelAt = -1) => {
    // The label is the words right before the count; a long run ahead of them is the sentence, not the name.
    // The body's own name before 下属/所属 (北京市统计局下属…) says whose, not what: the label starts after it.
    let clean = label.replace(/\d{4}年度?/, '').slice(-MAX_LABEL).replace(/^.*?(?:本部门|本单位|部门|单位)(?=共有|共|有)/, '').replace(/^.*?(?:局|厅|委|办|院|中心|政府)(?=下属|所属)/, '').replace(LEAD, '').trim();
    if (COUNT_NOUN.test(clean) && labelAt >= 0) clean = `${topicBefore(text.stream, labelAt)}${clean.replace(/(?:约|大约|达)$/, '')}`;
    // A count is a whole number of a few digits; a code (A02010499) or a figure read off a table row is not.
    if (!Number.isInteger(value) || value >= MAX_COUNT || /[A-Za-z|]/.test(clean) || (/\d/.test(clean) && !/以上/.test(clean))) return;
    if (clean.length < 2 || NOT_A_THING.test(clean.replace(/^(?:单价)?(?:在)?\d+(?:万元|元)以上(?:的)?/, ''))) return;
    if (out.some((c) => c.label === clean && c.value === value)) return;
    // 群众5人以上集访数量: a threshold a rule is scored by, not a count of anything.
    if (THRESHOLD_AFTER.test(text.stream.slice(at, at + THRESHOLD_REACH))) return;
    out.push({ label: clean, value, unit: unit.replace(/\(套\)/, '（套）').replace(/\s+/g, ''), ...after(text, at), source: text.sourceAt(at) });
  };
  const bodies = [...text.stream.matchAll(BODIES_OF_PLACE)].map((m) => ({ m, at: (m.index ?? 0) + m[0].indexOf(m[1]) }));
  // 确保全区 4 个街道…中心: a count whose things are named after it is no count of the words before it.
  const countsBeforeThings = new Set(bodies.map((b) => b.at));
  for (const m of text.stream.matchAll(LABELLED)) {
    const at = (m.index ?? 0) + m[0].indexOf(m[2], m[1].length);
    if (!countsBeforeThings.has(at)) add(m[1], Number(m[2]), m[3], at, m.index ?? 0);
  }
  for (const m of text.stream.matchAll(CHINESE_COUNT)) add(m[1], chineseNumber(m[2]), m[3], (m.index ?? 0) + m[0].indexOf(m[2], m[1].length), m.index ?? 0);
  for (const m of text.stream.matchAll(COUNT_FIRST)) add(m[3], Number(m[1]), m[2], (m.index ?? 0) + m[0].indexOf(m[1]));
  for (const m of text.stream.matchAll(HELD)) add(m[3], Number(m[1]), m[2], (m.index ?? 0) + m[0].indexOf(m[1]));
  // The brackets say alternatives (街道（乡镇）), which a question says plainly: 街道乡镇综合便民服务中心.
  for (const { m, at } of bodies) add(m[3].replace(/[()（）]/g, ''), Number(m[1]), m[2], at);
  // A score is no whole number of things, and its label is the whole evaluation's name.
  for (const m of text.stream.matchAll(SCORED)) {
    const at = (m.index ?? 0) + m[0].indexOf(m[2], m[1].length);
    const source = text.sourceAt(at);
    // The section heading the prose runs on from (三、综合评价情况及评价结论) is no part of the name.
    const heading = source.section?.replace(/^[一二三四五六七八九十\d]+[、.．]\s*/, '') ?? '';
    const label = m[1].replace(LEAD, '').replace(/^本次/, '').replace(heading && m[1].includes(heading) ? heading : /^$/, '').trim();
    // 项目自评得分 alone names no evaluation: which project's, only the sentence before says.
    if (label.replace(/(?:综合评价|绩效评价|绩效自评|综合|自评|评价)得分$/, '').replace(/^项目$/, '').length < 4) continue;
    out.push({ label, value: Number(m[2]), unit: '分', ...(m[3] ? { grade: m[3] as StatedCount['grade'] } : {}), source });
  }
  for (const m of text.stream.matchAll(ABOVE_PRICE)) add(m[1].replace('(含)', ''), Number(m[2]), m[3], (m.index ?? 0) + m[0].lastIndexOf(m[2]));
  return out;
}
