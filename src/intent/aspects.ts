/**
 * What a question asks about its subject: one small pattern an aspect, so every phrasing of the
 * same need lands on the same aspect. The frame reads them; nothing past the intent layer does.
 */
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
  | 'score'
  | 'subGoals';

/** …, and for what? / what is it for: an English question asking what money is for, beside how much. */
export const PURPOSE_ASKED_EN = /\bfor what\b|what (?:is|are) (?:it|they) for\b/;

/** What unit price is used for X / what share is spent on Y: a measure asked of the money for X, not what money is for. */
export const MEASURE_OF_USE_EN = /\bwhat (?:unit price|price|unit cost|share|percentage|proportion|rate|amount|sum)\b.*\b(?:is|are|was|were) (?:used for|spent on) [a-z]/;

export const ASPECTS: [Aspect, RegExp, RegExp?][] = [
  ['reason', /原因|为什么|为何|为啥|(?:怎么|如何|作何|咋)解释|(?:是)?怎么说(?:明)?的|怎么回事|怎么会|咋回事|咋会|依据|理由|(?:怎么|咋)[\u4e00-\u9fa5]{0,3}(?:这么|那么)|(?:多出来|多出|增加|少了|减少)的(?:钱|部分|那部分)?(?:钱)?(?:主要)?(?:是)?(?:花在|用在|用于|用到|去)哪|(?:多出来|多出|增加)的(?:钱|部分|那部分)?(?:钱)?(?:主要)?(?:是)?(?:干嘛|干什么|干啥|做什么|做啥)(?:用)?/, /\bwhy\b|reason/],
  ['growthRate', /增长率|增幅|(?:增长|增加|下降|减少|变化|变动)(?:的)?幅度|增速|涨幅|降幅|(?:增长|增加|上涨|涨|下降|减少|降|多|少)了?(?:百分之|多少%|几个百分点|几个点)|变化率/, /growth rate|rate of change/],
  ['change', /比上年|与上年|较上年|和上年|跟上年|同比|增减|增加|减少|增长|下降|变化|变动|涨了|降了|多了|少了|持平|翻了?(?:一|两|几|好几)?(?:倍|番)|比(?:19|20)\d\d年?|(?:跟|和|与|同|较)(?:19|20)\d\d年?(?:的)?(?:相)?比|相比/, /change|compared(?! (?:with|to) (?:the |its |their )?(?:initial|original|year-start|opening) budget)|increase|decrease|grow|\bris(?:e|es|en|ing)\b|\brose\b|\bf(?:e|a)ll(?:en|s)?\b|\bdrop(?:ped|s)?\b|(?:went|go(?:ne)?|goes) (?:up|down)|(?:lower|higher|more|less|bigger|smaller|greater)\b(?:\s+\w+){0,5}\s+than (?:the |its |in )?(?:last|previous|prior|(?:19|20)\d{2}(?!\d))|(?:versus|\bvs\b\.?|compare[sd]? (?:with|to)) (?:last|the previous|previous|\d{4})/],
  ['share', /占比|比例|比重|占几成|占了几成|占到几成|占多少(?![钱经费资金])|百分比|占总|占支出|占收入|占.*百分之|占(?![地用])[\u4e00-\u9fa5]{1,14}?(?:的)?(?:多少(?![钱万元])|几成|多大)/, /\bshares?\b|percent|proportion|\bratios?\b/],
  ['unitPrice', /单价(?![在\d]|(?:价值)?\d)|多少钱一|一台多少钱|每.{0,4}多少钱|多少钱(?:一|每)?(?:立方米|台|吨|平方米|件|套)|(?:立方米|平方米)(?:要|得|需要?|大概)?多少钱|一(?:台|吨|件|套|辆)(?:要|得|需要?|大概)多少钱|一(?:立方米|平方米|吨)[\u4e00-\u9fa5]{0,6}?(?:要|得|需要?|大概)?多少钱|均价|价格/, /unit price|unit cost|price per|cost per|price|per (?:cubic|square|unit|tonne|ton|item)\b/],
  ['quantity', /数量|几台|多少台|几套|多少套|几张|多少张|买几|买了几|多少件|几件|几批|多少批|几次/, /how many|quantity/],
  ['code', /目录|编码|编号|序号|代码|品目(?!合计|一共|总共|共|的?(?:金额|数量|预算|采购)|为|是(?!什么|啥|哪))/, /catalog|code/],
  ['definition', /(?:包括|包含|含)哪些(?:开支|费用|支出)|口径(?!(?:下)?的?(?:数|金额|数字|预算数?|决算数?)(?!据))|(?:怎么|如何)界定|(?:有)?(?:什么|啥|哪些)(?:区别|不同|差别|不一样)|区别(?:是什么|在哪)|有何(?:区别|不同)|什么叫|啥叫|何为|何谓|叫什么|是什么意思|什么意思|指什么|是指|什么是|是什么|含义|定义|解释一下|啥意思|指的是|是啥|指啥|啥是|反映啥|反映什么|反映的是|反映哪些|包含什么|包含哪些|涵盖|怎么理解|如何理解|怎样理解|什么概念|按什么标准|(?:的)?标准是(?:多少|什么)|(?:具体)?指(?:的是)?哪(?:些|几[个项条]|[一二三四五六七八九十两]+[个项条])/, /\bmean|definition|define|\bcovers?\b|what (?:does|do) .+ include/],
  ['nature', /(?<!资金|经费|支出|收入|经济|按)性质(?!(?:是)?(?:怎么|如何)?(?:划)?分(?!别))|(?:什么|啥|哪种|哪类)(?:样的|类型的?|性质的?)?单位(?![\u4e00-\u9fa5]{1,8}?(?:金|费))|行政还是事业|事业还是行政|是(?:行政|事业)单位|(?:行政|事业)单位吗|归谁管|归哪(?:个部门|个单位|里|儿)管|隶属(?:于)?(?:哪|谁)|上级(?:主管)?(?:部门|单位)是|主管部门是(?:谁|哪)/, /nature|who (?:oversees|supervises)|under which/],
  ['rank', /级别|规格|什么级|哪一级|几级|[正副](?:部|厅|局|处|县|科|股)级(?:还是|吗|么|嘛)/, /(?:administrative|official|bureaucratic|what) rank|\brank (?:of|does|is)\b|(?<!(?:higher|upper|superior|same|lower|county|city|provincial|district|national|central|municipal|township) )\blevel\b(?! (?:units?|governments?|authorit(?:y|ies)|departments?|finance|budget))/],
  ['funding', /经费保障|保障形式|经费形式|经费来源形式|经费.{0,4}(?:怎么|咋|如何|怎样)保障/, /funding type|funding (?:form|arrangement|guarantee|status)|how (?:is|are) (?:it|they|the \w+) funded|how (?:it|they) (?:is|are) funded/],
  ['goal', /绩效目标|目标是|目标|(?:干成|做成|达到|实现)(?:个)?(?:啥|什么)(?:样|效果|目的|程度)?|(?:啥|什么)效果|(?:是)?为了(?:啥|什么)|目的是/, /goal|target/],
  ['indicator', /指标|绩效|满意度|完成率|合格率|时限|覆盖率|(?<!增长|执行|变化|增|降|占)率/, /indicator|performance/],
  ['duties', /职责|职能|由?谁(?:来)?负责|负责什么|负责哪些|负责啥|主要负责|管(?:些)?什么|管哪些|管(?:些)?啥|主要管|干什么(?!用)|做什么的|归不归|管不管|是不是(?:你们|贵局|本局|你们局)?(?:管|负责)|(?:干啥|干嘛|做啥|搞啥|搞什么)的(?:单位|部门|机构|地方)|(?:局|厅|委|院|办|中心|单位|部门|街道|学校|学院|你们|咱们|我们)(?:主要|平时|平常|一般|都|是)*(?:干|做|搞)(?:些)?(?:啥|什么)(?:活儿?|事儿?|工作|业务)?(?:的)?[啊呀呢吧]?$|主要(?:是)?(?:做|干|搞)(?:什么|啥|哪些)(?:事|工作)?(?:的)?[啊呀呢吧]?$/, /duties|responsibilit|\bfunctions?\b|what does .+ do\b/],
  ['units', /机构设置|下属单位|所属单位|二级(?:预算)?单位|哪些单位|(?:还有|另外|其他)?哪(?:个|家|几个|几家)(?:下属|预算)?单位(?!的?(?:预算|支出|经费|钱|花|收入|最))|(?:几|多少)个(?:预算)?单位|几家(?:预算)?单位|预算单位(?:有|构成|包括|共)|单位有|内设机构|机构情况|处室|科室|下属.{0,3}(?:哪些|几个|几家)|(?:下面|下边|底下|下头)(?:还)?(?:有.{0,4}(?:单位|机构)|挂着?|设有?)|二级学院|哪些学院|几个学院/, /\bunits\b|\b(?:subordinate|affiliated|budget|secondary|attached) (?:unit|institution|bod(?:y|ies))\b|\bwhich units?\b(?! (?:price|cost)s?\b)|organi[sz]ation|internal (?:departments|divisions|offices|bodies)/],
  ['glossary', /名词解释|术语/, /glossary|terms/],
  ['parts', /分别|构成|组成|按(?:支出)?性质(?:是)?(?:怎么|如何)?(?:划)?分|(?:怎么|如何)(?:划)?分(?:配)?的|来源(?!收入)|从哪(?:里|儿)?来|(?<!从)哪(?:里|儿)?来的|来自哪|哪[几两三四五](?:块|部分|大块|类)|哪些块|几块|分[成为](?:哪|几|[两三四五](?:块|部分|项|类))|包括哪些|包括什么|包括啥|包含啥|都有啥|都包括|都包含|有哪几项|明细/, /breakdown|consist|made up|\bsplit\b/],
  ['projects', /哪些(?:项目|专项)|(?:项目|专项)有哪些|哪些(?=[^，,。？?]{1,20}?(?:相关|有关)的?(?:项目|专项))|项目清单|几个(?:项目|专项)|多少个(?:项目|专项)|绩效目标表/, /which projects|list of projects/],
  ['uses', /主要用于|投向|用途|主要买|买(?:些)?什么|用在(?:哪|什么|啥)|花在(?:哪|什么|啥)|花哪|花到哪|用到哪|主要为|干什么用|干嘛用|干啥用|做啥用|啥用途|用来干|用来做|留着干(?:嘛|什么|啥)|做什么用|拿来(?:做|干|用)|拿去(?:做|干)/, new RegExp(`used for|spent on|where .* go|${PURPOSE_ASKED_EN.source}`)],
  ['measures', /保障措施|工作保障|措施|(?:怎么|如何|怎样|靠什么)(?:保证|确保)|(?:有)?(?:啥|什么|哪些)(?:规章)?制度/, /measures/],
  ['overallGoal', /总体绩效目标|总体目标|整体目标|整体绩效|(?:总体|整体)上?(?:要|想|打算)?(?:干成|做成|达到|实现)(?:个)?(?:啥|什么)/, /overall goal/],
  ['list', /有哪些|哪几[家个所项]|(?:买|采购|购置)了?(?:些)?(?:什么|啥)(?:东西)?|哪些|列出|清单|都有什么|包括什么|包括哪些|明细/, /\blist\b|which/],
  ['count', /多少个|几个|几项|多少项|多少条|几条|多少张表|几张表|(?<![这那])个数/, /how many|number of/],
  ['people', /编制|多少人|几个人|人数|多少名|几名|局长|主任是|领导(?![让叫要说安])|负责人|是谁|谁是|电话|地址|办公地点|联系/, /\bwho\b|staff number|headcount|phone|address/],
  ['execution', /执行率|完成率|完成了?(?:年初)?预算|完成了?(?:百分之|多少%|几成)|决算数?(?:比|较|与|和|跟|同)(?:年初)?预算|(?:年初)?预算数?(?:比|较)决算数?(?:多|少|高|低)|(?:年初)?预算数?(?:和|与|跟|同)(?:实际的?)?决算数?(?:之间)?(?:相差|差)|(?:实际)?(?:花|用|支出)得?(?:比|较)(?:年初)?预算(?:少|多|低|高)|(?<!(?:结转|结余|剩)[^，,。？?]{0,6})没[用花]完(?!.{0,4}(?:结转|的钱|剩))|执行情况|执行进度|实际支出|实际花了|(?<!(?:\d{2,4}|上|去|前)年(?![底末终])[^，,。？?]{0,6})(?:实际执行|执行了多少|执行数)|花完了|用完了/, /execution|actually (?:spent|spend|used)|(?:against|with|to|versus|vs\.?) (?:the |its |their )?(?:initial|original|year-start|opening) budget|complet(?:ion|ed)\b/],
  ['compare', /排(?:名)?前[一二三四五六七八九十两\d]|排(?:名|在)?第[二三四五\d]|第[二三](?:大|多|高|贵)|前[一二三四五六七八九十两\d](?:名|位|大|项|个|笔|的)|最大|最小|最贵|最便宜|哪个部门|哪个单位|哪家|各部门|各单位|排名|排序|排个序|排一下序|排排序|排行|最多|最少|最高|最低|大头(?=花在|用在|在哪|是哪)|(?<!(?:上|去|前)年|\d{4}年?)对比|谁多|谁少|分别是|哪一?(?:个|类|项|块|种|笔|部分)(?:的)?(?:钱|金额|数|预算|支出)?(?:更|比较|要)?(?:多|少|大|小|高|低)|哪一?个的?[^，,。？?]{1,16}?(?:更|比较)(?:多|少|大|小|高|低)/, /\btop \d|which department|(?<!administrative |official |what )\brank(?:ed|ing|s)?\b(?! (?:of|does|is)\b)|compare(?![sd]? (?:with|to) (?:last|the previous|previous|\d{4}|(?:the |its |their )?(?:initial|original|year-start|opening) budget))|highest|lowest|\bmost\b|\bleast\b|largest|biggest|smallest|greatest/],
  ['subGoals', /分项(?:绩效)?目标|分项目标|(?:分|分成|分为|拆成|包括)了?(?:几|多少)个?分项|(?:几|多少)个分项/, /sub-?goals?/],
  ['score', /得分|多少分|几分|总分|评分|打了?多少分|自评结果|评价结论|评价等级|评价结果|什么等级|评级/, /\bscore/],
  ['checks', /一致性|核对|校验|勾稽|对不上|有没有错/, /consisten|check/],
];
