/**
 * Words of a question that steer how it is answered without naming a subject: 多少钱 asks for
 * money, 小计 for a unit's subtotal, 局长 for a person. Read here once, so that the engine and the
 * answer layers test flags of the frame, never the question's text.
 */
import { z } from 'zod';
import { SectionLabel } from '../schema/fact.js';

export const Cues = z.object({
  /** 金额 / 多少钱 / 预算: the question wants a money figure. */
  money: z.boolean(),
  /** 采购 / 单价 / 买: procurement words, which favour procurement rows over same-named projects. */
  procurement: z.boolean(),
  /** 项目 / 专项 / project: the question is about projects as such (哪个项目钱最多, 列出采购项目). */
  projects: z.boolean(),
  /** 搞信访工作的那个专项: a project described by a clause (…的那个项目) rather than named. */
  describedProject: z.boolean(),
  /** 是不是全都是财政给的: whether one part is all of its whole is asked. */
  claimsAll: z.boolean(),
  /** 依据哪些规定 / 按照什么文件: the rules or documents something follows, which the prose names in words. */
  basisAsked: z.boolean(),
  /** 合计数和各分项加起来一致吗: whether a whole's own parts add up to it is asked. */
  partsAddUp: z.boolean(),
  /** 几个专项加起来是多少 / 一共多少: a sum of what is listed is asked. */
  addUpAsked: z.boolean(),
  /** 比上年减少了，对吗: the way a figure is supposed to have moved, to confirm or deny. */
  claimedChange: z.enum(['增加', '减少', '持平']).optional(),
  /** 比去年少了三成多 / 钱多了480万: the way a figure is said to have moved, as a fact the question starts from. */
  movedSaid: z.enum(['增加', '减少']).optional(),
  /** 哪些项目的决算数超过了年初预算 / 哪些没完成: the lines of a 决算 asked for, by how the actual stands to the budget. */
  beyondBudget: z.enum(['over', 'under']).optional(),
  /** 比年初预算少得最多 / 超出预算最多: the side of its budget a 决算 line ranked by its gap is asked on. */
  gapSide: z.enum(['over', 'under']).optional(),
  /** 它们各占总预算的比例是多少: what is asked of each of the two things the conversation named (占总预算的比例是多少). */
  eachOfThem: z.string().optional(),
  /** 哪些绩效指标没达到年度指标值: the indicators that fell short of their target asked for. */
  unmetAsked: z.boolean(),
  /** 降幅最大 / 增幅最大: the way a rate of change asked to rank moves. */
  rateMoved: z.enum(['增加', '减少']).optional(),
  /** 买 / 购置 / 添置: buying is asked (还打算再买吗). */
  buying: z.boolean(),
  /** 科目: the question says its subject is a classified line. */
  classWord: z.boolean(),
  /** 法院（款）: a name marked as a 类, 款 or 项 of the classification, which is no body however it reads. */
  levelMarked: z.boolean(),
  /** 哪一类 / which category: the classes of a whole are ranked (货物, 工程, 服务), not its rows. */
  classAsked: z.boolean(),
  /** 有啥制度 / 有哪些规定: what the measures consist of is asked, which their text, not their titles, says. */
  measureDetail: z.string().optional(),
  /** 两个单位 / 各单位 / 分单位: each unit's figure is asked (procurement by unit). */
  perUnit: z.boolean(),
  /** A 政府采购目录 code (A02010499, C1008): the rows it classifies are asked. */
  catalogueCode: z.string().optional(),
  /** 小计: a unit's procurement subtotal. */
  subtotal: z.boolean(),
  /** 指标 / 绩效 / 满意度 / 目标: a performance indicator is asked, even where a procurement row shares the name. */
  indicator: z.boolean(),
  /** 指标 itself: the indicators, not the goal sentence. */
  indicatorWord: z.boolean(),
  /** 局长 / 领导 / 谁: a person, whom no budget line describes. */
  person: z.boolean(),
  /** 和 / 与 / 分别: several subjects joined in one question. */
  joined: z.boolean(),
  /** 比 / 增 / 减 / 变化: a change asked in so many words (上年 alone asks for last year's figure). */
  changeWord: z.boolean(),
  /** 是事业单位吗: the nature the user supposes, to confirm or deny. */
  claimedNature: z.enum(['行政', '事业']).optional(),
  /** 多少 / 几: a number is asked (编制多少), whatever it counts. */
  asksNumber: z.boolean(),
  /** 几辆 / 多少人 / 几个: a count asked, with its counting word. */
  countAsked: z.string().optional(),
  /** Every counting word asked, in order (几批、多少人次 → 批次, 人次). */
  countsAsked: z.array(z.string()),
  /** 多少页 / 几次: the unit of an indicator value asked for. */
  unitAsked: z.string().optional(),
  /** 政府性基金 without 收入/支出: the fund budget as a whole, which a department may state it has none of. */
  fundBudget: z.boolean(),
  /** 处室 / 内设机构 / 学院: the internal divisions rather than the subordinate units. */
  internalBodies: z.boolean(),
  /** 学院 in 有哪些二级学院: the ending of the bodies asked for, to list only those. */
  bodyEnding: z.string().optional(),
  /** 电话 / 地址 / 联系方式: contact details, which a budget statement does not carry. */
  contact: z.boolean(),
  /** 全区一般公共预算收入 / 全市财政收入: the finances of a whole area, which no department's budget is. */
  wholeArea: z.string().optional(),
  /** 你觉得…是不是浪费 / 合不合理 / do you think: a judgement asked, which no disclosure gives. */
  opinion: z.boolean(),
  /** 它跟服务类比哪个多 / 它比基本养老保险缴费少多少: the pronoun a comparison starts from, for the thing talked about. */
  itCompared: z.string().optional(),
  /** GDP / 房价 / CPI: a figure of the economy, which no department's budget states. */
  economy: z.string().optional(),
  /** 我去年提交的信访事项办到哪一步了: one person's own case, which no budget records. */
  personalCase: z.boolean(),
  /** 牌子 / 哪家公司中标 / 去哪几个城市: an attribute no disclosure states (brand, vendor, place), named in words. */
  unstated: z.string().optional(),
  /** 有公车吗 / 有没有…: whether something exists, which a count answers. */
  exists: z.boolean(),
  /** 推算 / 倒推: a figure to be worked out from others (2019年的总额 from this year's and the change). */
  derive: z.boolean(),
  /** 用款计划 / 立项依据 / 建筑面积: the section of a project's narrative asked for. */
  sectionAsked: SectionLabel.optional(),
  /** The section was asked in everyday words (主要干啥), which say it only of a project the question names. */
  sectionNeedsName: z.boolean().optional(),
  /** 楼有多高 / 全年加起来: a section asked in everyday words, which must name its project well (not by 公共服务 alone). */
  sectionDescribed: z.boolean().optional(),
  /** 财政拨款 / 一般公共预算 beside a line: its fiscal-appropriation figure, not its all-funds one. */
  fiscal: z.boolean(),
  /** 不是财政拨款的部分 / 财政拨款以外: what is left of a figure once its fiscal appropriation is taken out. */
  nonFiscal: z.boolean(),
  /** 多久换一次 / 多长时间 / 几年: a period or time limit, which 时效 indicators (更换时间, 办结时限) state. */
  timeAsked: z.boolean(),
  /** 扫的质量有要求吗 / 合格标准: a quality or standard, which 质量 indicators (合格率, 达标率) state. */
  qualityAsked: z.boolean(),
  /** 年初预算: the budget a 决算 line was set against. */
  budgetAsked: z.boolean(),
  /** 决算: the actual figures after the year, which a budget (预算) disclosure does not have. */
  finalAccounts: z.boolean(),
  /** 打不通怎么办 / 需要带哪些材料 / 怎么投诉: how to get a public service done, which no budget states. */
  serviceHowTo: z.boolean(),
  /** 两家单位 / 各单位 / 所有单位: each of the department's units is asked about. */
  everyUnit: z.boolean(),
  /** 下属单位 / 所属单位: the units under the department, not the department's own. */
  subordinate: z.boolean(),
  /** 账面价值 / 原值: the worth of things held is asked, not what they cost to run. */
  worthAsked: z.boolean(),
  /** 那个中心是什么性质: the head noun a thing is pointed at by, instead of its name (中心). */
  pointedNoun: z.string().optional(),
  /** 平均每页成本多少 / 平均每个窗口多少钱: what a project's money is to be divided by (页, 窗口). */
  perCount: z.string().optional(),
  /** 这两个加起来多少 / 它俩差多少: the two things the conversation named last, summed or set against each other. */
  bothAgain: z.enum(['sum', 'difference']).optional(),
  /** 第二个 / 最后一个 / the second one: a thing the last list named, by its place (1-based; -1 the last), and the words that said it. */
  ordinal: z.object({ place: z.number().int(), said: z.string() }).optional(),
  /** 这两项加起来占三公的比重: what is asked of the two summed, past the sum (占三公的比重). */
  bothShareOf: z.string().optional(),
  /** 年底 / 年末 / 截至: a stock figure asked as it stood at a date, not a year's flow. */
  yearEnd: z.boolean(),
  /** 吗 / 是否 / 有没有: a yes-or-no question (还要买车吗), which a count or an amount answers. */
  yesNo: z.boolean(),
  /** 其中…: what follows is asked within the conversation's subject (其中政府采购了哪些 after a project). */
  within: z.boolean(),
  /** A word naming a classified line or spending (哪一项花得最多, 哪个科目), which a ranking with no concept needs. */
  lineWord: z.boolean(),
  /** 平均每辆 / 单车: a vehicle cost divided among the vehicles, which a 三公 statement may state or imply. */
  perVehicle: z.boolean(),
  /** 平均得分 / average score: a mean asked, which a statement of several projects' scores gives. */
  averageAsked: z.boolean(),
  /** 公众号有多少粉丝 / 关注的人有多少: the people who follow an account. */
  followersAsked: z.boolean(),
  /** 哪一项最多 / the largest: one extreme of a ranking is asked, which the answer then singles out. */
  extremeAsked: z.boolean(),
  /** A total's change asked as its parts' changes added up: against the total (总增加额, 相抵), or which part (主要是哪项增加的). */
  changeSplit: z.enum(['againstTotal', 'whichPart']).optional(),
  /** 你们 / 咱们 / 本单位: the department itself is spoken to or of, not the thing talked about before. */
  ownBody: z.boolean(),
  /** 资产表统计截止到哪天: the date the assets reported stand at. */
  assetsAsOfAsked: z.boolean(),
  /** 制度 of 制定了哪些制度: the kind of thing a list asks for, whose items a listing line ends on. */
  listedThing: z.string().optional(),
});
export type Cues = z.infer<typeof Cues>;

const MONEY = /金额|总额|租金|原值|账面价值|多少钱|的钱|钱有多少|钱最|预算|经费多少|花了|花多少|费用|资金|多少万|(?:安排|投入|拨)了?多少(?![个次批人台辆项名件套天期])|\bbudget(?:ed)?\b|how much|\bcosts?\b|\bfunds?\b|\bfunding\b|\bmoney\b|\bspen[dt]\b/;
const PROCUREMENT = /采购|小计|单价|数量|买|购/;
const INDICATOR = /指标|绩效|满意度|目标/;
/** 它们各 / 这两个分别 / 两者各: each of the two things just talked about. */
const EACH_OF_THEM = /^(?:那)?(?:它们|它俩|这两(?:个|项|者|笔)|两者|二者)(?:各自|各|分别)/;

/** Indicators that fell short asked for: 哪些指标没达到 / 没达标的指标 / which indicators missed their targets. */
const UNMET = /(?:哪些|哪几|哪个|哪项)[^，,。？?]{0,12}(?:没|未)(?:有)?(?:达到|达标|完成)|(?:没|未)(?:有)?(?:达到|达标)的(?:指标|有哪些|是哪)|不达标的|\b(?:missed|fell short of|did not (?:meet|reach)) (?:its |their |the )?targets?\b/;

/** Which lines are asked for (哪些项目, 哪几项, which items). */
const WHICH_LINES = /哪些|哪几|which (?:items|lines|projects)/;
/** The actual said to be above the budget (超过了年初预算, 超支), or below it (没花完, 低于年初预算). */
const BUDGET_GAP = /比(?:年初)?预算数?(多|少)/;
const OVER_BUDGET = /(?:超过|超出|高于|多于|大于)(?:了)?(?:年初)?预算|超支|exceed(?:ed)? (?:the |its |their )?(?:initial |original )?budget/;
const UNDER_BUDGET = /(?:低于|少于|小于|没(?:有)?达到|不到)(?:了)?(?:年初)?预算|没(?:有)?花完|没(?:有)?用完|under (?:the |its |their )?budget/;

/** A rate of change said with its direction (降幅, 增幅), as a ranking asks it. */
const RATE_DOWN = /降幅|跌幅|减幅|(?:下降|减少)(?:的)?幅度|\b(?:largest|biggest|steepest) (?:fall|drop|decrease|decline|cut)\b/;
const RATE_UP = /增幅|涨幅|(?:增长|增加|上涨)(?:的)?幅度|增速|\b(?:largest|biggest|fastest) (?:rise|increase|growth)\b/;

/** The finances of a whole area (全区一般公共预算收入, 全市财政收入), which no department's budget states. */
const WHOLE_AREA = /全(?:区|市|省|县|国|镇)(?:\d{4}年度?)?(?:的)?(?:一般公共预算|财政|税收|地方|政府性基金)(?:预算)?(?:收入|支出)?/;

/** A judgement asked: whether money is wasted, reasonable or worth it, in the asker's view or the bot's. */
const OPINION = /(?:你(?:们)?觉得|你认为|你怎么看).{0,24}?(?:浪费|乱花|合理|值得|值不值|划算|有必要|太多|太高|过高|好不好|对不对|够不够|应该|应不应该)|是不是(?:在)?(?:浪费|乱花)|(?:花得|花的|用得)太多|是不是(?:定得|安排得|编得|花得|给得)太(?:高|多|大)|是不是(?:花|用|给|定|安排)(?:得)?(?:多|高)了|是不是(?:还)?应该|应不应该|浪费(?:了)?(?:纳税人|老百姓|国家)的钱|合不合理|是否合理|值不值|\bin your (?:opinion|view)\b|\bwast(?:eful|ed|ing)\b|\ba waste of\b|\b(?:is|was|are) (?:it|this|that|the \w+(?: \w+)?) (?:reasonable|worth it|too (?:much|high))\b/;

/** 它跟X比 / 这个比X少多少: a comparison whose first side is a pronoun. */
const IT_COMPARED = /^(?:那)?(它|这个|这项|这笔|该项)(?=(?:跟|和|与|同|比)(?!上年|去年|上一年|前年|年初|预算|决算|\d{4}年)[^，,。？?]{1,16}?(?:比|相比|相差|差|多|少|高|低|哪个))/;

/** Figures of the economy (GDP预计增长多少, 房价涨了多少): no budget states them. */
const ECONOMY = /\bgdp\b|gdp(?=[\u4e00-\u9fa5])|地区生产总值|国内生产总值|\bcpi\b|居民消费价格指数|(?<![用租购])房价(?![值款格])|人均可支配收入|失业率|经济增速|经济增长率/i;

/** 我提交的那件事办到哪一步了 / 我的申请进度: the asker's own case and how far it has got. */
const PERSONAL_CASE = /我(?:的|们家|家)?.{0,16}?(?:办到|进展到|处理到)(?:了)?哪一?步|(?:办到|进展到|处理到)哪一?步了|我的.{0,10}?(?:进度|办理情况|处理结果)|\bmy (?:case|complaint|petition|application)\b/i;

/** A person asked about: a title with what is asked of them (局长工资, 主任电话), or who someone is. */
const PERSON = /(?:哪位|哪个|哪些)(?:员工|职工|同事|干部|工作人员|老师|人)(?:的)?.{0,4}(?:工资|薪|绩效|奖金|收入|待遇|拿得?最多)|(?:局长|院长|庭长|法官|领导|主任|负责人|书记|处长|科长|秘书长|部长|厅长|校长|主席|所长|队长|镇长|区长|市长|县长|省长|馆长|站长).{0,8}(?:工资(?!福利)|薪|待遇|收入|奖金|是谁|叫什么|名字|姓名|电话)|(?:一个月|每个?月|月)(?:的)?(?:工资|薪水|薪资|收入)|工资条|(?<![对给向])个人(?!和家庭)(?:的)?(?:一年|每年|每月|一个月)?(?:的)?(?:工资(?!福利)|收入|补贴|津贴|奖金)|每人每[月年](?:能)?(?:领|拿|发)|每(?:个|位|名)[\u4e00-\u9fa5]{1,5}?[员人](?:一|每)?[天日月年]?(?:能)?(?:的)?(?:补贴|补助|工资|津贴|报酬|劳务费)|(?<!其)(?:他|她)(?:本人)?的?(?:一年|每年|每月|一个月)?的?(?:收入|工资|薪水|薪资)|本人的?(?:收入|工资|薪水|薪资)|(?<!都|分别)是谁|(?:他|她)叫(?:啥|什么)|(?<!(?:平台|系统|项目|软件|网站|中心|专项|工程|活动|栏目|刊物|杂志|公众号|app|设备|机器|东西|单位|机构|表)(?:的|又|都|到底)?)叫(?:啥|什么)名字|工作人员.{0,8}(?:叫啥|叫什么|名字|姓名)|谁是|(?<![由归])谁负责|(?<!归)谁管|谁批/;
const JOINED = /和|与|及|、|分别|以及|还有|跟|\band\b|\bvs\b|versus/;
const CHANGE_WORD = /比|增|减|变化|变动|较|涨|降|change|compare|\bvs\b|versus|\b(?:higher|lower|more|less|up|down|increase[ds]?|decrease[ds]?|rose|fell)\b/;
const CLAIMED_NATURE = /(行政|事业)单位?(?:吗|么|嘛)/;
const CONTACT = /电话|手机|微信号|地址|办公地点|联系方式|联系人|邮箱|网址|phone|address|contact|e-?mail|wechat/;
/** A clause ending in 的 before the project it describes (…的那个专项, …的项目, the project that …), or pointing back at it after the description (…免费咨询，这个项目…). */
const DESCRIBED_PROJECT = /(?<=[\u4e00-\u9fa5]{6})[这那][个项](?:专项|项目)(?![里中])|的(?:那|这)?(?:个|项|笔)?(?:专项|项目|科目|支出|经费)|(?:project|programme) (?:that|which|for)\b/;

/** Attributes of purchases, projects and trips that budget disclosures do not state, with how to name each. */
const UNSTATED: [RegExp, string][] = [
  // Not 什么车 alone: 都是什么车 after a count asks its kinds (公务用车、执法用车), which the disclosure gives.
  // 牌子 is a brand only where it is asked for (什么牌子, 牌子是): 门口挂的牌子 is a sign, which may be bought.
  [/(?:什么|啥|哪个|哪家|哪种|哪款)(?:样的)?牌子|牌子(?:是|叫)|品牌|型号|车型|什么牌|brand|model/, '品牌或型号'],
  [/哪家(?![^，,。？?]{0,12}(?:多|少|高|低|大|小))|哪个公司|什么公司|中标(?!单?价|金额)|供应商|承包|承接|谁家|vendor|supplier|contractor/, '供应商或中标单位'],
  [/合同(?:期|签了?(?:几|多少|多长)|(?:签|定)(?:的)?(?:几|多少)年|年限)|contract (?:term|length|period)/, '合同期限'],
  // 上半年实际执行了多少: what was spent part-way through the year, which neither a budget nor a 决算 states.
  [/(?:上半年|下半年|[一二三四]季度|前[几两三四五六]个月|截至目前|到目前为止|截至现在)[^，,。？?]{0,6}?(?:实际)?(?:执行|花了|花掉|支出了|用了)/, '年度中途的执行数'],
  [/去哪(?:几|些)?个?(?:城市|地方|国家)|哪几个城市|哪些城市|哪个城市|去了哪(?:里|儿)|具体地点|which cities/, '具体地点'],
  // Not 办公时间 itself, which may be an indicator (律师现场办公时间).
  // 多少人在上班 counts the people at work, which is no question of hours.
  // 上班 said of who works there (我侄子在那上班, 刚上班) asks no hours either: only when or whether they work does.
  [/几点|营业时间|[上下]班(?:时间|吗|么|嘛)|[上下]不[上下]班|(?:周末|节假日|中午|晚上|周六|周日|星期[六天日])(?:也|还)?(?:要|用)?[上下]班|(?:几点|什么时候|啥时候|何时)?(?:开门|关门)(?!运转|运行|营业的?(?:经费|费用|钱))(?=.{0,4}(?:吗|么|嘛|时间|[?？]|$))|opening hours/, '办公时间'],
];
const PER_VEHICLE = /平均(?:下来|算下来|摊下来)?[,，]?(?:每|一)辆|一辆车?一年|一辆车?[\u4e00-\u9fa5]{0,4}?(?:养|开)下来|一辆车?[\u4e00-\u9fa5]{0,10}?平均|每辆车?(?:的|车)?(?:平均|均摊|摊)|每辆车?的?[\u4e00-\u9fa5]{1,6}?(?:平均|均摊)|平均到每辆|单车(?:平均|运行|费用)|辆均|per (?:vehicle|car)|each (?:vehicle|car)/;
/** A 政府采购品目 code: A (goods), B (works) or C (services) and its digits. */
const CATALOGUE_CODE = /(?<![a-z0-9])([abc]\d{2,12})(?![0-9])/i;
const BODY_ENDING = /(?:哪些|几个|多少个)(?:二级)?(学院|中心|司|队)/;
/** 公众号有多少粉丝 / 多少人关注: an account's followers, people counted. */
const FOLLOWERS = /(?:多少|几)(?:个|位)?(?:粉丝|用户|人关注|关注者)|(?:粉丝|关注的人|关注者|关注量|关注总量|订阅的人)(?:数|量)?(?:大概|大约|一共|总共)?(?:有|是)?(?:多少|几)/;
const COUNT_ASKED = /(?:几|多少)(?:个)?(辆|台|套|个|人次|人|名|位|家|项|批次|批(?!准)|拨(?!款|付)|次|回(?![答复应顾])|处|所|条|件|行|期(?![间末初限])|场(?![所地馆])|届|部(?=法|规|条例|文件))/;
/** 国内公务接待批次、人次？: counting words listed at the end, which ask their counts with no 多少 said. */
const COUNTS_LISTED = /(批次|人次|人数|次数)(?:、|和|及|与|[，,])?(批次|人次|人数|次数)(?:分别|各)?(?:是|为)?(?:多少)?[？?。]*$/;
const COUNTING_WORD: Record<string, string> = { 批: '批次', 拨: '批次', 人数: '人', 次数: '次', 回: '次' };
/** The one counting word a question asks in, as the facts count (几位 → 人, 几拨 → 批次). */
const countingWord = (word: string | undefined) => (word === '位' ? '人' : word && (COUNTING_WORD[word] ?? word));
/** 离退休人员有多少 / 在职职工多少: people asked for with no counting word are counted in 人, not in money. */
const PEOPLE_HOW_MANY = /(?:人员|人数|职工|员工|干部|教职工|(?:在岗|在职|上班|实有)的?人|(?:实际)?在岗的?|实有|(?:退休|离休)(?:的)?(?:人员?)?)(?:有|共有|一共有?|总共有?|大概有?)?(?:多少|几)(?!钱|万|元|经费|费|支出|预算)|(?:人员|人数)(?:是|为|一共是|总共是)(?:多少|几)(?!钱|万|元|经费|费|支出|预算)/;
/** 接待了多少办事群众 / 有多少在职人员: people counted by what they are, the counting word said first. */
const PEOPLE_SERVED = /(?:多少|几)(?:个|位|名|万)?(?:(?:办事|来访|上访|来信)?(?:群众|市民|居民|来访者|访客|游客|办事人|老百姓)|(?!钱|万元|元|经费|费)(?:来|到)[^，,。？?钱]{1,8}?(?:群众|市民|居民|来访者|访客|老百姓)|(?!钱|万元|元|经费|费)[^，,。？?钱万元]{1,8}?的(?:群众|市民|居民|来访者|访客|老百姓)|(?:在职|在岗|在编|退休|离退休)?(?:人员|职工|员工|干部))/;
const UNIT_ASKED = /(?:多少|几)(?:个)?(万页|页|次|小时|人|台|套|件|天|个|%|平方米|平米)/;
/** 租了多大面积 / 面积有多大 / 租了多大地方 / 租了多大: an area, which tables state in 平方米. */
const AREA_ASKED = /多大(?:的)?(?:面积|地方|场地)|面积(?:有)?多大|多少面积|面积(?:是)?多少|[租建盖]了?多大(?![\u4e00-\u9fa5])/;

/** Words asking for a section of a project's narrative, by the section's label. */
const SECTION_ASKED: [RegExp, SectionLabel][] = [
  [/用款计划|每个?季度|分季度|各季度/, '年度预算安排'],
  [/立项依据|政策依据|立项的依据|依据(?:哪些|什么)(?:文件|政策)|根据(?:哪些|什么)文件/, '立项依据'],
  [/实施主体|谁(?:来)?(?:实施|建设)|建设单位|实施单位/, '实施主体'],
  [/实施方案|怎么实施|如何实施|具体做法/, '实施方案'],
  [/实施周期|进度安排|工期|时间安排/, '实施周期'],
  [/项目概况|项目简介|建筑面积|用地面积|占地面积|几层|层数|建筑高度/, '项目概况'],
  [/为什么(?:执行率|完成率)?(?:偏低|这么低|较低|低|没(?:有)?完成|没花完)|(?:偏低|较低|没完成)的?原因|存在(?:的|哪些|什么)?问题|有(?:什么|哪些)问题|问题(?:及|和)原因/, '问题及原因'],
];

/**
 * 社区服务中心楼有多高 / 建在哪 / 建成后做什么用: what a building project's overview states, asked in
 * everyday words that say too little alone (多大 of an office), so only of a project the question names.
 */
const OVERVIEW_DESCRIBED = /多高|楼高|高度|(?<!占[^，,。？?]{0,6}|盘子|(?:预算|经费|钱|支出|资金|金额|规模)有?)多大(?![^，,。？?]{0,3}(?:比|份额|规模|盘子))|面积多|多少层|几层|盖几层|建在哪|在哪[里儿]?(?:建|盖)|(?:什么|哪个)位置|位于哪|建成(?:以)?后|做什么用|干什么用|用来(?:做|干)(?:什么|啥)|什么用途/;
/** 最多 / 最少 / the largest: one end of a ranking. */
const EXTREME = /最(?:多|少|大|小|高|低|贵)|\b(?:largest|biggest|smallest|most|least|highest|lowest)\b/;
/** 全年加起来一共多少 after the quarters: the plan by quarter, added up. */
const PLAN_ADDED_UP = /全年(?:加起来|合计|一共|总共)/;

/** 农业普查今年主要干啥: what a project does is its plan of work, where the question names the project. */
const WORK_ASKED = /主要(?:做|干|开展)(?:什么|啥|哪些)|(?:要|打算)(?:做|干)(?:什么|啥|哪些)|主要(?:工作|任务)(?:是什么|有哪些)/;

/** The two things just talked about, pointed at together: 这两个, 它们, 两者 … */
const BOTH = '^(?:这两个|这两项|这两笔|这俩|它俩|两者|二者|两项|两个)(?:的)?(?:钱|金额|预算|费用)?';
const BOTH_SUMMED = new RegExp(`${BOTH}(?:加起来|合起来|相加|加在一起|一共|总共|合计)`);
const BOTH_SET_AGAINST = new RegExp(`${BOTH}(?:相差|差了?|相比|比较|哪个(?:更)?(?:多|高|大)|谁(?:更)?多)`);

/** 平均每页成本 / 平均每次评审多少钱 / 平均每个窗口多少: the thing counted, by its measure word or, after 个, its noun. */
const PER_COUNT = /(?:平均|均摊到|摊到)(?:下来|算下来)?[,，]?每(?:一)?(?:([页次人台件户批项场期天篇条份])(?=[\u4e00-\u9fa5]{0,4}?(?:成本|多少|花|费用|钱|单价|经费))|个([\u4e00-\u9fa5]{1,3}?)(?=(?:的)?(?:成本|多少|花|费用|钱|单价|经费)))|每([页次人台件户批项场期天篇条份])(?:平均|均)(?=[\u4e00-\u9fa5]{0,3}?(?:成本|多少|花|费用|钱))|每一?([页次人台件户批项场期天篇条份])的?(?=成本)/;

/** 那个中心 / 这个学院 / 中心那边 / 中心政采小计: a body pointed at by the noun its name ends in. */
const POINTED_NOUN = /^(?:那个|这个|那家|这家)(中心|学院|学校|医院|分局|大队|支队|办公室|所|站|队|馆|院)(?=是|的|有|怎么|为什么|呢|属于|在|$)|^(中心|学院|学校|医院|分局|大队|支队|办公室)(?=那边|这边|那里|这里|的?(?:政采|政府采购|采购)(?:小计|合计|预算|多少))/;

/** How a citizen gets a service done: the counter's own business, not the budget's. */
const SERVICE_HOW_TO = /(?:应该|要|该)去哪|去哪(?:个|家|里|儿)[\u4e00-\u9fa5]{0,4}(?:办|立案|起诉|申请|投诉|咨询)|怎么(?:起诉|立案|上诉)|怎么办(?!理)|打不通|怎么投诉|如何投诉|(?:怎么|如何|怎样)(?:办理|申请|预约|补办|挂失|换领|领取)|(?:需要|要)带(?:哪些|什么)|办事指南|几点(?:上班|下班|开门)/;

/**
 * A total's change set against its parts': 增量和减量相抵是否等于总增加额, 总数却只多346万. 总 must sit right
 * before the change word, so that 预算总额比上年增长多少 stays a plain change.
 */
const AGAINST_TOTAL = /(?:总|合计|整体|总体)[额数量的]?(?:[却只才也还就]{0,2}(?:增加|增长|增量|减少|减量|下降|变化|变动|多了|少了|多出|加了)|[却只才也还就]{1,2}[多少])|相抵|抵消|抵销/;
/** 减少的主要是哪项 / 哪部分增加了: which parts a total's change came from. */
const WHICH_PART = /(?:增加|增长|减少|下降|变化)[\u4e00-\u9fa5]{0,6}?(?:哪(?:项|部分|块|一块|一项|个部分|些部分)|来自哪|从哪)|哪(?:项|部分|块|一块|一项|个部分)[\u4e00-\u9fa5]{0,4}?(?:增加|增长|减少|下降|变化|多了|少了|增|减|涨|降)/;

/** 截止到哪天 / 什么时候的数 / 截至几月: the date a figure stands at is asked. */
const AS_OF_ASKED = /(?:截止|截至|统计)到?(?:哪|什么|几)|哪一?天|什么时候的|(?:什么|哪个)时点|as of (?:when|what)|what date/;

/**
 * 第二个 / 其中第3项 / 倒数第一 / the second one: a place in the list just given. The counting word is
 * required (第四次全国农业普查, 第一季度 are names and times, not places in a list).
 */
const ORDINAL = /(?:其中|里面)?(?:的)?(倒数)?第([一二两三四五六七八九十]|10|[1-9])(?:个|项|名|条|笔|家|位)(?:项目|单位)?|(?:其中|里面)?最后(?:一)?(?:个|项|名|条|笔|家)|\b(?:the )?(first|second|third|fourth|fifth|last) (?:one|project|item|unit|line|row)\b/;
const PLACES: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, first: 1, second: 2, third: 3, fourth: 4, fifth: 5 };

function readOrdinal(text: string): Cues['ordinal'] {
  const m = text.match(ORDINAL);
  if (!m) return undefined;
  const word = m[2] ?? m[3];
  const n = word === undefined || word === 'last' ? -1 : (PLACES[word] ?? Number(word));
  return { place: m[1] ? -n : n, said: m[0] };
}

/** 减少了，对吗 / 是不是增加了 / 没变吧: a direction of change put to the reader to confirm. */
const CHANGE_WORDS = '(增加|增长|上升|涨|减少|下降|降低|少|持平|没变|不变)';
const CHANGE_CLAIMED = new RegExp(`(?:是不是|是否)${CHANGE_WORDS}了?(?:吗|吧)?$|${CHANGE_WORDS}了?(?:吧|吗|[,，]?(?:对吗|是吗|对不对|是不是|没错吧))`);
function claimedChange(text: string): Cues['claimedChange'] {
  const m = text.match(CHANGE_CLAIMED);
  const word = m?.[1] ?? m?.[2];
  if (!word) return undefined;
  return /增加|增长|上升|涨/.test(word) ? '增加' : /持平|没变|不变/.test(word) ? '持平' : '减少';
}

/** Words that ask about each of the units: 两家单位, 各单位, 每个单位, 所有单位. */
const EVERY_UNIT = /[两二三四五六七八九几]家|[两二三四五六七八九几]个单位|各(?:个|家)?单位|每(?:个|家)单位|所有单位|全部单位|\b(?:both|all|each of the) (?:units|bodies|institutions)\b|\b(?:each|every) (?:unit|body|institution)\b|\band the .+\beach (?:have|has|is|are)\b/;


/** 依据哪些规定做的 / 按照什么文件公开: the rules followed, asked by the documents' kind. */
const BASIS_ASKED = /(?:依据|根据|按照|遵照|依照)(?:的)?(?:了)?(?:哪些|什么|哪个|哪几个|哪部|啥)(?:规定|文件|法律|法规|政策|办法|制度|规程)|(?:规定|文件|法律|法规)(?:依据)?是(?:什么|哪些)/;

/**
 * 和各分项加起来一致吗 / 三项加起来等于合计吗: the parts of a whole, said as its parts, checked against it;
 * 三公经费三项加起来到底是多少: their sum asked, said beside the whole's own figure.
 */
const PARTS_ADD_UP = /(?:分项|明细|各项|各部分|[两三四几]项|子项|各分项|三个分项)(?:的)?(?:数|金额|数字)?(?:加起来|相加|之和|合计|加总|合起来)(?:[,，]?[^,，]{0,10}(?:一致|相等|对得上|对上|吻合|等于|相符|对不对|对吗|一样)|(?:到底|一共|总共)?(?:是)?多少)/;

/** Money asked in so many words: beside a count asked (预算里定了一年搞几次), 预算 or 经费 alone only says where the count is set. */
const MONEY_SAID = /金额|总额|原值|账面价值|多少钱|的钱|钱有多少|花了|花多少|多少万|(?:安排|投入|拨)了?多少(?![个次批人台辆项名件套天期])|how much|\bcosts?\b|\bmoney\b|\bspen[dt]\b/;

/**
 * Whether money is asked by words beside a thing's name, not by its name alone (开发企业开办平台费用 … 多少人);
 * `counting`: a count is asked too, so only money said in so many words asks it.
 */
export function asksMoneyBeside(text: string, name: string, counting = false): boolean {
  return (counting ? MONEY_SAID : MONEY).test(text.split(name).join('|'));
}

/** how many people were received / how many batches: what an English question counts, as the Chinese counting word. */
const COUNTED_EN: Record<string, string> = { people: '人', persons: '人', visitors: '人次', 'person-times': '人次', visits: '人次', batches: '批次', groups: '批次', times: '次', vehicles: '辆', cars: '辆' };
const COUNT_ASKED_EN = new RegExp(`\\bhow many (${Object.keys(COUNTED_EN).join('|')})\\b`, 'g');

export function readCues(text: string): Cues {
  const claimed = text.match(CLAIMED_NATURE)?.[1] as Cues['claimedNature'];
  const unit = text.match(UNIT_ASKED)?.[1]?.replace(/^平米$/, '平方米') ?? (AREA_ASKED.test(text) ? '平方米' : undefined);
  // 退休的人有多少个: 个 said of people counts them in 人.
  // 有多少粉丝 / 多少人关注: followers are people counted.
  const counting = FOLLOWERS.test(text) ? '人' : PEOPLE_HOW_MANY.test(text) && /(?:多少|几)个?$/.test(text.replace(/[吗呢啊呀?？]+$/, '')) && /人/.test(text) ? '人' : (countingWord(text.match(COUNT_ASKED)?.[1]) ?? (PEOPLE_HOW_MANY.test(text) || PEOPLE_SERVED.test(text) ? '人' : undefined));
  const countedEn = [...text.matchAll(COUNT_ASKED_EN)].map((m) => COUNTED_EN[m[1]]);
  const ending = text.match(BODY_ENDING)?.[1];
  const unstated = UNSTATED.find(([pattern]) => pattern.test(text))?.[1];
  const perCountMatch = text.match(PER_COUNT);
  const perCount = perCountMatch?.[1] ?? perCountMatch?.[2] ?? perCountMatch?.[3] ?? perCountMatch?.[4];
  const named = SECTION_ASKED.find(([pattern]) => pattern.test(text))?.[1] ?? (WORK_ASKED.test(text) ? '实施方案' : undefined);
  const described = !named && (OVERVIEW_DESCRIBED.test(text) || PLAN_ADDED_UP.test(text));
  const section = named ?? (!described ? undefined : OVERVIEW_DESCRIBED.test(text) ? '项目概况' : '年度预算安排');
  const catalogue = text.match(CATALOGUE_CODE)?.[1];
  // 哪些规章制度: the kind is the noun the phrase ends on (制度).
  const listed = text.match(/哪些((?:规章)?[\u4e00-\u9fa5]{2})/)?.[1].slice(-2);
  // 这两项加起来占三公的比重: what is asked past the sum.
  const afterSum = text.replace(BOTH_SUMMED, '');
  const ordinal = readOrdinal(text);
  const changeClaimed = claimedChange(text);
  const measureDetail = text.match(/(?:啥|什么|哪些)(?:规章)?(制度|规定)/)?.[1];
  const movedWord = text.match(/(多|少|增加|减少|涨|降|上升|下降|增长)了/)?.[1];
  const moved = movedWord ? (/多|增|涨|升/.test(movedWord) ? '增加' : '减少') : undefined;
  return {
    money: MONEY.test(text),
    procurement: PROCUREMENT.test(text),
    projects: /项目|专项|projects?\b/.test(text),
    describedProject: DESCRIBED_PROJECT.test(text),
    classWord: /科目/.test(text),
    levelMarked: /\([类款项]\)/.test(text),
    classAsked: /哪一?类|which (?:category|kind|type)/.test(text),
    ...(measureDetail ? { measureDetail } : {}),
    buying: /买|购置|购买|添置|新购|\b(?:buy|buying|bought|purchas(?:e|es|ed|ing)|acquir(?:e|es|ed|ing))\b/.test(text),
    ...(changeClaimed ? { claimedChange: changeClaimed } : {}),
    ...(moved ? { movedSaid: moved } : {}),
    unmetAsked: UNMET.test(text),
    ...(EACH_OF_THEM.test(text) ? { eachOfThem: text.replace(EACH_OF_THEM, '') } : {}),
    ...(RATE_DOWN.test(text) ? { rateMoved: '减少' as const } : RATE_UP.test(text) ? { rateMoved: '增加' as const } : {}),
    ...(OVER_BUDGET.test(text) || BUDGET_GAP.exec(text)?.[1] === '多' ? { gapSide: 'over' as const } : UNDER_BUDGET.test(text) || BUDGET_GAP.exec(text)?.[1] === '少' ? { gapSide: 'under' as const } : {}),
    ...(WHICH_LINES.test(text) && OVER_BUDGET.test(text) ? { beyondBudget: 'over' as const } : WHICH_LINES.test(text) && UNDER_BUDGET.test(text) ? { beyondBudget: 'under' as const } : {}),
    claimsAll: /是不是(?:全都|全部|都|全)|(?:全都|全部|都)是.{1,10}(?:吗|吧|啊|呀|么)|is (?:it )?all (?:from|of)/.test(text),
    partsAddUp: PARTS_ADD_UP.test(text),
    basisAsked: BASIS_ASKED.test(text),
    subtotal: /小计/.test(text),
    // 两个单位加起来: the units named only to say the sum is over both of them.
    perUnit: /(?:各|每|两|几|[二三四五六七八九十]|\d)[个家]?(?:预算)?单位(?!加起来|合起来|合计|一共|总共)|分单位|按单位|(?:two|each|both|the) units|by unit|per unit\b/.test(text),
    ...(catalogue ? { catalogueCode: catalogue.toUpperCase() } : {}),
    ...(section ? { sectionAsked: section, sectionNeedsName: !SECTION_ASKED.some(([pattern]) => pattern.test(text)), ...(described ? { sectionDescribed: true } : {}) } : {}),
    indicator: INDICATOR.test(text),
    indicatorWord: /指标/.test(text),
    person: PERSON.test(text),
    joined: JOINED.test(text),
    addUpAsked: /加起来|合起来|加在一起|之和|合计|(?:一共|总共|共计|总计)(?:是|有|要|花了?)?多少(?:钱|万元?)|in total|altogether|combined|add up/.test(text),
    changeWord: CHANGE_WORD.test(text),
    derive: /推算|倒推|反推|推出|推一下|算出|算一下|算算|(?:根据|按照?)[^，,]{0,8}(?:增减|增加|减少|变化|变动)(?:数|额|幅度)|(?:减|加)(?:去|上)?(?:增加|减少|增长|变化|增减)(?:额|数)?(?:来)?算|怎么算/.test(text),
    // 干嘛 / 什么 / 怎么 ask what, not whether there is any.
    exists: /有没有|是否有|有.{1,16}(?<![干什怎那这多])[吗嘛么]/.test(text),
    perVehicle: PER_VEHICLE.test(text),
    averageAsked: /平均|\b(?:average|mean)\b/.test(text),
    // 多少用户 of a system or a website is no account's followers: an account, or following, is said.
    followersAsked: FOLLOWERS.test(text) && /粉丝|关注|订阅|公众号|微信|微博|抖音|视频号/.test(text),
    extremeAsked: EXTREME.test(text),
    within: /^(?:其中|里面|这里面|那里面|里头)/.test(text),
    lineWord: /科目|[项类款]|花|用/.test(text),
    yesNo: /(?<![什怎那这多])[吗嘛么][?？]?$|是否|有没有|是不是/.test(text),
    yearEnd: /年底|年末|截至|截止|月末|as of|end of/.test(text),
    ...(claimed ? { claimedNature: claimed } : {}),
    ...(unit ? { unitAsked: unit } : {}),
    ...(counting || countedEn.length ? { countAsked: counting ?? countedEn[0] } : {}),
    countsAsked: (COUNT_ASKED.test(text) ? [...text.matchAll(new RegExp(COUNT_ASKED.source, 'g'))].map((m) => m[1]) : (text.match(COUNTS_LISTED)?.slice(1) ?? countedEn)).map((word) => COUNTING_WORD[word] ?? word),
    asksNumber: /多少|几|how many|how much|number of|headcount/.test(text),
    fundBudget: /政府性?基金/.test(text) && !/收入|支出/.test(text),
    finalAccounts: /决算|实际(?:一共|总共|上)?(?:花了|花掉|支出了|用了)|final accounts|actually spent/.test(text),
    budgetAsked: /年初预算|预算数|调整预算|(?:initial|original|year-start|opening) budget/.test(text),
    fiscal: /财政拨款|一般公共预算|财拨/.test(text),
    nonFiscal: /(?:不是|非|除了?|除去)(?:财政拨款|财拨)|(?:财政拨款|财拨)(?:以外|之外|外的)/.test(text),
    timeAsked: /多久|多长时间|几年|几个月|几天|周期|什么时候|哪一?年(?!的)|when\b|how long|how often/.test(text),
    qualityAsked: /质量|合格(?:率|标准)?|达标|\bquality\b/.test(text),
    contact: CONTACT.test(text),
    ...(WHOLE_AREA.test(text) ? { wholeArea: text.match(WHOLE_AREA)![0] } : {}),
    opinion: OPINION.test(text),
    personalCase: PERSONAL_CASE.test(text),
    ...(IT_COMPARED.test(text) ? { itCompared: text.match(IT_COMPARED)![1] } : {}),
    ...(ECONOMY.test(text) ? { economy: text.match(ECONOMY)![0].toUpperCase() } : {}),
    ...(unstated ? { unstated } : {}),
    internalBodies: /处室|科室|内设|学院|部门设置|设了?哪些|internal (?:departments|divisions|bodies|offices|units)/.test(text),
    ...(ending ? { bodyEnding: ending } : {}),
    everyUnit: EVERY_UNIT.test(text),
    subordinate: /下属|所属|下辖|下面的?单位|底下的?单位|二级(?:预算)?单位|subordinate/.test(text),
    worthAsked: /账面|原值|价值|值多少钱/.test(text),
    ...(perCount ? { perCount } : {}),
    ...(POINTED_NOUN.test(text) ? { pointedNoun: (([, pointer, there]) => pointer ?? there)(text.match(POINTED_NOUN)!) } : {}),
    ...(ordinal ? { ordinal } : {}),
    ...(BOTH_SUMMED.test(text) ? { bothAgain: 'sum' as const, ...(/^占.{2,}/.test(afterSum) ? { bothShareOf: afterSum } : {}) } : BOTH_SET_AGAINST.test(text) ? { bothAgain: 'difference' as const } : {}),
    serviceHowTo: SERVICE_HOW_TO.test(text),
    assetsAsOfAsked: AS_OF_ASKED.test(text) && /资产|车辆|公务用车|assets|vehicles/.test(text),
    ownBody: /你们|咱们|咱局|我们单位|贵(?:局|单位|院|厅|委|中心|办)|本(?:单位|部门|局)(?!级)/.test(text),
    ...(AGAINST_TOTAL.test(text) ? { changeSplit: 'againstTotal' as const } : WHICH_PART.test(text) ? { changeSplit: 'whichPart' as const } : {}),
    ...(listed ? { listedThing: listed } : {}),
  };
}
