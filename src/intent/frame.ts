/**
 * The question grammar: turns a normalised question into a frame of what is asked about
 * (concepts from the lexicon, years, organisations) and what about it (aspects). Each aspect is
 * one small pattern, so every phrasing of the same need lands on the same aspect.
 */
import { ASPECTS, MEASURE_OF_USE_EN, PURPOSE_ASKED_EN, type Aspect } from './aspects.js';
import { HEARD_FROM } from './split.js';
import { Cues, readCues } from './cues.js';
import { defaultLexicon, type Lexicon, type TermMatch } from './lexicon.js';
import type { ConceptKey } from '../schema/concept.js';
import { placesIn } from './places.js';
import { isEnglish, normalizeQuestion } from './normalize.js';
import { attributeOf, operationOf, type Attribute, type Operation } from './operation.js';
import { learningOperation } from './learning.js';
import { claimOf, shareClaimOf, type Claim } from './claim.js';

export type { Aspect } from './aspects.js';

export interface Frame {
  raw: string;
  /** Normalised as typed, before colloquial words are mapped (社保 stays 社保): matched against the disclosure's own prose. */
  said: string;
  /**
   * Normalised, with colloquial words mapped to the disclosure's terms. Past the intent layer it is
   * only matched against names (the subject mentions); what is asked is read from the fields below.
   */
  text: string;
  /** The text without the words that ask (单价, 多久, 有哪些): what is left names the subject. */
  subjectText: string;
  /** The knowledge the question was read with: concept names and terms, for the layers after it. */
  lexicon: Lexicon;
  /** What names things, as the resolver matches it: the text, or for an English question the Chinese words it names things by. */
  mentionText: string;
  /** What is done with the subject: its value, a share, a change, a list… */
  operation: Operation;
  /** Which attribute of the subject is asked: its amount, unit price, indicator value… */
  attribute: Attribute;
  /** Words that steer the answer without naming a subject. */
  cues: Cues;
  /** Short enough to lean on the conversation for its subject. */
  short: boolean;
  english: boolean;
  concepts: TermMatch[];
  aspects: Set<Aspect>;
  years: number[];
  /** A figure the user asks us to confirm (是78.66万元吗) or to measure against (超过80万了吗), in 万元. */
  verify?: number;
  /** Which side of `verify` the figure is supposed to be on (超过: more); absent, equal to it. */
  verifyRelation?: 'more' | 'less';
  /** A share the question supposes (占比是否超过99%), in %, to be said true or not. */
  shareClaim?: Claim;
  /** Names of government bodies mentioned in the question. */
  orgs: string[];
  /** Places an English question names a body of (shanghai of the Shanghai Municipal Bureau of Statistics), in pinyin. */
  orgPlaces: string[];
  /**
   * 去年 / last year said as a time, not as what a figure is compared with (比去年): the reader's last
   * year, which for a 决算 (published the year after) is the year it accounts for.
   */
  lastYearSpoken: boolean;
  /** The question reads as a follow-up: it ends in 呢 or names nothing of its own. */
  elliptical: boolean;
  /** The question points back at the conversation's subject: 它的 / 这个项目 / 该项 / 其中. */
  refersBack: boolean;
  /** Short enough to be a follow-up when it names no subject of its own. */
  followUpLength: boolean;
  /** Classification codes named: 2010301, 30201 (3, 5 or 7 digits from 2, 3 or 5, never a year's 4, not a figure with its unit). */
  codes: string[];
  /** 政府采购里 / 支出中: the concepts the question goes inside of, to a part it names next. */
  inside: ConceptKey[];
  /** Which classification a question ranks or lists by, where it says: 按经济分类 / 功能科目. */
  scheme?: 'functional' | 'economic';
  /** The smallest first (最少, 最低, 最便宜) rather than the largest. */
  ascending: boolean;
  /** The level a ranking asks for: 类 1, 款 2, 项 3. */
  level?: number;
  /** 教育支出占财政拨款支出的比例: the part and the whole, each as the question words it. */
  shareOf?: { part: string; whole: string; within?: boolean };
  /** 那它占基本支出多大比例 / 占采购总额的比例: a share asked of the thing talked about; what is asked of it, from 占 on. */
  sharePointed?: string;
  /** 车辆呢 → 占多少: the pointed share names no whole (占多少 alone), so it is of what was talked about before. */
  sharePointedAtNothing?: boolean;
  /** 给中小企业的合同占多少: a share asked of a thing named, of no whole named; the thing as the question words it. */
  sharePart?: string;
  /** A+B 是不是等于 C: the figures said to add up, and the one they are said to make (or, share, are a share of). */
  sumOf?: { parts: string[]; whole: string; share?: boolean };
  /** A和B相差多少 / A比B多多少: two figures whose difference is asked. */
  differenceOf?: [string, string];
  /** 出国费是不是比接待费和公车费加起来还多: each side of the difference as the figures it adds up (one, or several). */
  differenceParts?: [string[], string[]];
  /** 社会保障和就业支出与卫生健康支出哪个多: other ways to split the two sides, at a later joining word. */
  differenceSplits?: [string, string][];
  /** 基本支出里奖金比基本工资多吗: the whole both sides were said inside, given to each side (基本支出奖金). */
  differenceScope?: string;
  /** GDP增速 / 房价涨了 / CPI比去年涨了: the words said right before a change, which say what changed. */
  changeSaidOf?: string;
  /** A是不是比B还多 / A与B是否一致: what the question supposes of the first figure against the second, to be said true or not. */
  supposed?: 'more' | 'less' | 'equal';
  /** 除了一般公共服务，哪一类最多 / 不算行政运行的话: what a ranking leaves out, as said. */
  rankSetAside?: string;
  /** 人员经费是日常公用经费的多少倍: the figure measured and the one it is measured in. */
  ratioOf?: [string, string];
  /** 除了局本身，下面还有哪个单位: the one set aside from the units asked (局本身), as said. */
  unitSetAside?: string;
}

/** X 占 Y 的比例/比重/多少: the whole runs from 占 to the word that asks for the share. */
const SHARE_OF = /^(.+?)(?:在)?占(?![用地有据])(?:到)?(.+?)(?:的)?(?:比例|比重|百分比|百分之几|多少|几成|份额|%)/;

/** 那它占… / 这部分占… / 占…: a share whose part is only pointed at, or left unsaid. */
const SHARE_POINTED = /^(?:那么?|那)?(?:它们?|这个|那个|这项|那项|这部分|那部分|这笔|那笔|这块|那块|其|该项|这些|那些)?(?:的(?:钱|金额|预算))?(?:大概|大约|约|又|能|在)?(占.+)$/;

/** 政务大厅运行经费里政府采购占多大比例: the whole said first, the part within it after. */
const SHARE_WITHIN = /^(.+?)(?:里面|里头|里|当中|之中|中(?![心职等央国小学间]))(?:的)?(?!哪|什么|啥)(.+?)(?:大概|大约|约|大致|能)?占(?:了|到)?(?:多大|多少|几成)?(?:的)?(?:比例|比重|百分比|百分之几|百分之多少|份额|几成|多少|比)/;

/** 占多少 / 占几成的比例: a share whose whole is left unsaid. */
const SHARE_OF_NOTHING = /^占(?:了|到)?(?:多少|几成|多大|百分之几)(?:的)?(?:比例|比重)?(?:是多少)?$/;

/** 给中小企业的合同占多少 / 出国费占几成: the part named, the whole left to the conversation or the part's own. */
const SHARE_BARE = /^(.+?)(?:大概|大约|约|能)?占(?:了|到)?(?:多少|几成|百分之几|多大)(?:比例|比重|份额|百分比)?(?:呢|啊)?$/;

/** X 在 Y 里占多少: the whole stands between 在 and 里 (车辆在固定资产里占多少比例). */
const SHARE_IN = /^(.+?)在(.+?)(?:里面|里|中|当中)(?:的)?(?:大概|大约|约|大致|能)?占(?:了|到)?(?:多大的?)?(?:比|多少|几成|比例|比重|百分比)/;

/**
 * 人员经费加日常公用经费等于基本支出吗 / A1683.24加B1065.58，是不是正好等于总额: parts said to add up to a whole.
 * The signs + and = reach here as 加 and 等于 (normalizeQuestion), so only the words are read.
 */
const SUM_CHECK = /^(.+?)加上?(.+?)(?:的和|之和|合起来|加起来|相加|合计)?[,，]?(?:是不是|是否|正好|刚好|恰好|就|能不能|能否)*(?:等于|就是|对得上|能对上|对上)(.+?)(?:吗|么|嘛|呢)?$/;
/** 基本支出=人员经费+日常公用经费，对得上吗 / 基本支出是不是等于人员经费加公用经费: the whole said first. */
const SUM_CHECK_WHOLE_FIRST = /^(.+?)(?:是不是|是否|正好|刚好|恰好|就)*等于(.+?)加上?(.+?)(?:[,，]?(?:这个数|这些数|数字|数)?(?:对得上|对不上|对不对|对吗|成立|是否成立|准不准|没错)?(?:吗|么|嘛|呢)?)$/;
/** A figure said with a name (基本支出1683.24万元) is named by its words; the figure is the user's. */
const SAID_FIGURE = /\d+(?:\.\d+)?(?:万元|万|元)?/g;

/** A加上B一共多少 / A加B合计多少: the sum itself, said with a total word instead of 等于. */
// 合计数 / 合计额: the sum said as the figure it is, asked with no 多少.
const SUM_TOTAL = /^(.+?)加上?(.+?)(?:一共|总共|合计|加起来|合起来|共计)(?:预算|决算|安排|花|支出|实际支出|实际花)?(?:是|有|要|了)?(多少|(?<=合计|共计)(?:数|额))(?:钱|万元)?$/;

/** How much is budgeted for water and electricity combined?: two things summed, asked in English. */
const EN_SUM = /^(?:how much (?:is|was|are|were) (?:budgeted |spent |allocated |planned )?(?:for |on )?)?(?:the )?(.+?) and (?:the )?(.+?) (?:combined|together|in total|altogether|added up)\??$/;

/** Only parts the English lexicon turns into the Chinese words of a name are summed: a word it does not know
 * (expenses) could be read as a total, and a sum with the total in it is a substituted figure. */
/** What is the combined budget for water and electricity (at the college)?: the sum word said first. */
const EN_SUM_FIRST = /(?:combined|total) (?:budget|spending|cost|costs|expenditure|amount)s? (?:for|on|of) (?:the )?(.+?) and (?:the )?(.+?)(?: (?:at|in|of|for) .+?)?\??$/;

function englishSum(text: string, lexicon: Lexicon): { parts: string[]; whole: string } | undefined {
  const m = text.match(EN_SUM) ?? text.match(EN_SUM_FIRST);
  if (!m) return undefined;
  const parts = [m[1], m[2]];
  return parts.every((p) => p.length >= 3 && lexicon.chineseMentions(p).replace(/\|/g, '').length >= 2) ? { parts, whole: '' } : undefined;
}

/** 基本支出和项目支出相加是否等于支出总额 / 人员经费加公用经费跟基本支出对得上吗: parts joined by 和, or the whole set beside the sum. */
const SUM_CHECK_JOINED = /^(.+?)(?:和|与|跟|及)(.+?)(?:两项|两者|二者|两个)?(?:的和|之和|合起来|加起来|相加|加在一起|的合计|合计)[,，]?(?:是不是|是否|正好|刚好|恰好|就|能不能|能否|可以)*(?:等于|就是|对得上|能对上|对上)(.+?)(?:吗|么|嘛|呢)?$/;
const SUM_CHECK_BESIDE = /^(.+?)(?:加上?|和|与)(.+?)(?:的和|之和|合起来|加起来|相加|加在一起|的合计|合计)?(?:跟|和|与)(.+?)(?:是否|是不是|能不能|能否)?(?:对得上|对不上|对不对得上|一致|相等|吻合)(?:吗|么|嘛|呢)?$/;

/** 出国费和接待费加起来占三公的比重 / A加B占C多少: the share of two figures together in a whole. */
const SUM_SHARE = /^(.+?)(?:加上?|和|与)(.+?)(?:两项|两者|二者)?(?:加起来|合起来|加在一起|合计|一共|共)(?:大概|大约|约)?占(?:到)?(.+?)(?:的)?(?:比例|比重|百分比|百分之几|多少|几成|份额)/;
/** 事业收入加其他收入占总收入的比例: 加 alone says the two are taken together. */
const SUM_SHARE_PLUS = /^(.+?)加上?(.+?)(?:大概|大约|约)?占(?:到)?(.+?)(?:的)?(?:比例|比重|百分比|百分之几|多少|几成|份额)/;

function sumAsked(text: string): { parts: string[]; whole: string; share?: boolean } | undefined {
  const shared = text.match(SUM_SHARE) ?? text.match(SUM_SHARE_PLUS);
  if (shared && [shared[1], shared[2], shared[3]].every((p) => p.length >= 2)) return { parts: [shared[1], shared[2]], whole: shared[3], share: true };
  const wholeFirst = text.match(SUM_CHECK_WHOLE_FIRST);
  const m = wholeFirst ? [wholeFirst[0], wholeFirst[2], wholeFirst[3], wholeFirst[1]] : (text.match(SUM_CHECK_JOINED) ?? text.match(SUM_CHECK_BESIDE) ?? text.match(SUM_CHECK) ?? text.match(SUM_TOTAL));
  if (!m) return undefined;
  const [part1, rest, whole] = [m[1], m[2], m[3]].map((s) => s.replace(SAID_FIGURE, '').replace(/[,，。？?]/g, '').trim());
  // 人员经费加公用经费等于多少: the sum itself is asked, of no whole. A加B加C: every part after the first.
  const asked = /^(?:多少|几|啥|什么|数|额)(?:万元|钱)?$/.test(whole) ? '' : whole;
  // 三公那张表里的会议费: the table a figure is said to stand in only says where; the figure is what follows.
  const parts = [part1, ...rest.split(/加上?/)].map((p) => p.trim().replace(/^.*表(?:里|中|内|上)?的?(?=\p{Script=Han}{2})/u, ''));
  return parts.every((p) => p.length >= 2) && (asked.length >= 2 || !asked) ? { parts, whole: asked } : undefined;
}

/** A和B合计比C多多少 / A加B合计和C差多少: a difference whose first side is a sum of two named things. */
const SUM_AGAINST = /^(.{2,}?(?:和|与|加上?).{2,}?(?:加起来|合起来|合计|之和|加在一起|两项))(?:和|与|跟|比)(.{2,}?)(?:之间)?(?:相差|差|多|少|高|低)(?:了|出)?多少/;

/** A和B相差多少 / A比B多多少: a difference of two figures; 比上年 / 比2019年 is a change, no second figure. */
const DIFFERENCE = /^(.+?)(?:和|与|跟|比)(.+?)(?:之间)?(?:相差|差|多|少|高|低|贵|便宜)(?:了|出)?(?:花|用)?了?多少/;
const LAST_YEAR = /上年|去年|前年|上一年|\d{2,4}年|年初/;
const LAST_YEAR_SPOKEN = /去年|last year/i;
/** 比去年 / compared with last year: the year before is what the figure is measured against. */
const LAST_YEAR_COMPARED = /(?:比|跟|和|与|较|同|相比)去年|去年同期|(?:than|with|to|over|on|from) last year/i;
/** 去年我来办事 / 上年俺去大厅: the year before said of what the asker did (去年 reads as 上年 by then). */
const NARRATED_YEAR = /上年(?:的时候|那会儿?)?(?:我|俺|咱|我们|我家)(?!们?(?:单位|局|部门))/;

/** Money asked in so many words (花了多少钱), not only said (经费). */
const MONEY_OUTRIGHT = /多少钱|花了多少|花多少|多少万/;
/** Words that ask an indicator, beyond 绩效 (which also names the work of evaluating). */
const INDICATOR_WORD = /指标|满意度|完成率|合格率|覆盖率|得分|分数|目标|等级|[^增执变占]率/;

/** What is said to have grown or fallen (GDP增速, 房价涨了, CPI比去年涨了): the words before the change and its 比去年. */
const CHANGE_SAID_OF = /([a-z]+|[\u4e00-\u9fa5]{2,4})(?:的)?(?:(?:比|跟|和|较|同)(?:上年|去年)(?:相比|比)?)?(?:增速|增长率|增幅|涨幅|涨了|跌了|上涨|下跌)/;

/** 与2023年预算执行数相比 / 比上年决算数: the figure a change is measured from, said with words of a total. */
const COMPARISON_BASE = /(?<!年)(?:与|和|跟|比|较|同)(?:上年|去年|上一年|\d{4}年度?)(?:的)?(?:当年)?(?:预算执行数|执行数|预算数|决算数|预算|决算)(?:相比|比较|比)?/g;

/** The words of the figure a change is measured from name no subject (预算 of 与2023年预算执行数相比). */
/** 除了财政拨款，其他收入有多少: what is set aside before 其他 / 别的 is not asked. */
const SET_ASIDE_BEFORE_OTHERS = /除了?([\u4e00-\u9fa5]{2,12}?)(?:以外|之外)?(?=其他|其余|别的|还有)/;

function notSetAside(concepts: TermMatch[], text: string): TermMatch[] {
  const m = text.match(SET_ASIDE_BEFORE_OTHERS);
  if (!m) return concepts;
  const [from, to] = [m.index!, m.index! + m[0].length];
  const kept = concepts.filter((c) => c.at < from || c.at >= to);
  return kept.some((c) => c.at >= to) ? kept : concepts;
}

function notInComparisonBase(concepts: TermMatch[], text: string): TermMatch[] {
  const spans = [...text.matchAll(COMPARISON_BASE)].map((m) => [m.index!, m.index! + m[0].length] as const);
  return spans.length ? concepts.filter((c) => !spans.some(([from, to]) => c.at >= from && c.at < to)) : concepts;
}

/** A table's title said as where a figure stands (收入支出决算总表(公开01表)中，本年收入合计…): up to its 中 / 里. */
const TITLE_SAID_AS_SCOPE = /^[\u4e00-\u9fa5]{2,24}?表(?:\([^()]{1,12}\))?(?:里面?|中|内|上)/;

/**
 * The figures a table's title names together (收入 and 支出 of 收入支出决算总表) say where the asked figure
 * stands, where a figure is named after it. A title naming one (固定资产占用情况表中) is the whole it is in.
 */
function notInTitle(concepts: TermMatch[], text: string): TermMatch[] {
  const title = text.match(TITLE_SAID_AS_SCOPE)?.[0];
  if (!title) return concepts;
  const after = concepts.filter((c) => c.at >= title.length);
  return after.length && concepts.length - after.length >= 2 ? after : concepts;
}

/** English words before a whole's name that go inside it (in its 2026 basic expenditure, within the procurement). */
const INSIDE_WHOLE_EN = /\b(?:in|within|inside|under)\s+(?:(?:its|the|their|this)\s+)?(?:\d{4}\s+)?$/;
/** Words after a whole's name that go inside it (政府采购里, 支出预算中, 固定资产占用情况表中). */
const INSIDE_WHOLE = /^(?:支出)?(?:预算)?(?:资金|总金额|总额|金额|[\u4e00-\u9fa5]{0,6}?(?:情况表|明细表|表))?(?:里面?|里头|当中|之中|中)/;
/** A phase of one figure, not a figure: 决算, 年初预算, 预算数. */
const PHASE_WORD = /^(?:实际)?(?:决算|(?:年初|调整)?预算)数?$/;
/** A figure's name ending in its phase (三公经费决算), or the phase alone. */
const PHASE_ENDING = /(?:实际)?(?:决算|(?:年初|调整)?预算)数?$/;

/** A和B哪个花钱多 / A跟B比哪个预算高: which of two figures is more, said as a choice between them. */
const WHICH_MORE = /^(.+?)(?:和|与|跟)(.+?)(?:比|相比)?(?:起来)?[,，]?(?:哪个单位|哪一?家|哪边|哪个|哪一?项|哪一?个|哪一?类|哪一?块|哪一?种|哪一?部分|谁)(?:的)?((?:政府)?采购)?额?(?:花钱|花的钱|花得|钱|预算|金额|安排的?钱?)?(?:更|比较)?(?:多|高|大)/;

/** 项目支出是不是比基本支出还多: a yes-or-no comparison of two figures, answered with both and the gap. */
const MORE_THAN = /^(.+?)(?:是不是|是否|有没有|真的)比(.+?)(?:还|更)?(?:要)?([多高大少低小])/;

/** 日常公用经费与机关运行费金额是否一致 / A和B一样吗: a yes-or-no question whether two figures are the same. */
const SAME_AS = /^(.+?)(?:和|与|跟|同)(.+?)(?:的)?(?:金额|数额|数字|数目|预算数?|钱数?)?(?:是否|是不是|是)?(?<!有(?:啥|什么)不)(?:一致|一样|相等|相同|相符)(?:的)?(?:吗|么|嘛|呢)?$/;

/** 接待费和公车费加起来: a side of a comparison said as two figures added. */
const SIDE_SUM = /^(.{2,}?)(?:和|与|加上?)(.{2,}?)(?:加起来|合起来|合计|之和|加在一起|两项)$/;

/** 政府采购里服务 (比货物): the whole both sides are inside, said once before the first. */
const SIDE_SCOPE = /^(.{2,}?)(?:里面?|里头|当中|之中|其中)(.{2,})$/;
/** 政务服务中心的政府采购金额 (局本级和…): what is compared, said once after the second side. */
const SIDE_MEASURE = /^(.{2,}?)的(.{2,})$/;

/** Words said once of both sides (政府采购里服务比货物, 局本级和中心的采购金额) given to the other side too. */
function sharedWords(a: string, b: string): { sides: [string, string]; scope?: string } {
  const scope = a.match(SIDE_SCOPE);
  // 政府采购预算里货物和服务: the whole is named without its generic words (预算), so 政府采购服务 reads as the part.
  const whole = scope?.[1].replace(/(?<=..)(?:预算)?(?:资金|总金额|总额|金额)?$/, '');
  if (scope && whole && !b.includes(whole)) return { sides: [`${whole}${scope[2]}`, `${whole}${b}`], scope: whole };
  const measure = b.match(SIDE_MEASURE);
  if (measure && !a.includes('的') && !a.includes(measure[2])) return { sides: [`${a}的${measure[2]}`, b] };
  return { sides: [a, b] };
}

/** 接待了多少来访群众 / 接待大厅: the public received at a counter, which is no official hospitality (公务接待). */
const RECEIVING_PUBLIC = /接待[^，,。？?]{0,8}?(?:来访|群众|上访|信访|市民|访客|办事|走访|老百姓)|接待(?:大厅|中心|室|窗口|场所)/;
/** 接待外地来访的客人 / 来办事的公务客人: guests are official hospitality's, whoever else is named. */
const GUESTS = /公务|客人|外宾|宾客|来宾|客户/;

function notHospitality(concepts: TermMatch[], text: string): TermMatch[] {
  return RECEIVING_PUBLIC.test(text) && !GUESTS.test(text) ? concepts.filter((c) => !c.concept.startsWith('sangong.reception') || c.term.includes('公务')) : concepts;
}

/** Words after the official cars that narrow them to running them (公车一年维护费, 公务用车运维), not buying them. */
const CARS_RUN_AFTER = /^[^，,。？?]{0,6}?(?:运行维护|维护|运维|运行|保养|养护)/;
const CARS_BOUGHT = /购置|购买|买车|采购/;

/**
 * 公车一年养车的运行费: a bare 运行费 said of the official cars is theirs, not the body's 机关运行经费; and
 * 公车一年维护费: the cars said with words of running them, apart, are their running costs.
 */
function carsRunning(concepts: TermMatch[], text: string): TermMatch[] {
  const cars = concepts.some((c) => c.concept.startsWith('sangong.vehicle'));
  if (!cars) return concepts;
  return concepts
    .filter((c) => !(c.concept === 'admin' && /^运行(?:经)?费$/.test(c.term)))
    .map((c) => (c.concept === 'sangong.vehicle' && CARS_RUN_AFTER.test(text.slice(c.at + c.term.length)) && !CARS_BOUGHT.test(text) ? { ...c, concept: 'sangong.vehicleOperation' } : c));
}

/**
 * 哪个支出功能类别的财政拨款最多: 支出 and 财政拨款 said apart are the spending of the fiscal appropriation
 * (财政拨款支出), not the fiscal appropriation received beside the total spent.
 */
function fiscalSpending(concepts: TermMatch[], text: string): TermMatch[] {
  // spent from general public budget appropriations: the English words for spending and the appropriation said apart, too.
  const spending = concepts.find((c) => c.concept === 'expense.total' && /^(?:支出|spend|spent|spending|expenditures?)$/.test(c.term));
  const fiscal = concepts.find((c) => c.concept === 'income.fiscal' && /^(?:财政拨款|(?:fiscal )?appropriations?)$/.test(c.term));
  // 财政拨款“三公”经费 / 财政拨款基本支出: said right before a spending figure, the source only says which money it is.
  // 财政拨款安排的基本支出: a word of arranging may stand between.
  const qualified = fiscal && !spending && concepts.some((c) => /^(?:安排的?|的)?$/.test(text.slice(fiscal.at + fiscal.term.length, c.at)) && c.at >= fiscal.at + fiscal.term.length && !c.concept.startsWith('income.') && c.concept !== 'budget.total');
  if (qualified) return concepts.filter((c) => c !== fiscal);
  if (!spending || !fiscal) return concepts;
  return concepts.filter((c) => c !== spending).map((c) => (c === fiscal ? { ...c, concept: 'expense.fiscal' } : c));
}

/**
 * 一般公共预算多少钱: said alone, the general public budget is the money of that kind received; beside
 * another figure (一般公共预算基本支出) it only says which money that figure is of.
 */
function generalBudgetAlone(concepts: TermMatch[], text: string): TermMatch[] {
  const at = text.indexOf('一般公共预算');
  if (at < 0 || concepts.length !== 1 || concepts[0].concept !== 'budget.total' || concepts[0].at !== at + 4) return concepts;
  return [{ ...concepts[0], concept: 'income.general', term: '一般公共预算', at }];
}

/** 通过政府采购买东西一共多少钱: beside procurement named, 买东西 / 买服务 only say what procurement does. */
function procurementSaid(concepts: TermMatch[]): TermMatch[] {
  if (!concepts.some((c) => c.concept === 'procurement.total')) return concepts;
  return concepts.filter((c) => !(c.concept.startsWith('procurement.') && c.term.startsWith('买')));
}

/** 三公预算总额 / 机关运行经费预算总计: the budget's total word said right after a figure named is that figure's total. */
function totalSaidAfter(concepts: TermMatch[]): TermMatch[] {
  return concepts.filter((c) => c.concept !== 'budget.total' || !concepts.some((o) => o !== c && o.concept !== 'budget.total' && o.at + o.term.length === c.at));
}

/** 打算再买多少固定资产 / 新添固定资产: a word of buying before the assets asks the purchases planned, not the stock. */
const BUYING_ASSETS = /(?:买|购置|购买|添置|新添|新增|添|采购)[^，。？,?]{0,6}?(?:固定)?资产|\b(?:buy|buying|purchas(?:e|es|ing)|acquir(?:e|es|ing))\b(?:\s+\w+){0,2}\s+(?:fixed )?assets/;
/** 要买新公务车吗: a word of buying right before the vehicles asks those to be bought, not those there are. */
const BUYING_VEHICLES = /(?:买|购置|购买|添置|新添|新增|采购)(?:了|的)?(?:几|多少)?(?:辆)?(?:新的?)?(?:公务用车|车辆)/;

function assetsBought(concepts: TermMatch[], text: string): TermMatch[] {
  if (BUYING_VEHICLES.test(text)) return concepts.map((c) => (c.concept === 'sangong.vehicle' || c.concept === 'assets.vehicleCount' ? { ...c, concept: 'sangong.vehiclePurchase' } : c));
  if (!BUYING_ASSETS.test(text)) return concepts;
  const planned = concepts.some((c) => c.concept === 'assets.purchasePlan');
  // 准备购置多少资产: the plan named already, the assets word only says what it buys.
  return planned ? concepts.filter((c) => c.concept !== 'assets.total') : concepts.map((c) => (c.concept === 'assets.total' ? { ...c, concept: 'assets.purchasePlan' } : c));
}

/** The two figures compared, and what a yes-or-no comparison supposes of the first (MORE_THAN's last word). */
function differenceAsked(text: string): { of: [string, string]; splits?: [string, string][]; scope?: string; supposed?: 'more' | 'less' | 'equal' } | undefined {
  const same = text.match(SAME_AS);
  if (same && !LAST_YEAR.test(same[2]) && same[1].length >= 2 && same[2].length >= 2) return { of: [same[1].trim(), same[2].trim()], supposed: 'equal' };
  // 出国费和接待费合计比公务用车费多出多少: a side said as a sum keeps its own 和; the sides part at the word after the sum.
  const afterSum = text.match(SUM_AGAINST);
  if (afterSum && !LAST_YEAR.test(afterSum[2])) return { of: [afterSum[1], afterSum[2]] };
  const supposing = text.match(MORE_THAN);
  const m = text.match(WHICH_MORE) ?? supposing ?? text.match(DIFFERENCE);
  // 决算比预算少多少 / 三公经费决算比预算少花了多少: a figure's actual against its own budget is its execution, not two figures.
  if (!m || LAST_YEAR.test(m[2]) || (PHASE_ENDING.test(m[1].trim()) && PHASE_WORD.test(m[2].trim()))) return undefined;
  // 局本级和政务服务中心，谁的采购预算多: what is compared (采购) is said of both.
  const measure = supposing ? '' : (text.match(WHICH_MORE)?.[3] ?? '');
  const said = (x: string, y: string) => sharedWords(...([x, y].map((s) => s.replace(SAID_FIGURE, '').trim()).map((s) => (measure && !s.includes(measure) ? `${s}${measure}` : s)) as [string, string]));
  const { sides, scope } = said(m[1], m[2]);
  const [a, b] = sides;
  if (a.length < 2 || b.length < 2) return undefined;
  // 社会保障和就业支出与卫生健康支出: a name may hold a joining word itself; each later one is another way to split.
  const joiner = text.slice(m.index! + m[1].length).match(/^(?:和|与|跟)/)?.[0] ?? '和';
  const whole = `${m[1]}${joiner}${m[2]}`;
  const splits = [...whole.matchAll(/和|与|跟/g)].map((j) => j.index!).filter((at) => at > m[1].length && at < whole.length - 2).map((at) => said(whole.slice(0, at), whole.slice(at + 1)).sides);
  return { of: [a, b], ...(splits.length ? { splits } : {}), ...(scope ? { scope } : {}), ...(supposing ? { supposed: /[多高大]/.test(supposing[3]) ? ('more' as const) : ('less' as const) } : {}) };
}

/** What share of total spending goes to personnel: the whole, then the part. */
const EN_SHARE_OF_WHOLE = /(?:share|percentage|proportion|percent|fraction) of (?:the )?(.+?) (?:goes to|go to|is spent on|is for|is|are|does) (?:the )?(.+?)[?.]?$/;
/** What share of the budget is personnel: read the same way; personnel as a share of the total: the part first. */
const EN_PART_AS_SHARE = /^(?:what is )?(?:the )?(.+?) as an? (?:share|percentage|proportion) of (?:the )?(.+?)[?.]?$/;

/** An English share asked of a whole named in so many words, as [, part, whole]. */
function englishShare(text: string): [string, string, string] | null {
  const ofWhole = text.match(EN_SHARE_OF_WHOLE);
  if (ofWhole) return [ofWhole[0], ofWhole[2], ofWhole[1]];
  const asShare = text.match(EN_PART_AS_SHARE);
  return asShare ? [asShare[0], asShare[1], asShare[2]] : null;
}

const CODE = /(?<![\d.])([235]\d{2}|[235]\d{4}|[235]\d{6})(?![\d.]|万|元|%|个|台|辆|人|次)/g;

/** Names of bodies in questions: 公安局, 教育厅, 万里街道. 政府/部/处 are left out: they start budget words (政府采购, 部门). */
/** A character of a body's name: not a word of asking or joining (和, 加); 里 only in a place's name before its level (万里街道), not 局里, 这里 or 市里. */
const NAME_CHAR = /(?:[^\sa-z\d块的是有多少钱给了吗呢和与在为从把被对哪些什么怎几个里年占比跟加()（）着挂那这种]|(?<![这那哪城村市县区乡镇省局家])里(?=[\u4e00-\u9fa5]{0,2}(?:街道|社区|村|镇|乡)))/.source;
const ORG_MENTION = new RegExp(String.raw`${NAME_CHAR}{1,12}?(?:局(?![内里长本])|(?<![大展餐客门])厅(?!\(室\))|(?<=[\u4e00-\u9fa5]{2})(?<![能可来去好要在怎难帮代承举主协督包查申报开创筹兴合联备厅还也都没不再就才])办(?![理法事公好完成结件执证照几了过]|手续|业务|多少|\d{1,3}(?:期|场|次|个|届))|院|委员会|常委会|管委会|政协|委(?![托员会])|办公室|办事处|街道|中心|(?<![部签公])署|(?<![排站插列组归入领带梯])队|(?<![饭菜餐茶酒面])馆|大学|学校|中学|小学|(?<!乡)镇|(?<!城)乡(?![镇村下里间])|(?<=[一二三四五六七八九十])中(?![心央国间])|(?<=[\u4e00-\u9fa5]{2})(?<![全内外本局干总支部门分卖乐])部(?![门分长署级]))`, 'g');
/**
 * A body named in English by the word for its kind (the Changsha Public Security Bureau, the Ministry
 * of Finance): capitalised words before the kind word, or after it joined by of.
 */
const EN_ORG = /((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for)\s+)?){0,5})(Bureau|Department|Commission|Committee|Ministry|Administration|Court|Procuratorate|University|College|School|Subdistrict|Congress)\b((?:\s+(?:of|for|and)(?:\s+the)?(?:\s+[A-Z][\w'’-]*)+)*)/g;
const EN_ORG_KIND: Record<string, string> = { Bureau: '局', Department: '厅', Commission: '委员会', Committee: '委员会', Ministry: '部', Administration: '局', Court: '法院', Procuratorate: '检察院', University: '大学', College: '学院', School: '学校', Subdistrict: '街道', Congress: '人民代表大会' };
/** A Chinese name that already ends in a kind of body (公安局, 人民法院) takes no second one. */
const ENDS_IN_KIND = /[局厅委部院校会道]$/;

/**
 * The bodies an English question names, in Chinese (公安局), where the English lexicon knows what
 * they do; a name whose words it does not know (a place, a body it has no word for) is left unread,
 * as nothing tells whether it is the loaded one.
 */
function englishOrgs(raw: string, lexicon: Lexicon): { orgs: string[]; places: string[] } {
  const found = [...raw.matchAll(EN_ORG)].map((m) => {
    const name = `${m[1]}${m[2]}${m[3]}`;
    const what = lexicon.chineseMentions(name.replace(/['’]/g, '').toLowerCase()).split('|').filter(Boolean).join('');
    return { org: what && (ENDS_IN_KIND.test(what) ? what : `${what}${EN_ORG_KIND[m[2]]}`), places: placesIn(name) };
  });
  return { orgs: found.flatMap((f) => (f.org ? [f.org] : [])), places: found.flatMap((f) => f.places) };
}

/** Words that refer to the document's own body, or are time or rank words, not a name: 我局, 本部门, 上级单位 (上海 is a place); 街道乡镇 alone names no body. */
const NOT_A_NAME = /^(?:我|你|本|贵|该|这|那|咱|各|全|二级|下属|所属|内设|下面|底下|下辖)|^(?:在外面)?(?:租|租用|租赁|买|建|盖|装修|搬进)(?:的|了)?办公(?:室|楼|用房)$|^[所家个](?:学校|学院|大学|中学|小学|医院|单位|机关)$|^(?:今|去|明|上|下)(?:年|级|属|一|半)|^(?:街道|乡镇|乡|镇|社区|区|市|县|和|与|及)+办?$|(?:乡镇|街道)(?:乡镇|街道)$/;

/** A verb of going inside a mention (党员去敬老院, 到社区): what follows is where, not whose. */
const GONE_TO = /(?:(?<!过)去(?!年)|往(?!年)|赴|(?<![调转来达收得])到)(?!.*(?:去|往|到))/;
/** Words of moving away from a body said after it (从基层法院调到…): the asker's former body. */
const CAME_AWAY = /^(?:调到|调来|调入|调过来|过来|转来|转到|来到|来)/;
/** Words a follow-up starts with, which are no part of the body named after them (其中政务服务中心的呢, 那公安局呢). */
/**
 * A word the question says before a body's name, cut where a mention may start (了|解, 年|底, 这|所): its
 * second character, by the first, which no mention holds. 了解省人大常委会, 2024年底信访局, 这所交通学院.
 */
// 年中 is left out: 中 starts too many names (中医院, 中级人民法院). 一 is a name's character, so a mention may start
// with it (一所交通学院): the leading words take 一所 off.
const MEASURE_OF_BODY = /^[所家座位片]/;
const CUT_WORDS: Record<string, RegExp> = { 了: /^解(?:一?下)?/, 年: /^[末底初]/, 这: MEASURE_OF_BODY, 那: MEASURE_OF_BODY, 哪: MEASURE_OF_BODY };

function afterAWord(m: RegExpMatchArray): string {
  const cut = CUT_WORDS[m.input?.[(m.index ?? 0) - 1] ?? ''];
  return cut ? m[0].replace(cut, '') : m[0];
}

const LEADING_WORDS = new RegExp(String.raw`^(?:[\u4e00-\u9fa5]{0,8}?(?<!代)表(?:里|中|内|上)?(?=[\u4e00-\u9fa5]{2})|边(?=街道|乡|镇|社区)|开(?=常委会|代表大会|人代会)|(?:刚|新)?(?:调来|调到|调入|来到|入职|分到|分配到|来)|一[所家座位片](?=[\u4e00-\u9fa5]{2})|其中|那么|那|还有|另外|以及|请问|(?:我?想)?(?:[算查看问找搜翻瞧]|核实|核对|核查)一?下|看看|${HEARD_FROM}|据说|不好意思|我?想问(?:问|一?下)?|(?:我?想)?确?认一?下|我?想知道|我?想了解(?:一?下)?|了?解一?下|一下|为?啥|为什么|为何)+`);

/** A mention ending in a word for the asker's or the addressee's own body (…贵局, …咱们局, 了解一下咱局, 咱们办公厅). */
const OWN_BODY_WORD = /(?:贵|咱们?|我们?|你们?|他们|俺们?|本|该)(?:办公|机关)?(?:局|厅|委|院|中心|办公室|办事处|署|队|馆|学校|学院|街道|镇|乡|单位|部门)/;
const OWN_BODY = new RegExp(`${OWN_BODY_WORD.source}$`);
/** Words that say whose, not what: 咱们街道今年预算是多少 is as short a follow-up as 今年预算是多少. */
const WHOSE = new RegExp(OWN_BODY_WORD.source, 'g');

/** Punctuation between clauses, which no name runs across. */
const CLAUSE_BREAK = /[，,。；;：:、？?！!]/;

/** Words that only ask: 多少, 几, 多久, 呢 — no part of a subject. */
const ASKING = /[这那]一?[身件套个些种批台辆位笔]|多少|几|多久|多长时间|什么|啥|怎么|咋|哪|吗|呢|是|有|那|要|的|你们|我们|咱们|他们|花(?:了|掉)|花(?=多少|几)/g;

/** English words a Chinese question must hold before they are read for what they ask (why did … increase). */
const MIN_MIXED_WORDS = 2;

/** Longer questions carry their own subject; only short ones lean on the conversation. */
const FOLLOW_UP_MAX_CHARS = 10;
/** A question that names nothing may still lean on the conversation up to this length (比2023年执行数涨了多少). */
const FOLLOW_UP_MAX_NAMELESS = 24;
/** The same in English, whose words take several letters where Chinese takes one character. */
const FOLLOW_UP_MAX_NAMELESS_EN = 60;
/** Words that point back at what was just discussed. */
const REFERS_BACK = /^(?:那么?)?(?:它|(?:该|此|这个)(?!部门|局|厅|委|办)|这项|这笔|这一项|那个|那项)|它的|它们|这个项目|该项目|这个单位|该单位|这一项|这项|这笔|\bits?\b|\bthis (?:project|item|line)\b/;

/** 除了财政拨款还有别的收入来源吗: what else makes up the whole (收入来源) is asked; the thing set aside is one of its parts. */
const EXCEPT = /^(.{0,12}?)(?:除了|除去|除开|除)(.+?)(?:以外|之外)?(?:还有|另外还有|另外|还)(?:没有|有没有)?(?:别的|其他|其它|另外的)?(.+?)(?:吗|么|嘛|呢|没有)?$/;
const ASKS_ONLY = /^(?:什么|啥|哪些|多少|几个)$/;

/** The whole a 除了…还有 question asks the parts of, as a question of its own (收入来源有哪些), or the text as it was. */
/** 还有其他来源的钱吗 (after a source of income): what else the money comes from, which the income's parts answer. */
const OTHER_SOURCES = /^(?:那)?(?:还有|有没有)(?:没有)?(?:别的|其他|其它)(?:的)?(?:收入)?来源(?:的钱|的资金|的收入)?(?:吗|么|嘛|呢|没有)?[啊呀]?$/;

/** 除了一般公共服务，哪一类最多 / 不算行政运行的话，哪一项钱最多: a clause setting something aside before a ranking. */
const RANK_SET_ASIDE = /(?:除了?|除去|除开|不算|不含|不包括|刨去|去掉)([^，,。？?]{2,12}?)(?:以外|之外|的话|外)?[，,](?=[^。？?]*(?:最多|最少|最大|最小|最高|最低|排第|排名))/;

/** 人员经费是日常公用经费的多少倍 / A相当于B的几倍: the figure measured, then the one it is measured in. */
const RATIO = /^(?:那|请问)?([\u4e00-\u9fa5()]{2,20}?)(?:大约|大概|约)?(?:是|为|相当于|等于)([\u4e00-\u9fa5()]{2,20}?)的(?:多少|几)倍/;

/** 下面还有哪个单位 / 还有几家单位: units asked after one set aside, which the list of units answers without it. */
const UNITS_ASKED = /^(?:下面|下属|底下|另外)?(?:还有)?(?:哪个|哪些|哪几个|几个|几家|什么|别的|其他)?(?:下属)?(?:单位|机构)/;

/** 除了局本身还有哪个单位: the unit set aside, where what else is asked is units. */
function unitSetAside(text: string): string | undefined {
  const m = text.match(EXCEPT);
  return m && UNITS_ASKED.test(m[3].replace(/^[，,]/, '')) ? m[2].replace(/[，,]?\s*(?:下面|下属|底下)?$/, '') : undefined;
}

function exceptRead(text: string): string {
  if (OTHER_SOURCES.test(text)) return '收入来源包括哪些';
  // 除了局本身，下面还有哪个单位: the units are asked as they are; the answer leaves out the one set aside.
  if (unitSetAside(text)) return text;
  // 财政局除了财政拨款还有其他收入吗: what stands before 除了 (the body asked about) is kept.
  const m = text.match(EXCEPT);
  const whole = m?.[3].replace(/^(?:什么|啥|哪些)/, '').replace(/(?:来源|吗)$/, '') ?? '';
  return m && whole.length >= 2 && !ASKS_ONLY.test(whole) ? `${m[1]}${whole}包括哪些` : text;
}

/** A target said of a measure (review count target, satisfaction rate target): an indicator's value. */
const MEASURE_TARGET_EN = /\b(?:count|number|rate|satisfaction|quantity|ratio|percentage|coverage|score|time|volume)s? targets?\b/;

/** Every aspect's Chinese words, each pattern compiled once to replace them all: what is left names the subject. */
const ASPECT_WORDS = ASPECTS.map(([, zh]) => new RegExp(zh.source, 'g'));

/** `lexicon`: the knowledge to read with. Default: the knowledge shipped in knowledge/. */
export function analyze(input: string, lexicon: Lexicon = defaultLexicon()): Frame {
  const normalized = normalizeQuestion(input);
  // English words in brackets are dropped from what is read (overseas (outbound) trips), not from which language it is.
  const english = isEnglish(normalized) || isEnglish(String(input ?? '').normalize('NFKC'));
  // Colloquial Chinese words are read as budget terms also when quoted in an English question.
  // 除了一般公共服务，哪一类最多: what a ranking leaves out names no subject; it is kept apart.
  const setAsideRanked = english ? undefined : String(input ?? '').normalize('NFKC').match(RANK_SET_ASIDE);
  const rankSetAside = setAsideRanked?.[1].trim();
  const unranked = setAsideRanked ? normalized.replace(normalizeQuestion(setAsideRanked[0]), '') : normalized;
  const text = english && !/[\u4e00-\u9fa5]/.test(normalized) ? normalized : exceptRead(lexicon.applySynonyms(unranked));
  const setAsideUnit = english ? undefined : unitSetAside(text);
  const aspects = new Set<Aspect>();
  // A Chinese question with English words in it (why did 机关运行费 increase) is read in both languages.
  const englishWords = english ? text : (text.match(/[a-z]{2,}/gi) ?? []).join(' ').toLowerCase();
  const mixed = !english && englishWords.split(' ').length >= MIN_MIXED_WORDS;
  // An English question quoting Chinese words (internal departments (内设机构)) is read in both, too.
  const chineseWords = english ? (text.match(/[\u4e00-\u9fa5]+/g) ?? []).join('|') : '';
  for (const [aspect, zh, en] of ASPECTS) if ((english ? en : zh)?.test(text) || (mixed && en?.test(englishWords)) || (chineseWords && zh.test(chineseWords))) aspects.add(aspect);
  // One aspect may be a word inside another's phrase; keep the more specific reading.
  if (aspects.has('reason')) aspects.delete('definition');
  // 都是什么车 / 分别叫啥: the kinds or names of the things counted, not what a word means.
  if (/(?:都|分别|各|具体)(?:是|叫)(?:什么|哪些|啥)|都叫/.test(text)) {
    aspects.delete('definition');
    aspects.add('list');
  }
  // 增幅 asks the rate; 增减额及增幅 asks the amount too, which the change gives beside it.
  if (aspects.has('growthRate') && !/增减额|增加额|减少额|变动额|变化额|(?:增减|增加|减少|变化)了?多少(?![%％]|个百分点)/.test(text)) aspects.delete('change');
  if (['nature', 'rank', 'funding'].some((a) => aspects.has(a as Aspect))) aspects.delete('definition');
  if (aspects.has('overallGoal')) aspects.delete('goal');

  const claim = claimOf(text, english);
  const verify = claim?.value;
  const years = [
    ...[...text.matchAll(/(?<![\d.])((?:19|20)\d{2})(?:年|\s|$|[^\d.])/g)].map((m) => Number(m[1])),
  ].filter((y) => y !== verify);
  // 上年结转 / 结转下年 name budget lines (carry-overs), not the year before or after.
  // 去年我来办事: last year said of when the asker did something sets the scene; it asks nothing of last year.
  const scene = NARRATED_YEAR.test(text) && !/上年|上一年|last year|previous year/.test(text.replace(NARRATED_YEAR, ''));
  if (/上年(?!结转|结余|没花完|没用完|剩)|上一年|(?<!(?:carried|brought) (?:over|forward) from (?:the )?)(?:last|previous) year/.test(text) && !scene) aspects.add('previous');
  // carried forward to next year names the carry-forward, no year.
  if (/明年|(?<!(?:结转|转入|留)[到至入给]?)下一年|(?<!(?:结转|转入|留|一)[到至入给]?)下年|(?<!(?:forward|over) (?:to|into) )next year/.test(text)) aspects.add('nextYear');
  const lastYearSpoken = LAST_YEAR_SPOKEN.test(normalized) && !LAST_YEAR_COMPARED.test(normalized) && !scene;
  if (english && /what is|how much/.test(text)) aspects.delete('definition');
  // How much was spent on X asks X's figure, not what the money was spent on.
  if (english && ((/how much/.test(text) && !PURPOSE_ASKED_EN.test(text)) || MEASURE_OF_USE_EN.test(text))) aspects.delete('uses');
  // review count target / satisfaction target: the value an indicator sets, not the project's goal.
  if (english && MEASURE_TARGET_EN.test(text)) {
    aspects.delete('goal');
    aspects.add('indicator');
  }

  const read = totalSaidAfter(notSetAside(notInComparisonBase(notInTitle(generalBudgetAlone(procurementSaid(fiscalSpending(carsRunning(notHospitality(assetsBought(lexicon.findConcepts(text, english), text), text), text), text)), text), text), text), text));
  // 渣土拉去处理，政府给多少钱一方: a price asked has no source of income as its subject; 政府给 says who pays.
  const concepts = aspects.has('unitPrice') ? read.filter((c) => !c.concept.startsWith('income.')) : read;
  // 我局 / 本部门 / 该单位 refer to the document's own department, not to another body.
  // Read with its punctuation as breaks: 乡镇和街道，行政服务局 names no 街道行政服务局.
  const clauses = String(input ?? '').split(CLAUSE_BREAK).map((clause) => lexicon.applySynonyms(clause === input ? normalized : normalizeQuestion(clause)));
  // 管不管乡镇 / 是不是…局: a word said with 不 between its halves asks, and is no part of a name.
  const named = english ? englishOrgs(input, lexicon) : undefined;
  // 从基层法院调到省高院: the body the asker came from is where they were, not what they ask about.
  const cameFrom = (clause: string, m: RegExpMatchArray) => clause[(m.index ?? 0) - 1] === '从' && CAME_AWAY.test(clause.slice((m.index ?? 0) + m[0].length));
  // 党员去敬老院慰问: a place gone to is where the body's work is done, not a body whose budget is asked.
  const goneTo = (m: RegExpMatchArray) => GONE_TO.test(m[0]);
  const orgs = named ? named.orgs : clauses.flatMap((clause) => [...clause.matchAll(ORG_MENTION)].filter((m) => !cameFrom(clause, m) && !goneTo(m))).map((m) => afterAWord(m).replace(LEADING_WORDS, '').replace(/^.*?(.)[不没]\1/, '')).filter((o) => !NOT_A_NAME.test(o) && !OWN_BODY.test(o) && o.length >= 3);
  const elliptical = /呢$|^(?:那|还有|再|其中|里面|里头|and|what about)/.test(text);
  const refersBack = REFERS_BACK.test(text);
  const codes = [...text.matchAll(CODE)].map((m) => m[1]);
  const scheme = /经济分类|经济科目|经济类别|economic/.test(text) ? 'economic' : /功能分类|功能科目|功能类别|functional/.test(text) ? 'functional' : undefined;
  const ascending = /最少|最低|最小|最便宜|smallest|least|lowest|cheapest/.test(text);
  // 项级 / 项科目 / 按功能科目的项来看: the level named after the classification it is a level of.
  // 三个支出功能大类里 / 这三类支出 / 下面的几个项里: the level said by how many of it, or 大类.
  const level = { 类: 1, 款: 2, 项: 3 }[text.match(/([类款项])级|([类款项])(?:科目|一级)|(?:科目|分类)的?([类款项])(?=来看|看|层|$|[,，里中上]|这)|(?:大|这[几两三四五六]|[几两三四五六]个?(?:支出)?功能大?|[几两三四五六]个?大)(类)(?!似|型)|几个([项款])(?:里|中|之中|当中)|哪一?(类)(?=支出|最|增|减|的|比)|[两三四五六]个?(类)(?=支出)/)?.slice(1).find(Boolean) ?? ''];
  const within = english ? null : text.match(SHARE_WITHIN);
  const shareMatch = english ? englishShare(text) : (text.match(SHARE_IN) ?? (within && [within[0], within[2], within[1]]) ?? text.match(SHARE_OF));
  // 占多大比例 names no whole: the part's own whole is meant.
  const pointed = english ? undefined : text.match(SHARE_POINTED)?.[1];
  const shareOf = shareMatch && !pointed && shareMatch[2].length >= 2 && !/^(?:多大|多少|几成|百分之几)$/.test(shareMatch[2]) ? { part: shareMatch[1], whole: shareMatch[2], ...(within && shareMatch[1] === within[2] ? { within: true } : {}) } : undefined;
  // Normalising drops 、, which lists several subjects (总额、基本支出、项目支出): the raw text still says so.
  const cues = { ...readCues(text), ...(/、/.test(input) ? { joined: true } : {}) };
  // 钱大头花在哪一类上: where most of the money goes, by class, ranks the classes; it asks no uses.
  if (aspects.has('uses') && aspects.has('compare') && cues.classAsked) aspects.delete('uses');
  // 钱多了480万，这些钱拿来干啥: what money said to have grown is for is why it grew.
  if (aspects.has('uses') && aspects.has('change') && cues.movedSaid) {
    aspects.delete('uses');
    aspects.add('reason');
  }
  // 请中介机构做审计和绩效评价，花了多少钱: 绩效 said of the work paid for, with money asked outright and no
  // indicator word, asks the money.
  if (aspects.has('indicator') && MONEY_OUTRIGHT.test(text) && !INDICATOR_WORD.test(text)) {
    aspects.delete('indicator');
    cues.indicator = false;
  }
  const changeSaidOf = english ? undefined : text.match(CHANGE_SAID_OF)?.[1];
  const subjectText = english ? text : ASPECT_WORDS.reduce((t, words) => t.replace(words, '|'), text).replace(ASKING, '|');
  const sumOf = english ? englishSum(text, lexicon) : sumAsked(text);
  const ratio = english || sumOf ? undefined : text.match(RATIO);
  const ratioOf = ratio ? ([ratio[1], ratio[2]] as [string, string]) : undefined;
  const difference = english || sumOf || ratioOf ? undefined : differenceAsked(text);
  const differenceOf = difference?.of;
  // A side said as a sum (接待费和公车费加起来) is the figures it names, added.
  const sides = differenceOf?.map((side) => side.match(SIDE_SUM)?.slice(1, 3) ?? [side]) as [string[], string[]] | undefined;
  const differenceParts = sides?.some((side) => side.length > 1) ? sides : undefined;
  const supposed = difference?.supposed;
  // …retirement pensions in its basic expenditure: in English the whole is said after the part, with in / within.
  const inside = english
    ? concepts.filter((c) => c.term && INSIDE_WHOLE_EN.test(text.slice(0, c.at))).map((c) => c.concept)
    : concepts.filter((c) => c.term && text.includes(c.term) && INSIDE_WHOLE.test(text.slice(text.indexOf(c.term) + c.term.length))).map((c) => c.concept);
  const operation = sumOf || differenceOf || ratioOf ? 'check' : (learningOperation(normalized, orgs) ?? operationOf(aspects, verify !== undefined, !!shareOf));
  const sharePart = english || shareOf || pointed ? undefined : text.match(SHARE_BARE)?.[1];
  const shareClaim = english || !aspects.has('share') ? undefined : shareClaimOf(text);
  return { ...(shareClaim ? { shareClaim } : {}), ...(shareOf ? { shareOf } : {}), ...(pointed && aspects.has('share') ? { sharePointed: pointed, ...(SHARE_OF_NOTHING.test(pointed) ? { sharePointedAtNothing: true } : {}) } : {}), ...(sharePart ? { sharePart } : {}), ...(sumOf ? { sumOf } : {}), ...(differenceOf ? { differenceOf } : {}), ...(differenceParts ? { differenceParts } : {}), ...(difference?.scope ? { differenceScope: difference.scope } : {}), ...(changeSaidOf ? { changeSaidOf } : {}), ...(difference?.splits ? { differenceSplits: difference.splits } : {}), ...(supposed ? { supposed } : {}), ...(setAsideUnit ? { unitSetAside: setAsideUnit } : {}), ...(ratioOf ? { ratioOf } : {}), ...(rankSetAside ? { rankSetAside } : {}), raw: input, said: normalized, lexicon, text, mentionText: english ? lexicon.chineseMentions(text) : text, subjectText, operation, attribute: attributeOf(aspects, cues.timeAsked && !cues.money && !cues.asksNumber), cues, short: text.replace(WHOSE, '').length <= FOLLOW_UP_MAX_CHARS, english, concepts, aspects, years, ...(claim ? { verify: claim.value, ...(claim.relation !== 'equal' ? { verifyRelation: claim.relation } : {}) } : {}), orgs, orgPlaces: named?.places ?? [], lastYearSpoken, elliptical, refersBack, inside, followUpLength: text.length <= (english ? FOLLOW_UP_MAX_NAMELESS_EN : FOLLOW_UP_MAX_NAMELESS), codes, ...(scheme ? { scheme } : {}), ascending, ...(level ? { level } : {}) };
}
