/**
 * A figure the user asks us to confirm (是78.66万元吗) or to measure against (是不是超过了80万元,
 * is it over 800,000 yuan), read as a value in 万元 and how the figure is supposed to stand to it.
 */

/** How the asked figure is supposed to stand to the claimed value: equal to it, above it or below it. */
export type ClaimRelation = 'equal' | 'more' | 'less';

export interface Claim {
  /** The value claimed, in 万元 (a bare number is read in 万元, the unit the tables are in). */
  value: number;
  relation: ClaimRelation;
}

const EQUAL = /(?:是|为|有)?(\d+(?:\.\d+)?|零)(?:万元|万|元)?(?:吗|么|嘛|对吗|对不对|是不是|没错吧)|是不是(\d+(?:\.\d+)?|零)/;
/** 么 asks only as a particle: 为什么 / 怎么 / 什么 ask nothing to confirm. */
const EQUAL_ASKED = /吗|(?<![什怎那这多])么|嘛|对|是不是|没错/;

/** 一分钱都没花 / 分文未用 / 是零: the figure is claimed to be nothing. */
const NOTHING = /(?:一分钱|一分|分文|一毛钱|一毛|一点钱)(?:都|也)?(?:没有?|不|未)(?:花|用|有|安排|支出|开支)|(?:都|全|根本)没(?:有)?花(?:钱)?(?!多少|几)/;

/** 超过/不到 80 万: a bound, with the words that say which side the figure is supposed to be on. */
const BOUND = /(不超过|没超过|(?<!有)没有超过|未超过|超过|超出|高于|多于|大于|不止|达到|少于|低于|不到|不足|小于|没到)了?(\d+(?:\.\d+)?)(?![\d.]*%)(亿元|亿|万元|万|元)?/;
const BOUND_BELOW = /^(?:不超过|没超过|没有超过|未超过|少于|低于|不到|不足|小于|没到)$/;
/** A bound is asked about only in a yes/no question: 超过80万的采购有哪些 lists, it does not check. */
const BOUND_ASKED = /吗|(?<![什怎那这多])么|嘛|是不是|是否|有没有|吧|对不对/;

const BOUND_EN = /\b(more than|over|above|exceeds?|exceeded|at least|less than|under|below|fewer than)\s+(?:rmb\s*|cny\s*|¥\s*)?(\d[\d,]*(?:\.\d+)?)\s*(million|thousand|k|yuan|wan)?/i;
const BOUND_EN_BELOW = /^(?:less than|under|below|fewer than)$/i;
const BOUND_EN_ASKED = /^(?:is|are|was|were|does|did|do|has|have)\b|\?$/i;

/** 万元 in one of the unit words a claim may carry. */
const IN_WAN: Record<string, number> = { 亿元: 10_000, 亿: 10_000, 万元: 1, 万: 1, 元: 0.0001, million: 100, thousand: 0.1, k: 0.1, yuan: 0.0001, wan: 1 };

/** The claim a question makes, or none. `text` is the normalized question. */
export function claimOf(text: string, english: boolean): Claim | undefined {
  if (english) {
    const m = text.match(BOUND_EN);
    if (!m || !BOUND_EN_ASKED.test(text.trim())) return undefined;
    const value = Number(m[2].replace(/,/g, '')) * IN_WAN[(m[3] ?? 'wan').toLowerCase()];
    return Number.isNaN(value) ? undefined : { value, relation: BOUND_EN_BELOW.test(m[1]) ? 'less' : 'more' };
  }
  const bound = text.match(BOUND);
  if (bound && BOUND_ASKED.test(text)) return { value: Number(bound[2]) * IN_WAN[bound[3] ?? '万'], relation: BOUND_BELOW.test(bound[1]) ? 'less' : 'more' };
  if (NOTHING.test(text) && (EQUAL_ASKED.test(text) || BOUND_ASKED.test(text))) return { value: 0, relation: 'equal' };
  const equal = text.match(EQUAL);
  const claimed = equal?.[1] ?? equal?.[2];
  if (claimed === undefined || !EQUAL_ASKED.test(text)) return undefined;
  const value = claimed === '零' ? 0 : Number(claimed);
  return Number.isNaN(value) ? undefined : { value, relation: 'equal' };
}

/** Whether a figure (万元) stands to the claim as the question supposes. */
export function claimHolds(claim: Claim, figure: number): boolean {
  const equal = Math.abs(claim.value - figure) < 0.005;
  return claim.relation === 'equal' ? equal : claim.relation === 'more' ? figure > claim.value : figure < claim.value;
}

/** 占比是否超过99% / 是不是占一半以上: a share the question supposes, in %. */
const SHARE_BOUND = /(不超过|没超过|没有超过|未超过|超过|超出|高于|多于|大于|达到|少于|低于|不到|不足|小于|没到)了?(\d+(?:\.\d+)?)%/;
const SHARE_EQUAL = /(?:是|为|占)(\d+(?:\.\d+)?)%(?:吗|么|嘛|对吗|对不对|是不是|没错吧)/;

/** The share (in %) a question supposes of a figure, or none. `text` is the normalized question. */
export function shareClaimOf(text: string): Claim | undefined {
  const bound = text.match(SHARE_BOUND);
  if (bound && BOUND_ASKED.test(text)) return { value: Number(bound[2]), relation: BOUND_BELOW.test(bound[1]) ? 'less' : 'more' };
  const equal = text.match(SHARE_EQUAL);
  return equal ? { value: Number(equal[1]), relation: 'equal' } : undefined;
}
