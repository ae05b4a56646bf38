/**
 * Money the prose states under a name no concept covers: 委托业务费预算总额104.82万元, 委托业务费安排
 * 20,133,050.00元，与上年对比减少…，主要原因… Kept with its label, change and reason, so that a question
 * naming the label finds the figure rather than a total or a refusal.
 */
import type { StatedAmount } from '../schema/fact.js';
import { readChange } from './keyFacts.js';
import { SHARE_AFTER, USES_AFTER } from './labels.js';
import type { SourceText } from './sourceText.js';

/** A name ending as money names do, then the figure, with 预算总额 / 安排 / 为 between them. */
const LABELLED = /(?<![\u4e00-\u9fa5])([\u4e00-\u9fa5]{2,10}?(?:费|经费|资金))(?:情况)?[:：]?(?:\d{4}年(?:度)?)?(?:本单位|本部门)?(?:[\u4e00-\u9fa5]{0,4}?)(?:预算总额|预算|安排|支出)(?:为)?(\d+(?:\.\d+)?)(万元|元)/g;
/** A planned purchase: 2020年各处室拟购置固定资产总额为54.28万元 / 拟新增配置资产… */
const PLANNED = /(拟(?:购置|新增|新购)[\u4e00-\u9fa5]{2,8}?)(?:总额|总值|金额|价值)?(?:为|共计|合计|约)?(\d+(?:\.\d+)?)(万元|元)/g;
/** Characters after a figure within which what it is for is still its sentence. */
const USES_SPAN = 130;
/** The share of procurement set aside for small businesses, as every 政府采购 section states it. */
const SET_ASIDE = /((?:面向)?中小企业预留|预留给小型和微型企业|授予(?:中小|小微)企业合同)[^,，。;；\d]{0,20}?(?:预算金额|预算总额|预算|金额)(?:为)?(\d+(?:\.\d+)?)(万元|元)/g;
/** Labels the concepts already know, or that are clauses rather than names. */
const SKIP = /三公|机关运行|会议|培训|接待|出国|公务用车|人员经费|公用经费|^其中|^主要|^用于/;

export function statedAmounts(text: SourceText): StatedAmount[] {
  const out: StatedAmount[] = [];
  for (const m of [...text.stream.matchAll(LABELLED), ...text.stream.matchAll(PLANNED), ...text.stream.matchAll(SET_ASIDE)]) {
    const [whole, raw, figure, unit] = m;
    // 2026年本单位委托业务费: the year and the body before a name are not part of it.
    // 小型和微型企业 is said 小微企业 too, which the label is named by.
    const label = raw.replace(/^[^年]*?年度?/, '').replace(/^(?:本单位|本部门|机关)/, '').replace('小型和微型企业', '小微企业');
    if (label.length < 2) continue;
    if (SKIP.test(raw) || SKIP.test(label) || out.some((a) => a.label === label)) continue;
    const at = (m.index ?? 0) + whole.length;
    const change = readChange(text, at, text.stream.slice(at, at + 200));
    const uses = text.stream.slice(at, at + USES_SPAN).match(USES_AFTER)?.[1];
    const share = text.stream.slice(at, at + USES_SPAN).match(SHARE_AFTER);
    out.push({
      label,
      value: unit === '元' ? Number(figure) / 10_000 : Number(figure),
      statedUnit: unit === '元' ? '元' : '万元',
      ...(change ? { change } : {}),
      ...(uses ? { uses } : {}),
      ...(share ? { statedShare: { rate: Number(share[2]), of: share[1].replace(/的$/, '') } } : {}),
      source: text.sourceAt(at - figure.length - unit.length),
    });
  }
  return out;
}
