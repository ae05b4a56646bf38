/**
 * The question grammar: turns a normalised question into a frame of what is asked about
 * (concepts from the lexicon, years, organisations) and what about it (aspects). Each aspect is
 * one small pattern, so every phrasing of the same need lands on the same aspect.
 */
import { applySynonyms, findConcepts, type TermMatch } from './lexicon.js';
import { isEnglish, normalizeQuestion } from './normalize.js';

export type Aspect =
  | 'change'
  | 'reason'
  | 'share'
  | 'growthRate'
  | 'previous'
  | 'count'
  | 'unitPrice'
  | 'quantity'
  | 'code'
  | 'definition'
  | 'list'
  | 'nature'
  | 'rank'
  | 'funding'
  | 'goal'
  | 'indicator'
  | 'duties'
  | 'units'
  | 'projects'
  | 'uses'
  | 'measures'
  | 'overallGoal'
  | 'people'
  | 'checks'
  | 'compare'
  | 'glossary'
  | 'nextYear'
  | 'execution'
  | 'parts'
  | 'score';

const ASPECTS: [Aspect, RegExp, RegExp?][] = [
  ['reason', /原因|为什么|为何|为啥|怎么回事|依据|理由/, /\bwhy\b|reason/],
  ['growthRate', /增长率|增幅|增速|涨幅|降幅|增长了?百分之|增长了?多少%|变化率/, /growth rate|rate of change/],
  ['change', /比上年|与上年|较上年|和上年|跟上年|同比|增减|增加|减少|增长|下降|变化|变动|涨了|降了|多了|少了|持平|比(?:19|20)\d\d年?|相比/, /change|compared|increase|decrease|grow|versus|\bvs\b/],
  ['share', /占比|比例|比重|占多少|百分比|占总|占支出|占收入|占.*百分之/, /share|percent|proportion|ratio/],
  ['unitPrice', /单价|多少钱一|一台多少钱|每.{0,4}多少钱|多少钱(?:一|每)?(?:立方米|台|吨|平方米|件|套)|立方米多少钱|均价|价格/, /unit price|price per|price/],
  ['quantity', /数量|几台|多少台|几套|多少套|几张|多少张|买几|买了几|多少件|几件|几批|多少批|几次/, /how many|quantity/],
  ['code', /目录|编码|编号|序号|代码|品目/, /catalog|code/],
  ['definition', /是什么意思|什么意思|指什么|是指|什么是|是什么|含义|定义|解释一下|啥意思|指的是/, /\bmean|definition|define/],
  ['nature', /性质|什么单位|行政还是事业|事业还是行政|是(?:行政|事业)单位|(?:行政|事业)单位吗/, /nature/],
  ['rank', /级别|规格|什么级|哪一级|几级/, /\brank|level/],
  ['funding', /经费保障|保障形式|经费形式|经费来源形式/, /funding type/],
  ['goal', /绩效目标|目标是|目标/, /goal|target/],
  ['indicator', /指标|绩效|满意度|完成率|合格率|时限|覆盖率/, /indicator|performance/],
  ['duties', /职责|职能|负责什么|管什么|干什么|做什么的/, /duties|responsibilit|function/],
  ['units', /机构设置|下属单位|所属单位|哪些单位|几个单位|单位有|内设机构|机构情况/, /\bunits\b|organi[sz]ation/],
  ['glossary', /名词解释|术语/, /glossary|terms/],
  ['parts', /分别|构成|组成|来源|包括哪些|包括什么|有哪几项|明细/, /breakdown|consist|made up/],
  ['projects', /哪些项目|项目有哪些|项目清单|几个项目|多少个项目|绩效目标表/, /which projects|list of projects/],
  ['uses', /主要用于|用途|用在|花在|花哪|花到哪|用到哪|主要为|干什么用/, /used for|spent on|where .* go/],
  ['measures', /保障措施|工作保障|措施/, /measures/],
  ['overallGoal', /总体绩效目标|总体目标|整体目标|整体绩效/, /overall goal/],
  ['list', /有哪些|哪些|列出|清单|都有什么|包括什么|包括哪些|明细/, /\blist\b|which/],
  ['count', /多少个|几个|几项|多少项|多少条|几条|多少张表|几张表|个数/, /how many|number of/],
  ['people', /编制|多少人|几个人|人数|多少名|几名|局长|主任是|领导|负责人|是谁|谁是|谁负责|电话|地址|办公地点|联系/, /\bwho\b|staff number|headcount|phone|address/],
  ['execution', /执行率|执行情况|执行进度|完成预算|实际支出|实际花了|花完了|用完了/, /execution|actually spent/],
  ['compare', /最大|最贵|哪个部门|哪个单位|哪家|各部门|各单位|排名|排序|排行|最多|最少|最高|最低|对比|谁多|谁少|分别是/, /which department|\brank|compare|highest|lowest|most|least/],
  ['score', /得分|多少分|几分|总分|评分|打了?多少分|自评结果/, /\bscore/],
  ['checks', /一致性|核对|校验|勾稽|对不上|有没有错/, /consisten|check/],
];

export interface Frame {
  raw: string;
  /** Normalised, with colloquial words mapped to the disclosure's terms. */
  text: string;
  english: boolean;
  concepts: TermMatch[];
  aspects: Set<Aspect>;
  years: number[];
  /** A figure the user asks us to confirm: 是78.66万元吗. */
  verify?: number;
  /** Names of government bodies mentioned in the question. */
  orgs: string[];
  /** The question reads as a follow-up: it ends in 呢 or names nothing of its own. */
  elliptical: boolean;
  /** Classification codes named: 2010301, 30201 (3, 5 or 7 digits from 2, 3 or 5, never a year's 4, not a figure with its unit). */
  codes: string[];
  /** Which classification a question ranks or lists by, where it says: 按经济分类 / 功能科目. */
  scheme?: 'functional' | 'economic';
  /** The smallest first (最少, 最低) rather than the largest. */
  ascending: boolean;
  /** The level a ranking asks for: 类 1, 款 2, 项 3. */
  level?: number;
  /** 教育支出占财政拨款支出的比例: the part and the whole, each as the question words it. */
  shareOf?: { part: string; whole: string };
}

/** X 占 Y 的比例/比重/多少: the whole runs from 占 to the word that asks for the share. */
const SHARE_OF = /^(.+?)(?:在)?占(?:到)?(.+?)(?:的)?(?:比例|比重|百分比|多少|几成|份额|%)/;

const CODE = /(?<![\d.])([235]\d{2}|[235]\d{4}|[235]\d{6})(?![\d.]|万|元|%|个|台|辆|人|次)/g;

const VERIFY = /(?:是|为|有)?(\d+(?:\.\d+)?|零)(?:万元|万|元)?(?:吗|么|嘛|对吗|对不对|是不是|没错吧)|是不是(\d+(?:\.\d+)?|零)/;
/** Names of bodies in questions: 公安局, 教育厅, 万里街道. 政府/部/处 are left out: they start budget words (政府采购, 部门). */
const ORG_MENTION = /[^\s\d的是有多少钱给了吗呢和与在为从把被对哪什么怎几个里年]{1,12}?(?:局|厅|院|委员会|办公室|办事处|街道|中心|署|队|馆|大学|学校|中学|小学)/g;
/** Words that refer to the document's own body, or are time or rank words, not a name: 我局, 本部门, 上级单位 (上海 is a place). */
const NOT_A_NAME = /^(?:我|你|本|贵|该|这|那|咱|各|全)|^(?:今|去|明|上|下)(?:年|级|属|一|半)/;

export function analyze(input: string): Frame {
  const normalized = normalizeQuestion(input);
  const english = isEnglish(normalized);
  const text = english ? normalized : applySynonyms(normalized);
  const aspects = new Set<Aspect>();
  for (const [aspect, zh, en] of ASPECTS) if ((english ? en : zh)?.test(text)) aspects.add(aspect);
  // One aspect may be a word inside another's phrase; keep the more specific reading.
  if (aspects.has('reason')) aspects.delete('definition');
  if (aspects.has('growthRate')) aspects.delete('change');
  if (['nature', 'rank', 'funding'].some((a) => aspects.has(a as Aspect))) aspects.delete('definition');
  if (aspects.has('overallGoal')) aspects.delete('goal');

  const verifyMatch = text.match(VERIFY);
  const claimed = verifyMatch?.[1] ?? verifyMatch?.[2];
  const verify = claimed !== undefined && /吗|么|嘛|对|是不是|没错/.test(text) ? (claimed === '零' ? 0 : Number(claimed)) : undefined;
  const years = [...text.matchAll(/((?:19|20)\d{2})(?:年|\s|$|[^\d.])/g)].map((m) => Number(m[1])).filter((y) => y !== verify);
  if (/上年|上一年|last year|previous year/.test(text)) aspects.add('previous');
  if (/明年|下一年|下年|next year/.test(text)) aspects.add('nextYear');
  if (english && /what is|how much/.test(text)) aspects.delete('definition');

  const concepts = findConcepts(text, english);
  // 我局 / 本部门 / 该单位 refer to the document's own department, not to another body.
  const orgs = english ? [] : [...text.matchAll(ORG_MENTION)].map((m) => m[0]).filter((o) => !NOT_A_NAME.test(o) && o.length >= 3);
  const elliptical = /呢$|^(?:那|还有|再|and|what about)/.test(text);
  const codes = [...text.matchAll(CODE)].map((m) => m[1]);
  const scheme = /经济分类|经济科目|economic/.test(text) ? 'economic' : /功能分类|功能科目|functional/.test(text) ? 'functional' : undefined;
  const ascending = /最少|最低|最小|smallest|least|lowest/.test(text);
  const level = { 类: 1, 款: 2, 项: 3 }[text.match(/([类款项])级|([类款项])(?:科目|一级)/)?.slice(1).find(Boolean) ?? ''];
  const shareMatch = english ? null : text.match(SHARE_OF);
  const shareOf = shareMatch && shareMatch[2].length >= 2 ? { part: shareMatch[1], whole: shareMatch[2] } : undefined;
  return { ...(shareOf ? { shareOf } : {}), raw: input, text, english, concepts, aspects, years, ...(verify !== undefined && !Number.isNaN(verify) ? { verify } : {}), orgs, elliptical, codes, ...(scheme ? { scheme } : {}), ascending, ...(level ? { level } : {}) };
}
