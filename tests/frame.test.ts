/**
 * The intent layer alone: each question's operation, the attribute asked and its cues, in simplified
 * and traditional characters and in English, and messages split into their questions.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/intent/frame.js';
import { splitQuestion } from '../src/intent/split.js';
import { askedOfUnsaid } from '../src/intent/rewording.js';
import { defaultLexicon, loadKnowledge } from '../src/intent/lexicon.js';
import { readFileSync } from 'node:fs';
import { ROOT } from './helpers.js';

describe('the frame of a question', () => {
  it.each([
    ['三公经费是多少', 'value', 'amount'],
    ['機關運行經費是多少', 'value', 'amount'],
    ['基本支出占总支出的比例', 'share', 'amount'],
    ['项目支出比上年增加了多少', 'change', 'amount'],
    ['为什么增加', 'reason', 'amount'],
    ['上年结转和结余是啥', 'definition', 'amount'],
    ['机关运行费包括哪些', 'composition', 'amount'],
    ['机关运行费都包括啥', 'composition', 'amount'],
    ['什么叫项目支出', 'definition', 'amount'],
    ['钱都是从哪里来的', 'composition', 'amount'],
    ['Which procurement item is the largest?', 'rank', 'amount'],
    ['有哪些处室', 'list', 'amount'],
    ['几个项目', 'count', 'amount'],
    ['哪一项花得最多', 'rank', 'amount'],
    ['政务服务中心采购中最大的一笔是啥', 'rank', 'amount'],
    ['台式计算机单价多少', 'value', 'unitPrice'],
    ['买了几台', 'value', 'quantity'],
    ['办公人员满意度指标', 'value', 'indicator'],
    ['自评得了多少分', 'value', 'score'],
    ['是78.66万元吗', 'confirm', 'amount'],
    ['What is the share of basic expenditure?', 'share', 'amount'],
    ['Why did project spending fall?', 'reason', 'amount'],
  ])('%s → %s of the %s', (question, operation, attribute) => {
    const frame = analyze(question);
    expect(frame.operation).toBe(operation);
    expect(frame.attribute).toBe(attribute);
  });

  it('reads the units asked by 哪个单位, and the whole budget said before its scope as no figure (部门预算编制范围)', () => {
    expect(analyze('除了本级还有哪个单位').aspects.has('units')).toBe(true);
    expect(analyze('哪个单位的预算最多').aspects.has('units')).toBe(false);
    expect(analyze('纳入部门预算编制范围的单位有哪些').concepts).toEqual([]);
    expect(analyze('部门预算是多少').concepts.map((c) => c.concept)).toEqual(['budget.total']);
  });

  it('reads no body in 这里 / 市里 before a level word, nor cuts 中 off a name after 年 (今年中医院)', () => {
    expect(analyze('我们这里街道的公用经费多少').orgs).toEqual([]);
    expect(analyze('市里社区服务中心的预算多少').orgs.some((o) => o.startsWith('市里') || o.startsWith('里'))).toBe(false);
    expect(analyze('今年中医院的预算是多少').orgs).toContain('中医院');
    expect(analyze('万里街道的预算').orgs).toContain('万里街道');
    expect(analyze('Which unit price is the highest?').aspects.has('units')).toBe(false);
    expect(analyze('Which unit is covered by this budget?').aspects.has('units')).toBe(true);
  });

  it('reads the actual asked at the year\'s end as execution, not another year\'s figure; a lost card to be replaced as a service asked; a balance as the year-end balance', () => {
    expect(analyze('2020年底预算实际执行了多少').aspects.has('execution')).toBe(true);
    expect(analyze('2019年实际执行了多少').aspects.has('execution')).toBe(false);
    expect(analyze('社保卡丢了怎么补办').cues.serviceHowTo).toBe(true);
    expect(analyze('结余多少').concepts.map((c) => c.concept)).toEqual(['expense.carryForward']);
    expect(analyze('上年结余多少').concepts.map((c) => c.concept)).toEqual(['income.carryover']);
  });

  it('reads a target said of a measure (satisfaction target, review count target) as an indicator\'s value, not the goal', () => {
    for (const q of ['What is the satisfaction target of the project?', 'What review count target is set for it?']) {
      const aspects = analyze(q).aspects;
      expect(aspects.has('indicator'), q).toBe(true);
      expect(aspects.has('goal'), q).toBe(false);
    }
    expect(analyze('What is the performance target of the project?').aspects.has('goal')).toBe(true);
  });

  it('reads the Chinese words an English question quotes for what they ask', () => {
    expect(analyze('How many internal departments (内设机构) does the office have?').aspects.has('units')).toBe(true);
  });

  it('reads a question that mixes English words with the Chinese name of a figure', () => {
    const why = analyze('why did 机关运行费 increase');
    expect(why.operation).toBe('reason');
    expect(why.concepts.map((c) => c.concept)).toEqual(['admin']);
    const change = analyze('how much did 机关运行费 change from last year');
    expect(change.english).toBe(true);
    expect(change.operation).toBe('change');
    expect(change.concepts.map((c) => c.concept)).toEqual(['admin']);
    expect(analyze('公车 costs this year, in total?').concepts.map((c) => c.concept)).toEqual(['sangong.vehicle']);
  });

  it('reads every English term of several words said in another order as its concept (overseas official travel)', () => {
    const { concepts } = loadKnowledge();
    let asked = 0;
    for (const [concept, entry] of Object.entries(concepts)) {
      for (const term of [entry.en, ...entry.enTerms].filter((t): t is string => !!t && /^[a-z]+(?: [a-z]+)+$/i.test(t))) {
        const reversed = term.toLowerCase().split(' ').reverse().join(' ');
        // Only where the reversed words are not themselves another concept's term.
        if (Object.values(concepts).some((e) => [e.en, ...e.enTerms].some((t) => t?.toLowerCase() === reversed))) continue;
        const found = analyze(`How much is the ${reversed}?`).concepts.map((c) => c.concept);
        expect(found, `${term} → ${reversed}`).toContain(concept);
        asked++;
      }
    }
    expect(asked).toBeGreaterThan(20);
  });

  it('reads English asking words as whole words, not inside others (ratio in operation, most in almost)', () => {
    const operation = analyze('How much is budgeted for official vehicle operation and maintenance?');
    expect(operation.aspects.has('share')).toBe(false);
    expect(analyze('What share of the total is project expenditure?').aspects.has('share')).toBe(true);
    expect(analyze('What is the completion rate of the three public expenses?').aspects.has('execution')).toBe(true);
  });

  it('reads 上年结转 and 结转下年 as budget lines, not as the year before or after', () => {
    expect(analyze('上年结转结余多少').aspects.has('previous')).toBe(false);
    expect(analyze('上年的基本支出多少').aspects.has('previous')).toBe(true);
    expect(analyze('结转下年多少').aspects.has('nextYear')).toBe(false);
    expect(analyze('下年预算多少').aspects.has('nextYear')).toBe(true);
  });

  it('reads an English share of a whole named in so many words', () => {
    expect(analyze('What share of total spending goes to personnel costs?').shareOf).toEqual({ part: 'personnel costs', whole: 'total spending' });
    expect(analyze('personnel expenditure as a share of basic expenditure').shareOf).toEqual({ part: 'personnel expenditure', whole: 'basic expenditure' });
  });

  it('reads a share asked with a hedge (大概占几成), a whole that is no body (占学校总收入), and one person\'s pay', () => {
    expect(analyze('基本支出在总支出里大概占几成？').shareOf).toEqual({ part: '基本支出', whole: '总支出' });
    // A part only pointed at (那它, 这部分) or left unsaid is the conversation's: what is asked of it is kept from 占 on.
    expect(analyze('政务大厅运行经费里政府采购占多大比例').shareOf).toEqual({ part: '政府采购', whole: '政务大厅运行经费', within: true });
    expect(analyze('政务服务中心的采购占采购总额多少').shareOf?.whole).toBe('采购总额');
    expect(analyze('占基本支出多少').aspects.has('share')).toBe(true);
    expect(analyze('那它占三公经费多少？').sharePointed).toBe('占三公经费多少');
    expect(analyze('占多少').sharePointedAtNothing).toBe(true);
    expect(analyze('那它占三公经费多少？').sharePointedAtNothing).toBeUndefined();
    expect(analyze('占地面积多少').aspects.has('share')).toBe(false);
    expect(analyze('那它占基本支出多大比例？').sharePointed).toBe('占基本支出多大比例');
    expect(analyze('这部分占采购总额的比例是多少').sharePointed).toBe('占采购总额的比例是多少');
    expect(analyze('那它占基本支出多大比例？').shareOf).toBeUndefined();
    expect(analyze('人员经费占基本支出多大比例').sharePointed).toBeUndefined();
    expect(analyze('财政拨款占学校总收入的比例是多少？').orgs).toEqual([]);
    expect(analyze('我想查他本人的收入').cues.person).toBe(true);
    expect(analyze('其他收入多少').cues.person).toBe(false);
    for (const q of ['他一年工资多少', '她每月收入多少']) expect(analyze(q).cues.person, q).toBe(true);
    // 多少回 counts times, as 多少次 does (招待了多少回 → the batches, not the visitors).
    expect(analyze('招待了多少回').cues.countsAsked).toEqual(['次']);
    // People served counted, described before 的 (多少上门来访的群众), not money.
    expect(analyze('一年计划接待多少上门来访的群众').cues.countAsked).toBe('人');
    expect(analyze('多少钱的群众工作经费').cues.countAsked).toBeUndefined();
    expect(analyze('他们的工资福利多少').cues.person).toBe(false);
  });

  it('reads English vs between two things as both asked, and vs or compared with last year as a change', () => {
    const both = analyze('How much goes to basic expenditure vs project expenditure?');
    expect(both.cues.joined).toBe(true);
    expect(both.aspects.has('change')).toBe(false);
    expect(analyze('How much is project expenditure vs last year?').aspects.has('change')).toBe(true);
    const compared = analyze('How does project expenditure compare with last year?');
    expect(compared.aspects.has('change')).toBe(true);
    expect(compared.operation).not.toBe('rank');
    expect(analyze('How is the procurement budget split between the two units?').cues.perUnit).toBe(true);
  });

  it('reads 固资 as 固定资产', () => {
    expect(analyze('固资总值多少').concepts.map((c) => c.concept)).toContain('assets.total');
  });

  it('reads 运维 as 运行维护 where it follows a vehicle or 购置及 (公车运维费, 公车购置及运维费)', () => {
    expect(analyze('公车运维费多少').concepts.map((c) => c.concept)).toEqual(['sangong.vehicleOperation']);
    expect(analyze('公车购置及运维费多少').concepts.map((c) => c.concept)).toEqual(['sangong.vehicle']);
  });

  it('reads figures said to add up to another as a check of their sum', () => {
    expect(analyze('基本支出1683.24加项目支出1065.58，是不是正好等于支出总额？').sumOf).toEqual({ parts: ['基本支出', '项目支出'], whole: '支出总额' });
    expect(analyze('人员经费加公用经费等于多少').sumOf).toEqual({ parts: ['人员经费', '公用经费'], whole: '' });
    expect(analyze('人员经费和公用经费各多少').sumOf).toBeUndefined();
    expect(analyze('硬件加装修加标识等于多少').sumOf).toEqual({ parts: ['硬件', '装修', '标识'], whole: '' });
    // A yes-or-no comparison is a difference of the two.
    expect(analyze('项目支出是不是比基本支出还多').differenceOf).toEqual(['项目支出', '基本支出']);
    expect(analyze('出国费是不是比接待费和公车费加起来还多').differenceParts).toEqual([['出国费'], ['接待费', '公务用车费']]);
    expect(analyze('行政服务局本级和政务服务中心，谁的采购预算多').differenceOf).toEqual(['行政服务局本级采购', '政务服务中心采购']);
    // The whole said first, and in signs: 基本支出=人员经费+日常公用经费，对得上吗.
    expect(analyze('基本支出=人员经费+日常公用经费，这个数对得上吗').sumOf).toEqual({ parts: ['人员经费', '日常公用经费'], whole: '基本支出' });
    expect(analyze('支出总额是不是等于基本支出加项目支出').sumOf).toEqual({ parts: ['基本支出', '项目支出'], whole: '支出总额' });
    // Parts joined by 和 and then added (相加), and a whole set beside the sum (跟…对得上吗).
    expect(analyze('基本支出和项目支出相加是否等于支出总额').sumOf).toEqual({ parts: ['基本支出', '项目支出'], whole: '支出总额' });
    expect(analyze('人员经费加日常公用经费对得上基本支出吗').sumOf).toEqual({ parts: ['人员经费', '日常公用经费'], whole: '基本支出' });
    expect(analyze('人员经费和公用经费加起来跟基本支出对得上吗').sumOf).toEqual({ parts: ['人员经费', '公用经费'], whole: '基本支出' });
    expect(analyze('基本支出和项目支出各多少，相加是多少').sumOf).toBeUndefined();
    expect(analyze('三公那张表里的会议费加培训费等于多少').sumOf).toEqual({ parts: ['会议费', '培训费'], whole: '' });
    expect(analyze('出国费和接待费加起来占三公的比重是多少').sumOf).toEqual({ parts: ['出国费', '接待费'], whole: '三公', share: true });
  });

  it('reads what else makes up a whole (除了A还有别的B吗) as the parts of B', () => {
    const frame = analyze('除了财政拨款还有别的收入来源吗');
    expect(frame.operation).toBe('composition');
    expect(frame.concepts.map((c) => c.concept)).toContain('income.total');
    expect(frame.concepts.map((c) => c.concept)).not.toContain('income.fiscal');
    expect(analyze('除了基本支出还有什么支出').operation).toBe('composition');
    // 除了 with nothing named after it asks nothing of a whole.
    expect(analyze('除了三公还有啥').concepts.map((c) => c.concept)).toContain('sangong.total');
    // A body named before 除了 is kept, so that another body is still refused.
    expect(analyze('财政局除了财政拨款还有其他收入吗').text).toBe('财政局收入包括哪些');
  });

  it('reads 这块 after a named thing as pointing at it, and 各占多少钱 as amounts', () => {
    expect(analyze('人员这块的经费今年预算多少').concepts.map((c) => c.concept)).toContain('expense.personnel');
    expect(analyze('货物和服务各占多少钱').aspects.has('share')).toBe(false);
    expect(analyze('货物和服务各占多少').aspects.has('share')).toBe(true);
    expect(analyze('出国那块占几成').aspects.has('share')).toBe(true);
    expect(analyze('信访信息系统维护费的绩效评价结论是啥').aspects.has('score')).toBe(true);
    // English sums only of parts the lexicon names in Chinese: an unknown word could be read as a total.
    expect(analyze('How much is budgeted for water and electricity combined?').sumOf?.parts).toEqual(['water', 'electricity']);
    expect(analyze('What is the combined budget for water and electricity at the college?').sumOf?.parts).toEqual(['water', 'electricity']);
    expect(analyze('How much are personnel and public expenses combined?').sumOf).toBeUndefined();
  });

  it('reads 贵多少 and a comparison whose first side names a unit as a difference, not another body', () => {
    expect(analyze('便民中心统一标识比装修工程贵多少').differenceOf).toEqual(['便民中心统一标识', '装修工程']);
    const frame = analyze('行政服务局本级的采购比政务服务中心多多少');
    expect(frame.differenceOf).toEqual(['行政服务局本级的采购', '政务服务中心']);
    expect(frame.orgs.some((o) => o.includes('比'))).toBe(false);
    expect(analyze('委托投资咨询评估服务费加上可研报告评审评估服务费一共多少').sumOf?.parts).toHaveLength(2);
    expect(analyze('上年结转和结余这个词怎么理解').operation).toBe('definition');
    expect(analyze('三公经费怎么会跟上年一样还是零').aspects.has('reason')).toBe(true);
    expect(analyze('年初给了590多万，最后才花4.7万，咋回事').aspects.has('reason')).toBe(true);
    expect(analyze('环评技术评估服务费按评审数量算，每次平均多少').cues.perCount).toBe('次');
  });

  it('reads which of two is more (A和B哪个花钱多) as their difference', () => {
    // 环评 is read as 环境影响评价 (knowledge/synonyms.json) before the sides are taken.
    expect(analyze('档案扫描和环评技术评估，哪个花钱多，多多少？').differenceOf).toEqual(['档案扫描', '环境影响评价技术评估']);
    expect(analyze('人员经费跟公用经费比哪个高').differenceOf).toEqual(['人员经费', '公用经费']);
  });

  it('reads a yes-or-no question', () => {
    expect(analyze('今年还要买车吗').cues.yesNo).toBe(true);
    expect(analyze('是否安排了会议费').cues.yesNo).toBe(true);
    expect(analyze('今年买车预算多少').cues.yesNo).toBe(false);
    // 为什么 / 怎么 end on 么 and ask no yes or no.
    expect(analyze('为什么').cues.yesNo).toBe(false);
    expect(analyze('这是怎么').cues.yesNo).toBe(false);
  });

  it('reads a difference of two figures, and a change on last year as no difference', () => {
    expect(analyze('基本支出比项目支出多多少').differenceOf).toEqual(['基本支出', '项目支出']);
    expect(analyze('人员经费和日常公用经费相差多少').differenceOf).toEqual(['人员经费', '日常公用经费']);
    expect(analyze('三公经费比上年多多少').differenceOf).toBeUndefined();
    expect(analyze('基本支出比2019年多多少').differenceOf).toBeUndefined();
  });

  it('reads 都是什么车 / 分别叫啥 as asking the kinds or names, not a definition', () => {
    for (const q of ['都是什么车', '下属单位分别叫啥', '具体是哪些项目']) {
      const f = analyze(q);
      expect(f.aspects.has('definition'), q).toBe(false);
      expect(f.aspects.has('list'), q).toBe(true);
    }
    expect(analyze('项目支出是什么').aspects.has('definition')).toBe(true);
  });

  it('reads 总额多少 as asking for money', () => {
    expect(analyze('总额多少').cues.money).toBe(true);
  });

  it('reads a top few (排前三, 前五名, top 3) as a ranking', () => {
    for (const q of ['采购金额排前三的项目是哪几个', '金额前五名的采购', 'the top 3 purchases']) expect(analyze(q).operation, q).toBe('rank');
  });

  it('reads a cost per vehicle asked in several ways', () => {
    for (const q of ['平均每辆车运行费多少', '每辆车平均花多少', '一辆车一年的运行维护平均要花多少', '每辆车运维费平均多少', '单车运行费用多少', 'running cost per vehicle']) expect(analyze(q).cues.perVehicle, q).toBe(true);
    expect(analyze('公车有几辆').cues.perVehicle).toBe(false);
    expect(analyze('平均下来一辆多少钱？').cues.perVehicle).toBe(true);
    // The cars said with words of running them, apart (公车一年维护费), are their running costs, not their purchase too.
    for (const q of ['局里的公车一年维护费花了多少', '公车运维费多少', '公务用车的保养花了多少', '养这些车一年要多少钱']) expect(analyze(q).concepts.map((c) => c.concept), q).toEqual(['sangong.vehicleOperation']);
    expect(analyze('公务用车购置及运行费多少').concepts.map((c) => c.concept)).toEqual(['sangong.vehicle']);
  });

  it('reads what a body does and where money goes in everyday words', () => {
    expect(analyze('What does the Administrative Service Bureau do?').aspects.has('duties')).toBe(true);
    expect(analyze('项目支出主要投向哪些').aspects.has('uses')).toBe(true);
  });

  it('reads 这个部门 as the department itself, not a thing the conversation named', () => {
    expect(analyze('这个部门编制有多少人').refersBack).toBe(false);
    expect(analyze('这个项目的预算资金一共多少').refersBack).toBe(true);
  });

  it('reads subjects listed with 、 as joined, though normalising drops the mark', () => {
    expect(analyze('总额、基本支出、项目支出、三公经费').cues.joined).toBe(true);
    expect(analyze('基本支出多少').cues.joined).toBe(false);
  });

  it('reads a figure to be worked out from others as the figure asked, not the change it is worked from', () => {
    expect(analyze('按照增减情况推算，2019年的预算收支总额是多少').cues.derive).toBe(true);
    expect(analyze('基本支出比上年增加多少').cues.derive).toBe(false);
  });

  it('reads the classification level asked, said before or after the classification (项级, 按功能科目的项来看)', () => {
    expect(analyze('项级科目哪个最多').level).toBe(3);
    expect(analyze('按功能科目的项来看，哪一项钱最多').level).toBe(3);
    expect(analyze('按功能分类的款看哪个最多').level).toBe(2);
    // 哪一项 alone asks which line, at no level in particular.
    expect(analyze('哪一项钱最多').level).toBeUndefined();
  });

  it('reads a concept said as an area of money only where its stem starts a word (项目的钱, not 退休人员的钱)', () => {
    expect(analyze('咱们搞项目的钱总共多少啊').concepts.map((c) => c.concept)).toEqual(['expense.project']);
    expect(analyze('人员那块儿的钱多少').concepts.map((c) => c.concept)).toEqual(['expense.personnel']);
    expect(analyze('听说退休人员那块的钱今年少了好多').concepts).toEqual([]);
  });

  it('asks what a body does however casually (咱们局主要是干啥的啊), and reads 花在X上的钱 as X\'s money, not its uses', () => {
    expect(analyze('咱们局主要是干啥的啊？').aspects.has('duties')).toBe(true);
    expect(analyze('花在公车上的钱有多少').aspects.has('uses')).toBe(false);
    expect(analyze('钱都花在哪了').aspects.has('uses')).toBe(true);
    // Money spent on projects as a kind is 项目支出; on one project pointed at, that project's.
    expect(analyze('今年的钱里，有多少是花在具体项目上的？').concepts.map((c) => c.concept)).toEqual(['expense.project']);
    expect(analyze('这个项目上花了多少').concepts.map((c) => c.concept)).toEqual([]);
  });

  it('reads no claim in a why question or against a percentage (为什么只完成了不到1%的预算)', () => {
    expect(analyze('一般行政管理事务为什么只完成了不到1%的年初预算？').verify).toBeUndefined();
    expect(analyze('住房公积金是不是超过了400万？').verify).toBe(400);
  });

  it('reads buying before assets as the purchases planned, and 按支出性质分 as no figure', () => {
    for (const q of ['今年打算再买多少固定资产啊', '新添固定资产多少', '准备购置多少资产']) expect(analyze(q).concepts.map((c) => c.concept), q).toEqual(['assets.purchasePlan']);
    expect(analyze('固定资产总值多少').concepts.map((c) => c.concept)).toEqual(['assets.total']);
    expect(analyze('按支出性质分，项目支出多少').text).toBe('项目支出多少');
    expect(analyze('咱们干项目的钱有多少').concepts.map((c) => c.concept)).toEqual(['expense.project']);
  });

  it('reads whether one part is all of its whole (是不是全都是财政给的), and 哪家…多 as two bodies compared, not a vendor', () => {
    expect(analyze('咱这钱是不是全都是财政给的啊').cues.claimsAll).toBe(true);
    expect(analyze('财政给了多少').cues.claimsAll).toBe(false);
    const which = analyze('行政服务局本级和政务服务中心，哪家政府采购预算多？');
    expect(which.differenceOf).toEqual(['行政服务局本级政府采购', '政务服务中心政府采购']);
    expect(which.cues.unstated).toBeUndefined();
    expect(analyze('哪家公司中标').cues.unstated).toBe('供应商或中标单位');
    // 那些零碎 before a money word says several small sums: the word is read as said without it.
    expect(analyze('日常办公的那些零碎开销一年大概给多少钱呀').concepts.map((c) => c.concept)).toEqual(['expense.public']);
    // Everyday words for the two kinds of spending: keeping the body running, and special work.
    expect(analyze('日常运转经费和专项业务经费各安排多少').concepts.map((c) => c.concept)).toEqual(['expense.basic', 'expense.project']);
    // …but a hall's running (办事大厅日常运转) is no word for basic spending as a whole.
    expect(analyze('办事大厅日常运转今年安排了多少钱？').concepts.map((c) => c.concept)).not.toContain('expense.basic');
    // Everyday words: 养车 is keeping the cars running, 办公开销 the office's public expenses, 终端机 a terminal device.
    expect(analyze('养车一年花多少钱').concepts.map((c) => c.concept)).toContain('sangong.vehicleOperation');
    expect(analyze('平时办公那些零碎开销一年给多少钱').concepts.map((c) => c.concept)).toContain('expense.public');
    expect(analyze('便民中心要配自助终端机吧').text).toContain('自助终端设备');
    // 我们这边街道上的…: 这边 says where the asker is, and 边街道 is no body's name.
    expect(analyze('我们这边街道上的便民服务中心一共有几个？').orgs.filter((o) => o.includes('街道'))).toEqual([]);
    // 为了啥 asks what a thing is for, and leaves the thing's words standing apart (大厅改造).
    expect(analyze('大厅改造为了啥').aspects.has('goal')).toBe(true);
    expect(analyze('预先留着的机动钱今年留了多少').concepts.map((c) => c.concept)).toContain('expense.reserve');
    expect(analyze('专项项目钱为啥比上年多了').concepts.map((c) => c.concept)).toContain('expense.project');
    // Examples in brackets (公积金、购房补贴啥的) name no subject of their own; a name's own brackets stay.
    expect(analyze('在住房方面（公积金、购房补贴啥的）花的钱有多少').text).not.toContain('购房补贴');
    expect(analyze('因公出国（境）费多少').text).toContain('因公出国(境)费');
    // Things listed in brackets before a word of adding up (家当（房子车子设备）一共值多少) are examples of the whole.
    expect(analyze('这个局名下的家当（房子车子设备）一共值多少钱？').concepts.map((c) => c.concept)).toEqual(['assets.all']);
    // English: rose / fell / went up say a change; operating expenses of the agency are agency operating expenses.
    for (const q of ['How much did training costs rise?', 'Why did the budget fall?', 'Has spending gone up?']) expect(analyze(q).aspects.has('change'), q).toBe(true);
    expect(analyze('By how much did operating expenses of the agency rise over 2019?').concepts.map((c) => c.concept)).toContain('admin');
    // 你们 / 我们 / 咱们 name no thing: a thing's words before them stand as a piece of their own (刻公章).
    expect(analyze('我开公司要刻公章，你们这收钱不').subjectText.split('|')).toContain('刻公章');
    // 收入支出决算总计 is the whole budget's total as a 决算 words it, not its spending.
    expect(analyze('2024年度收入支出决算总计是多少').concepts.map((c) => c.concept)).toEqual(['budget.total']);
    // A bare 运行费 said of the official cars is theirs, not the body's 机关运行经费.
    expect(analyze('公车一年养车的运行费要多少钱').concepts.map((c) => c.concept)).not.toContain('admin');
    expect(analyze('机关运行费多少').concepts.map((c) => c.concept)).toContain('admin');
    // 干啥用 / 做啥用 ask what a thing is for, as 干什么用 does.
    for (const q of ['预留机动经费是干啥用的呀', '项目支出主要做啥用', '这笔钱干什么用']) expect(analyze(q).aspects.has('uses'), q).toBe(true);
    // Hours are asked by 几点上班, not by people counted at work (多少人在上班).
    expect(analyze('几点上班').cues.unstated).toBe('办公时间');
    expect(analyze('实际有多少人在上班？').cues.unstated).toBeUndefined();
    // 与上年对比 measures a change; 对比 alone compares.
    const againstLastYear = analyze('2026年部门财务总收入及与上年对比增减额');
    expect([againstLastYear.aspects.has('change'), againstLastYear.aspects.has('compare')]).toEqual([true, false]);
    expect(analyze('基本支出和项目支出对比').aspects.has('compare')).toBe(true);
    // A year said by its last two digits is this century's (24年预算); a span (近10年, 服务10年以上) is none.
    expect(analyze('公岗补贴24年预算？').text).toBe('公岗补贴2024年预算');
    for (const q of ['近20年变化多大', '服务20年以上的人', '过了那20年']) expect(analyze(q).text, q).not.toContain('2020');
    // 那 opening a follow-up is no span: 那25年呢 asks of 2025.
    expect(analyze('那25年三公预算是多少？').text).toContain('2025年三公');
    // 跟2019年比 sets a year against this one as 比2019年 does; 分成哪两块 asks the parts.
    expect(analyze('它跟2019年比是增还是减，差多少？').aspects.has('change')).toBe(true);
    for (const q of ['它又分成哪两块，各是多少？', '项目支出分为哪几类', '基本支出里面具体包括哪两部分']) expect(analyze(q).aspects.has('parts'), q).toBe(true);
    // 预算单位 / 预算编制范围 name units and their scope, not the budget's total; 二级预算单位 asks the units.
    for (const q of ['有几个预算单位', '下面有没有二级预算单位', '纳入预算编制范围的有哪些']) expect(analyze(q).concepts.map((c) => c.concept), q).not.toContain('budget.total');
    // A bare 支出 / 收入 before 总表 names the table.
    expect(analyze('支出总表项目支出合计').concepts.map((c) => c.concept)).toEqual(['expense.project']);
    expect(analyze('收入总表里其他收入多少').concepts.map((c) => c.concept)).not.toContain('income.total');
    // …but a table's total asked of it is the whole (支出表一共多少).
    for (const q of ['支出表一共多少', '收入总表合计多少']) expect(analyze(q).concepts.map((c) => c.concept), q).toEqual([q.startsWith('支出') ? 'expense.total' : 'income.total']);
    expect(analyze('下面有没有二级预算单位').aspects.has('units')).toBe(true);
    // 盘子 is the budget's size; agency operating expenditure is 机关运行经费.
    expect(analyze('20年咱们局盘子多大？').concepts.map((c) => c.concept)).toEqual(['budget.total']);
    expect(analyze('How much is the agency operating expenditure for 2020?').concepts.map((c) => c.concept)).toEqual(['admin']);
    expect(analyze('人员经费是日常公用经费的多少倍？').ratioOf).toEqual(['人员经费', '日常公用经费']);
    // A sum said as one side keeps its own 和: the sides part at the word after the sum.
    expect(analyze('出国费和接待费合计比公务用车购置及运行费多出多少').differenceOf).toEqual(['出国费和接待费合计', '公务用车购置及运行费']);
    // 固资 is 固定资产; 拟购固定资产 the purchases planned; office operating expenses 机关运行经费; running the
    // government service hall names 政务大厅 and 运行.
    expect(analyze('今年各处室拟购固资总额').concepts.map((c) => c.concept)).toEqual(['assets.purchasePlan']);
    expect(analyze('By how much did the office operating expenses rise compared with 2019?').concepts.map((c) => c.concept)).toEqual(['admin']);
    expect(analyze('How much is budgeted for running the government service hall?').mentionText).toMatch(/运行.*政务大厅|政务大厅.*运行/);
    // A scope clause before a sum of known names is not said again; a short name that needs it (出国 of 三公) keeps it.
    const known = (name: string) => ['台式计算机', '服务器', '办公设备家具购置'].includes(name);
    expect(splitQuestion('办公设备家具购置里，台式计算机和服务器两项加起来多少钱？', known)).toEqual(['台式计算机加服务器等于多少']);
    // batches of official reception counts the receptions; a second question after ", and for how many" is its own.
    expect(analyze('How many batches of domestic official reception').concepts.map((c) => c.concept)).toEqual(['sangong.receptionBatches']);
    expect(splitQuestion('How many official reception batches are planned for 2026, and for how many people in total?')).toHaveLength(2);
    // 租办公室 is renting office premises (办公用房), no office (办公室) named as a body.
    expect(analyze('统计局租办公室一年花多少钱').orgs).toEqual(['统计局']);
    expect(analyze('统计局租办公室一年花多少钱').text).toContain('办公用房');
    // A rough sum heard asks the figure; a sum put to be confirmed stays, to be checked.
    expect(analyze('听说行政服务局今年要花两千多万，到底是多少钱？').concepts.map((c) => c.concept)).toEqual(['expense.total']);
    expect(analyze('办公费花了30万，对吗').verify).toBe(30);
    // A year said by two digits after a span's words is no year (用了30年, 使用年限为20年).
    for (const q of ['办公楼用了30年', '使用年限为20年', '10到20年']) expect(analyze(q).years, q).toEqual([]);
    // 规划办 / 预算办 are offices; 计划办几期 is holding classes.
    expect(analyze('市规划办今年预算多少').orgs).toEqual(['市规划办']);
    expect(analyze('今年计划办几期培训班').orgs).toEqual([]);
    // A price asked has no source of income as its subject: 政府给 says who pays.
    expect(analyze('工地上的建筑垃圾拉去处理，政府给多少钱一方？').concepts).toEqual([]);
    // A figure's budget and actual set against each other (预算数和决算数相差多少) is its execution.
    expect(analyze('三公经费的预算数和决算数相差多少万元？').aspects.has('execution')).toBe(true);
    // 年底预计结转结余 is 年底结转结余: 预计 only says it is expected.
    expect(analyze('年底预计结转结余的资金有多少？').concepts.map((c) => c.concept)).toEqual(['expense.carryForward']);
    // 打算再购置 is 打算购置: 再 only says more.
    expect(analyze('那2020年打算再购置多少？').concepts.map((c) => c.concept)).toEqual(['assets.purchasePlan']);
  });

  it('reads why in everyday words (怎么剩这么多, 多出来的钱花在哪), a change as 翻了几倍, and buying before vehicles as the purchase', () => {
    for (const q of ['怎么剩这么多', '多出来的钱主要花在哪了', '咋花了这么多']) expect(analyze(q).aspects.has('reason'), q).toBe(true);
    expect(analyze('今年翻了好几倍').aspects.has('change')).toBe(true);
    expect(analyze('学校今年要买新公务车吗').concepts.map((c) => c.concept)).toEqual(['sangong.vehiclePurchase']);
    expect(analyze('公务车一年运行费多少').concepts.map((c) => c.concept)).not.toContain('sangong.vehiclePurchase');
  });

  it('reads a direction of change put to confirm (减少了，对吗), and 下面街道 as no body\'s name', () => {
    expect(analyze('三公经费比上年减少了，对吗？').cues.claimedChange).toBe('减少');
    expect(analyze('是不是增加了').cues.claimedChange).toBe('增加');
    expect(analyze('三公经费比上年减少了多少').cues.claimedChange).toBeUndefined();
    expect(analyze('下面街道乡镇的便民服务中心，一共要设几个窗口？').orgs).not.toContain('下面街道');
  });

  it('asks a body\'s nature as 算啥单位 / 什么类型的单位, and reads buying as buying', () => {
    for (const q of ['政务服务中心算啥单位', '它是什么类型的单位']) expect(analyze(q).aspects.has('nature'), q).toBe(true);
    expect(analyze('今年还打算再买吗').cues.buying).toBe(true);
    expect(analyze('今年还打算再建吗').cues.buying).toBe(false);
  });

  it('reads the public received at a counter as no official hospitality (接待了多少来访群众), 公务接待 still as it', () => {
    expect(analyze('一共接待了多少来访群众').concepts).toEqual([]);
    expect(analyze('接待费多少').concepts.map((c) => c.concept)).toEqual(['sangong.reception']);
    expect(analyze('公务接待来访的客人花了多少').concepts.map((c) => c.concept)).toContain('sangong.reception');
  });

  it('reads the year-end carryover in English as the balance carried forward, not the one brought in', () => {
    expect(analyze('What was the year-end carryover balance in 2024?').concepts.map((c) => c.concept)).toEqual(['expense.carryForward']);
    expect(analyze('How much was carried over from last year?').concepts.map((c) => c.concept)).toEqual(['income.carryover']);
  });

  it('reads a place in the last list (第二个, 倒数第二项, the last one), never a name or a time that counts (第四次, 第一季度)', () => {
    const place = (q: string) => analyze(q).cues.ordinal?.place;
    expect(place('第二个呢')).toBe(2);
    expect(place('其中第3项多少钱')).toBe(3);
    expect(place('倒数第二个呢')).toBe(-2);
    expect(place('最后一个的满意度')).toBe(-1);
    expect(place('what about the second one')).toBe(2);
    for (const q of ['第四次全国农业普查多少钱', '第一季度用款多少', '第2行是什么']) expect(place(q), q).toBeUndefined();
  });

  it('takes no hall, and no bare level of government, for the name of another body', () => {
    expect(analyze('进驻大厅的其他单位人员怎么管').orgs).toEqual([]);
    expect(analyze('要在几个街道乡镇设立窗口').orgs).toEqual([]);
    expect(analyze('教育厅的三公经费').orgs).toEqual(['教育厅']);
    // Latin letters (hi, a pinyin slip) are no part of a body's name.
    expect(analyze('hi 我刚来高院财务这边，想问下出国的经费').orgs).toEqual([]);
    // A table named before a body says where it is listed: 采购表 is no part of the body's name.
    expect(analyze('采购表 政务服务中心小计数').orgs).toEqual(['政务服务中心']);
    expect(analyze('人大代表联络站建设多少').orgs).toEqual([]);
    // A place gone to is where the work is done; 去年 is a year, not a going.
    expect(analyze('局里党员去敬老院慰问，一年几次').orgs).toEqual([]);
    expect(analyze('到社区卫生服务中心义诊几次').orgs).toEqual([]);
    expect(analyze('去年敬老院的预算是多少').orgs).toEqual(['敬老院']);
    // 这所学校: the one asked of, by a measure word after 这 (which the mention starts after).
    expect(analyze('这所学校一年电费要交多少钱？').orgs).toEqual([]);
    // A 管委会 (管理委员会) of a development zone is a body of its own.
    expect(analyze('高新区管委会2020年整体预算是多少？').orgs).toEqual(['高新区管委会']);
    // A ministry ends in 部; 全部 / 内部 / 干部 / 本部门 name none.
    expect(analyze('公安部2024年决算三公经费？').orgs).toEqual(['公安部']);
    for (const q of ['全部支出多少', '内部控制怎么做', '干部培训费多少', '支出预算表中本部门的三公']) expect(analyze(q).orgs, q).toEqual([]);
    // 城乡 is town and country, no township; 部署 / 签署 deploy and sign, no 署 of a government.
    for (const q of ['搞城乡居民调查的那个项目多少钱', '指数部署的项目有多少钱', '签署协议的项目']) expect(analyze(q).orgs, q).toEqual([]);
    expect(analyze('审计署的三公经费').orgs).toEqual(['审计署']);
    // 听说 before a name, and 管不管 before 乡镇, are no part of a name.
    expect(analyze('听说人大办公厅还有政府性基金收入，有多少？').orgs).toEqual(['人大办公厅']);
    expect(analyze('他们管不管乡镇街道的审批').orgs).toEqual([]);
    // 都是谁 after a count of units asks which they are, not for a person.
    expect(analyze('这个局下面有几个单位，都是谁').cues.person).toBe(false);
    expect(analyze('局长是谁').cues.person).toBe(true);
    // An English plural is read as its singular (archives → archive), unless a known phrase uses it (general public services).
    expect(defaultLexicon().chineseMentions('How many pages of archives are to be scanned?')).toContain('档案');
    expect(defaultLexicon().chineseMentions('What share went to general public services?')).toContain('一般公共服务');
    // A bracketed alternative names no body: 街道（乡镇）.
    expect(analyze('全区有几个街道（乡镇）便民服务中心设窗口').orgs).not.toContain('街道(乡');
    // 领导让我… is who asks, not what is asked.
    expect(analyze('领导让我核一下总盘子多了多少').aspects.has('people')).toBe(false);
    // 局内 is within the bureau, no bureau named.
    expect(analyze('开展局内综合办公的绩效目标是什么').orgs).toEqual([]);
    // A follow-up's leading words are no part of the body it names.
    expect(analyze('其中政务服务中心的呢').orgs).toEqual(['政务服务中心']);
    expect(analyze('那公安局呢').orgs).toEqual(['公安局']);
    // 信访办 is a body; 办结, 能办 and a bare 街道办 are not.
    expect(analyze('北京市信访办2024年决算收入').orgs).toEqual(['北京市信访办']);
    expect(analyze('信访事项办结后不服率').orgs).toEqual([]);
    expect(analyze('一天能办多少件业务').orgs).toEqual([]);
    expect(analyze('托管的乡镇和街道办').orgs).toEqual([]);
  });

  it('reads a plural English phrase said in the singular before a noun, but never a single word so', () => {
    expect(analyze('部门整体绩效目标分了几个分项').aspects.has('subGoals')).toBe(true);
    expect(analyze('What was the fixed asset value at the end of 2019?').concepts.map((c) => c.concept)).toEqual(['assets.total']);
    expect(analyze('How many hours a week does the lawyer work on site?').concepts.map((c) => c.concept)).toEqual([]);
  });

  it('reads the cues that steer an answer, so that nothing past it reads the text', () => {
    expect(analyze('教育支出财政拨款多少').cues.fiscal).toBe(true);
    expect(analyze('公务用车是什么牌子的').cues.unstated).toBe('品牌或型号');
    expect(analyze('档案扫描是哪家公司中标的').cues.unstated).toBe('供应商或中标单位');
    expect(analyze('局长工资多少').cues.person).toBe(true);
    // 由谁负责 asks which body's duty a work is, not for a person.
    expect(analyze('信息化工作由谁负责').cues.person).toBe(false);
    expect(analyze('信息化工作由谁负责').aspects.has('duties')).toBe(true);
    expect(analyze('你们这是干啥的单位').aspects.has('duties')).toBe(true);
    expect(analyze('审批信息化建设归不归你们管').aspects.has('duties')).toBe(true);
    expect(analyze('总预算跟上年比涨了百分之几').aspects.has('growthRate')).toBe(true);
    expect(analyze('2019年机关运行费是多少（用今年的数减增加额算）').cues.derive).toBe(true);
    // 车 said as a word of its own is the vehicles; inside a name (公车, 车辆) it is left.
    expect(analyze('车占固定资产的比例').text).toBe('车辆占固定资产的比例');
    expect(analyze('公车多少辆').text).not.toContain('车辆');
    // functional classification is no question about functions (duties).
    expect(analyze('Which functional category had the largest spending?').aspects.has('duties')).toBe(false);
    expect(analyze('What are the functions of the bureau?').aspects.has('duties')).toBe(true);
    expect(analyze('这个学院是什么性质的单位，归谁管').aspects.has('nature')).toBe(true);
    expect(analyze('这个学院归谁管').cues.person).toBe(false);
    // Opening hours are asked by 开门 as a question (几点开门, 周末开门吗), not by 开门运转 said of what runs.
    expect(analyze('大厅几点开门').cues.unstated).toBe('办公时间');
    expect(analyze('大厅周末开门吗').cues.unstated).toBe('办公时间');
    expect(analyze('政务大厅平时开门运转，一年的经费预算有多少？').cues.unstated).toBeUndefined();
    // A review's findings: 性质分别 is still a nature; a budget line named 工资福利, or money to 个人, is no one person's pay.
    expect(analyze('下属两家单位的性质分别是什么？').aspects.has('nature')).toBe(true);
    for (const q of ['法官的工资福利支出一共多少？', '给个人的补贴一共多少？']) expect(analyze(q).cues.person, q).toBe(false);
    // 比预算少了多少 sets a figure against its own budget: it is no difference with an unsaid first side.
    expect(askedOfUnsaid(analyze('比预算少了多少？'), '公务接待费')).toBeUndefined();
    expect(askedOfUnsaid(analyze('比因公出国费多出多少？'), '公务接待费')).toBe('公务接待费比因公出国费多出多少');
    // Where most of the money goes, by class (大头花在哪一类上), ranks the classes; it asks no uses.
    const most = analyze('钱大头花在哪一类上');
    expect([most.aspects.has('compare'), most.aspects.has('uses')]).toEqual([true, false]);
    expect(analyze('统计局里哪位员工的绩效工资拿得最多？').cues.person).toBe(true);
    // One person's pay, however said: a named role, 个人一年, 每人每月.
    for (const q of ['某某庭长个人一年工资能拿多少？', '人大代表每人每月能领多少补贴？', '高院院长个人一年拿多少工资？']) expect(analyze(q).cues.person, q).toBe(true);
    expect(analyze('人员经费一年多少').cues.person).toBe(false);
    expect(analyze('表里有个叫啥单位预留机动金的东西').aspects.has('nature')).toBe(false);
    // The figure a change is measured from (与2023年预算执行数相比) names no subject; 和2019年比，2020年预算 still does.
    expect(analyze('与2023年预算执行数相比变动幅度是多少').concepts).toEqual([]);
    expect(analyze('和2019年比，2020年预算总额变化了多少').concepts.map((c) => c.concept)).toContain('budget.total');
    // A demonstrative with its measure word (这身, 那些) sets the noun after it apart as the subject.
    expect(analyze('我们身上穿的这身工装是多久换一次呀').subjectText.split('|')).toContain('工装');
    expect(analyze('是不是花多了？').cues.opinion).toBe(true);
    expect(analyze('普陀区全区2024年一般公共预算收入一共多少？').cues.wholeArea).toBeDefined();
    // A contract's term is no figure a budget states.
    expect(analyze('合同签了几年？').cues.unstated).toBe('合同期限');
    expect(analyze('行政服务局2020年上半年实际执行了多少预算？').cues.unstated).toBe('年度中途的执行数');
    expect(analyze('2023年预算执行数是多少').cues.unstated).toBeUndefined();
    // Projects with performance targets and the funds they cover, asked in English.
    expect(analyze('How many projects have performance targets, and how much project funding do they cover?').concepts.map((c) => c.concept)).toEqual(expect.arrayContaining(['perf.projectCount', 'perf.funds']));
    // Appropriation revenue of the general budget is its income; spending from its appropriations is not.
    expect(analyze('What is the general public budget appropriation revenue for 2026?').concepts.map((c) => c.concept)).toContain('income.general');
    // The level a ranking asks, said by how many of it (三个大类, 几个项里).
    expect(analyze('三个支出功能大类里，哪一类比上年增长幅度最大？').level).toBe(1);
    expect(analyze('在法院（款）下面的几个项里，预算最多的是哪项').level).toBe(3);
    expect(analyze('在法院（款）下面的几个项里').cues.levelMarked).toBe(true);
    // A reception hall receives the public: no official hospitality; 这块 is no part of a body's name.
    expect(analyze('那个接待大厅的业务经费有多少钱').concepts.map((c) => c.concept)).not.toContain('sangong.reception');
    expect(analyze('免费给老百姓咨询，这块接待中心业务的项目预算是多少钱').orgs).not.toContain('块接待中心');
    // What the words that read a cue must not catch: 用房价值 is no house price, 过去 no going, 各项中 no level, 标准 no quality.
    expect(analyze('办公用房价值多少').cues.economy).toBeUndefined();
    expect(analyze('过去一年信访局的预算').orgs).toEqual(['信访局']);
    expect(analyze('各项中哪一项最多').level).toBeUndefined();
    expect(analyze('差旅费标准是多少').cues.qualityAsked).toBe(false);
    expect(splitQuestion('为什么基本支出增加而项目支出减少？')).toEqual(['为什么基本支出增加', '为什么项目支出减少']);

    expect(analyze('它跟服务类比哪个多？').cues.itCompared).toBe('它');
    expect(analyze('它的合格率是多少').cues.itCompared).toBeUndefined();
    expect(analyze('那它比上年增加了多少？').cues.itCompared).toBeUndefined();
    // What was actually spent is a 决算's figure; 是不是定得太高 a judgement; 还办 a verb, no office.
    expect(analyze('实际一共花了多少').cues.finalAccounts).toBe(true);
    expect(analyze('想了解一下行政服务局2020年的基本支出是多少').orgs).toEqual(['行政服务局']);
    expect(analyze('公务接待费是不是定得太高了').cues.opinion).toBe(true);
    expect(analyze('学校还办中专那种中等职业教育').orgs).toEqual([]);
    // 口径的数 asks the figure on that basis, not what the basis is; 品目为X names the item, not its code.
    expect(analyze('人员经费口径的数给我报一下').aspects.has('definition')).toBe(false);
    expect(analyze('人员经费的口径是什么').aspects.has('definition')).toBe(true);
    expect(analyze('采购品目为工程造价咨询服务的合计金额是多少').aspects.has('code')).toBe(false);
    expect(analyze('这是个啥单位').aspects.has('nature')).toBe(true);
    expect(analyze('领导让我查一下，今年基本支出安排了多少').cues.person).toBe(false);
    expect(analyze('信访局的地址和电话').cues.contact).toBe(true);
    expect(analyze('执法执勤用车几辆').cues.countAsked).toBe('辆');
    expect(analyze('实际在岗多少？').cues.countAsked).toBe('人');
    expect(analyze('局里党员一年搞几回活动').cues.countAsked).toBe('次');
    // In English the whole a part is in is said after it (…retirement pensions in its 2026 basic expenditure).
    expect(analyze('How much is budgeted for retirement pensions in its 2026 basic expenditure?').inside).toEqual(['expense.basic']);
    // A code printed with its 类, 款 and 项 apart is one code.
    expect(analyze('201 06 07 信息化建设（项）的年初预算数').codes).toEqual(['2010607']);
    expect(analyze('302 11 差旅费多少').codes).toEqual(['30211']);
    // A table's title said as where the figure stands names no figure of its own (收入支出决算总表 is no 支出).
    expect(analyze('收入支出决算总表（公开01表）中，本年收入合计是多少').concepts.map((c) => c.concept)).toEqual(['income.total']);
    expect(analyze('这个问题几回答不上来').cues.countAsked).toBeUndefined();
    expect(analyze('工装多久换一次').cues.timeAsked).toBe(true);
    expect(analyze('学校有哪些二级学院').cues).toMatchObject({ internalBodies: true, bodyEnding: '学院' });
    expect(analyze('2025年决算支出多少').cues.finalAccounts).toBe(true);
    expect(analyze('档案扫描平均每页成本多少').cues.perCount).toBe('页');
    expect(analyze('按页数平均下来，每页成本是多少元').cues.perCount).toBe('页');
    expect(analyze('档案扫描每页成本多少').cues.perCount).toBe('页');
    expect(analyze('窗口办公经费平均每个窗口多少钱').cues.perCount).toBe('窗口');
    expect(analyze('每次评审多少钱').cues.perCount).toBeUndefined();
    expect(analyze('这两个加起来多少钱').cues.bothAgain).toBe('sum');
    expect(analyze('两者相差多少').cues.bothAgain).toBe('difference');
    expect(analyze('它们分别是什么').cues.bothAgain).toBeUndefined();
    // Two units named only to say the sum runs over both: no breakdown by unit.
    expect(analyze('其他终端设备两个单位加起来一共采购几台').cues.perUnit).toBe(false);
    expect(analyze('两个单位的采购预算各多少').cues.perUnit).toBe(true);
  });

  it('reads what money is used for apart from what a body does', () => {
    const uses = analyze('项目支出主要是干什么用的');
    expect(uses.aspects.has('uses')).toBe(true);
    expect(uses.aspects.has('duties')).toBe(false);
    expect(analyze('行政服务局是干什么的').aspects.has('duties')).toBe(true);
    // A body said, then what it does in everyday words (干啥活, 干些啥): its duties; money said, what it is for.
    for (const q of ['我们局主要是干啥活的？', '你们局是干啥的', '你们单位平时都干些啥活', '街道一般做什么工作']) expect(analyze(q).aspects.has('duties'), q).toBe(true);
    for (const q of ['这笔钱是干啥的', '项目支出都干啥了']) expect(analyze(q).aspects.has('duties'), q).toBe(false);
    // 绩效 said of the work paid for, with money asked outright, asks the money; with an indicator word, the indicator.
    expect(analyze('请中介机构做审计和绩效评价，一年花了多少钱？').attribute).toBe('amount');
    expect(analyze('绩效评价得分多少').attribute).not.toBe('amount');
    expect(analyze('绩效目标花了多少钱完成').aspects.has('indicator')).toBe(true);
    // Compared with the initial budget: how it was executed, not a change on last year nor a ranking.
    const executed = analyze('How much did the bureau actually spend from general public budget appropriations in 2024, compared with its initial budget?');
    expect([...executed.aspects]).toEqual(['execution']);
    expect(executed.concepts.map((c) => c.concept)).toContain('expense.fiscal');
    // 去年 said of when the asker did something sets the scene, and asks nothing of last year.
    expect(analyze('去年我来办事，看大厅里工作人员都穿一样的制服，这衣服多久换一次？').aspects.has('previous')).toBe(false);
    expect(analyze('去年我们局的三公经费是多少').aspects.has('previous')).toBe(true);
    // The body the asker came from (从基层法院调到…) or is said to have come to (刚调来…) is no other body asked about;
    // 乡下 (the countryside) is no township.
    expect(analyze('您好，我刚从基层法院调到省高院计财处，想了解一下咱们院2019年一共有多少预算？').orgs).not.toContain('基层法院');
    expect(analyze('我是刚调来人大办公厅的，想问问编制多少').orgs).toEqual(['人大办公厅']);
    expect(analyze('公安局的预算多少').orgs).toEqual(['公安局']);
    expect(analyze('统计局今年要到乡下挨家挨户调查').orgs).toEqual(['统计局']);
    // An administrative rank asked in English is no ranking; ranking asked is.
    expect([...analyze('What administrative rank does the Government Service Center have?').aspects]).toEqual(['rank']);
    expect(analyze('Rank the projects by budget').aspects.has('compare')).toBe(true);
    // Everyday words for standard lines: 房租补助 is 提租补贴; going abroad is 出国.
    expect(analyze('给法官们发的房租补助有多少').text).toContain('提租补贴');
    expect(analyze('派人到国外去交流访问花多少钱').concepts.map((c) => c.concept)).toContain('sangong.abroad');
    // How the disclosure explains a change asks its reason; 年末结转 is the balance carried forward.
    expect(analyze('这么大的降幅文件里怎么解释的？').aspects.has('reason')).toBe(true);
    expect(analyze('年末结转为什么增加').concepts.map((c) => c.concept)).toEqual(['expense.carryForward']);
    // Tuition income (收学费这一类的收入) is 事业收入; the tuition a student pays (学费标准) is no income line.
    expect(analyze('学校向学生收学费这一类的收入，一年大概有多少？').concepts.map((c) => c.concept)).toContain('income.business');
    expect(analyze('学费标准是多少一年').concepts).toEqual([]);
    expect(analyze("What was the bureau's total income and expenditure in 2024?").concepts.map((c) => c.concept)).toContain('budget.total');
    // A restaurant (小饭馆) is no body; uniforms said as the same clothes are 工装.
    expect(analyze('我开个小饭馆，听说现在刻公章不要钱了').orgs).toEqual([]);
    expect(analyze('看工作人员都穿一样的衣服，多久换一次？').text).toContain('工装');
    // Everyday words for lines every disclosure may have: 用电 电费, 用水 水费, 买房的钱 住房公积金, 扫马路 环境卫生.
    expect(analyze('法院大楼一年光是用电就要花掉多少钱').text).toContain('电费');
    expect(analyze('每个月帮员工存的那笔买房的钱一年多少').text).toContain('住房公积金');
    expect(analyze('学校帮老师存的买房用的钱，一年多少？').text).toContain('住房公积金');
    // Every unit asked of in English.
    for (const q of ['What administrative rank do the bureau and the Government Service Center each have?', 'What rank does each unit have?']) expect(analyze(q).cues.everyUnit, q).toBe(true);
    // A rate of change asked to rank says which way it moves.
    expect(analyze('跟上年比降幅最大的是哪一项？').cues.rateMoved).toBe('减少');
    expect(analyze('哪一项增幅最大').cues.rateMoved).toBe('增加');
    // Which 决算 lines stand above, or below, their budget.
    expect(analyze('哪些项目的决算数超过了年初预算？').cues.beyondBudget).toBe('over');
    expect(analyze('哪几项没花完').cues.beyondBudget).toBe('under');
    expect(analyze('决算数超过了年初预算吗').cues.beyondBudget).toBeUndefined();
    // Indicators that fell short asked for.
    expect(analyze('信息化运行维护项目里哪些绩效指标没达到年度指标值？').cues.unmetAsked).toBe(true);
    expect(analyze('设备完好率达到目标了吗').cues.unmetAsked).toBe(false);
    // 排个序 ranks.
    expect(analyze('一般公共预算财政拨款支出按类排个序，各占多少比例？').aspects.has('compare')).toBe(true);
    // 学业务 is training; running the vehicles is their running cost.
    expect(analyze('上课学业务花多少').concepts.map((c) => c.concept)).toEqual(['training']);
    expect(analyze('what is budgeted for running the vehicles').concepts.map((c) => c.concept)).toContain('sangong.vehicleOperation');
    // An English question that glosses a Chinese name in brackets is English, though the bracket is not read.
    expect(analyze("What is the 2026 'three public expenses' budget of 上海交通职业技术学院 (Shanghai Communications Vocational and Technical College)").english).toBe(true);
    expect(analyze('三公经费 (three public expenses) 是多少').english).toBe(false);
    // 俺们街道 is the asker's own place, no other body.
    expect(analyze('俺们街道的便民服务中心最近在装修，花了多少钱？').orgs.some((o) => o.includes('街道'))).toBe(false);
    // 它们各…: what is asked of each of the two things just talked about.
    expect(analyze('它们各占总预算的比例是多少？').cues.eachOfThem).toBe('占总预算的比例是多少');
    // What the asker does for a living stays (拉渣土), who they are at the body does not (新来的).
    expect(analyze('我是拉渣土的，工地垃圾拉到指定地方倒，处理费一方多少钱？').text).toContain('渣土');
    expect(analyze('我是新来的，三公经费是多少').text).not.toContain('新来');
    // 开常委会会议 holds a meeting of the body; 会务 is meetings' cost; 加油修车 the cars' running.
    expect(analyze('人大开代表大会、开常委会会议，会务上一年要花多少钱？').orgs).toEqual(['常委会']);
    expect(analyze('人大开代表大会、开常委会会议，会务上一年要花多少钱？').concepts.map((c) => c.concept)).toContain('meeting');
    expect(analyze('统计局的车一年加油修车这些开销预算多少？').concepts.map((c) => c.concept)).toContain('sangong.vehicleOperation');
    // 增长幅度 asks the rate.
    expect(analyze('机关运行费同比增长幅度多少？').aspects.has('growthRate')).toBe(true);
    // 办公厅(室) is the classification's wording (政府办公厅(室)及相关机构事务), no body's name.
    expect(analyze('政府办公厅(室)及相关机构事务（款）参事事务（项）2026年预算多少？').orgs).toEqual([]);
    expect(analyze('政府办公厅的预算多少').orgs).toEqual(['政府办公厅']);
    // 占用 (固定资产占用情况表) asks no share.
    expect(analyze('固定资产占用情况表中车辆数量和价值分别是多少？').shareOf).toBeUndefined();
    expect(analyze('固定资产占用情况表中车辆数量和价值分别是多少？').inside).toContain('assets.total');
  });

  it('tells a question that points back from one that names its subject', () => {
    expect(analyze('它的合格率要求呢').refersBack).toBe(true);
    expect(analyze('这个项目的满意度').refersBack).toBe(true);
    expect(analyze('其中职业年金缴费多少').refersBack).toBe(false);
    expect(analyze('档案扫描服务费多少').refersBack).toBe(false);
  });

  it('reads two-digit years and leaves counts of years alone', () => {
    expect(analyze('19年项目支出多少').years).toEqual([2019]);
    expect(analyze('10年以上的车有几辆').years).toEqual([]);
  });

  it('leaves the subject words when the asking words are taken out', () => {
    expect(analyze('工装多久换一次').subjectText.split('|').filter(Boolean)).toContain('工装');
  });
});

describe('several questions in one message', () => {
  it.each([
    ['培训费预算多少？大概培训多少人', ['培训费预算多少', '大概培训多少人']],
    ['信息化运行维护项目全年预算多少，执行了多少', ['信息化运行维护项目全年预算多少', '执行了多少']],
    ['住房公积金和提租补贴各安排多少', ['住房公积金安排多少', '提租补贴安排多少']],
    ['基本支出、项目支出分别占多少', ['基本支出占多少', '项目支出占多少']],
    ['公用经费是多少 人员经费是多少', ['公用经费是多少', '人员经费是多少']],
    ['培训要办多少期、培训多少人', ['培训要办多少期', '培训多少人']],
    ['公务接待多少批次、多少人次', ['公务接待多少批次、多少人次']],
    ['硬件、装修、标识三项加起来多少', ['硬件加装修加标识等于多少']],
    ['三公那张表里的会议费和培训费加一起是多少', ['三公那张表里的会议费加培训费等于多少']],
    ['便民服务中心标识、硬件、装修、窗口办公这四项采购合计', ['便民服务中心标识加硬件加装修加窗口办公等于多少']],
    ['下属事业单位有几个，都是哪些', ['下属事业单位有几个，都是哪些']],
    ['政府采购预算总额，工程类多少', ['政府采购预算总额', '工程类多少']],
    ['出国经费预算多少，占三公的比重', ['出国经费预算多少', '出国经费占三公的比重']],
    ['市政府办有多少个内设机构，有没有下属单位', ['市政府办有多少个内设机构', '有没有下属单位']],
    ['编制多少人，实有多少人，退休的有多少', ['编制多少人', '实有多少人', '退休的有多少人']],
    ['政府采购预算总额多少，货物、工程、服务各多少', ['政府采购预算总额多少', '其中货物多少', '其中工程多少', '其中服务多少']],
    ['What is the procurement budget, and which item is the biggest?', ['What is the procurement budget', 'which item is the biggest']],
    ['人员经费和公用经费各多少，各占多少比例', ['人员经费多少', '公用经费多少', '人员经费占多少比例', '公用经费占多少比例']],
    ['这个项目的指标，完成时间和合格率分别多少', ['这个项目的指标，完成时间多少', '这个项目的指标，合格率多少']],
    // Things counted, then named in a bracket: the names are what is summed; 加起来一共 is one word for it.
    ['医疗方面的几项支出（单位医疗、公务员医疗补助、重特病医疗）加起来一共多少？', ['单位医疗加公务员医疗补助加重特病医疗等于多少']],
    // 上年结转 is a name, not a year said of both.
    ['上年结转和年末结转各多少', ['上年结转多少', '年末结转多少']],
  ])('%s', (message, parts) => {
    expect(splitQuestion(message)).toEqual(parts);
  });

  // Split with the shipped knowledge's names: a later subject borrows the head the first one left unsaid.
  const knows = (name: string) => defaultLexicon().words.includes(name);

  it.each([
    ['公务用车购置费和运行维护费各多少', ['公务用车购置费多少', '公务用车运行维护费多少']],
    // A year said before the first subject is the year of each.
    ['2019年的预算总额和基本支出各是多少？', ['2019年的预算总额是多少', '2019年的基本支出是多少']],
    // 请问 before the first of two things told apart is no part of its name.
    ['请问基本支出和项目支出有什么区别？', ['基本支出是什么', '项目支出是什么']],
    // 年度结转结余 is a name: its year is no year said of the others.
    ['2019年度结转结余和基本支出各是多少？', ['2019年度结转结余是多少', '基本支出是多少']],
    // A clause saying the parts of a whole come next frames nothing; opposite moves listed with 、 ask each its reason.
    ['我想弄清楚基本支出的构成：人员经费、公用经费各花了多少？', ['人员经费花了多少', '公用经费花了多少']],
    ['基本支出增加、项目支出减少，文中给的原因分别是什么？', ['基本支出增加，文中给的原因是什么', '项目支出减少，文中给的原因是什么']],
    // The measure said after 加起来 (两项加起来预算多少) asks the same sum.
    ['案件审判和案件执行两项加起来预算多少？', ['案件审判加案件执行等于多少']],
    // How many were listed, said after them (两块), is no part of the last name.
    ['基本、项目两块各多少', ['基本支出多少', '项目支出多少']],
    // A sum asked with 呢 (那A和B加起来呢？) is a sum as 多少 asks it.
    ['那会议费和培训费加起来呢？', ['那会议费加培训费等于多少']],
    // Two figures' opposite moves, each asked in the words around them, and 分别 after them of each.
    ['为什么2020年基本支出增加而项目支出减少？分别变动了多少？', ['为什么2020年基本支出增加', '为什么2020年项目支出减少', '基本支出变动了多少', '项目支出变动了多少']],
    ['人员经费增加而公用经费减少的原因', ['人员经费增加的原因', '公用经费减少的原因']],
    // Known names listed with an amount asked of them are asked of each; a sum asked of them is one figure.
    ['单位一年的会议费、培训费预算大概多少？', ['单位一年的会议费预算大概多少', '培训费预算大概多少']],
    ['基本支出和项目支出多少', ['基本支出多少', '项目支出多少']],
    ['社会保障和就业支出多少', ['社会保障和就业支出多少']],
    // Words of where and when may lead the first name (办公楼一年会议费).
    ['办公楼一年会议费和培训费大概要花多少钱', ['办公楼一年会议费大概要花多少钱', '培训费大概要花多少钱']],
    // Things done, listed before a sum asked past a comma, are no figures to add.
    ['请外面的中介机构来做审计、做绩效评价，2024年一共花了多少钱？', ['请外面的中介机构来做审计、做绩效评价，2024年一共花了多少钱']],
    // Two told apart, then 各 asked: of each of them.
    ['基本支出跟项目支出有啥区别？各是多少钱呀', ['基本支出是什么', '项目支出是什么', '基本支出是多少钱呀', '项目支出是多少钱呀']],
    // Two things counted in one English clause, the second sharing the first's head words.
    ['How much is budgeted for official receptions, and how many reception batches and visitors are planned?', ['How much is budgeted for official receptions', 'how many reception batches are planned', 'how many reception visitors are planned']],
    // Names set apart by spaces and asked to be listed each (三项分列).
    ['基本支出 项目支出 三公经费 三项分列', ['基本支出是多少', '项目支出是多少', '三公经费是多少']],
    // A figure and its change requested together, the request's comma and full stop said.
    ['请列出2024年度年末结转和结余金额，以及与2023年度决算数相比的增加额。', ['2024年度年末结转和结余金额是多少', '与2023年度决算数相比的增加额是多少']],
    // What the later subject ends on (预算) is kept, and asked of each.
    ['公务用车购置费和运行维护费预算分别是多少', ['公务用车购置费预算是多少', '公务用车运行维护费预算是多少']],
    // The head made name is meant though the bare word names something too (运行费), after words of scope as well.
    ['三公表里公务用车购置费、运行费分别是？', ['三公表里公务用车购置费是', '公务用车运行费是']],
    // 项目支出 is a name of its own: it is not read as 基本项目支出.
    ['基本支出和项目支出各多少', ['基本支出多少', '项目支出多少']],
    // A phase said after the first subject's own is that subject's.
    ['三公经费预算和决算分别是多少', ['三公经费预算是多少', '三公经费决算是多少']],
    // Known names said one after another, nothing joining them, are several subjects.
    ['基本支出项目支出各占多少', ['基本支出占多少', '项目支出占多少']],
    // Which of two known things is more: each is asked, so the answers show which.
    ['基本支出和项目支出哪个多', ['基本支出是多少', '项目支出是多少']],
    ['商品和服务支出中哪项最多', ['商品和服务支出中哪项最多']],
    ['人员经费和日常公用经费相比哪个多', ['人员经费是多少', '日常公用经费是多少']],
    // The head noun a list leaves unsaid, where it makes each a known name.
    ['基本、项目各增减多少', ['基本支出增减多少', '项目支出增减多少']],
    // A total asked before its parts is asked first; a bare aspect after them is asked of each.
    ['政府采购预算总额，货物、服务各多少', ['政府采购预算总额', '其中货物多少', '其中服务多少']],
    ['基本支出、项目支出各多少？占比？', ['基本支出多少', '项目支出多少', '基本支出占比', '项目支出占比']],
    // What the first subject is said within frames them all.
    ['政府采购里行政服务局本级和政务服务中心各是多少', ['政府采购里行政服务局本级是多少', '政府采购里政务服务中心是多少']],
    // A last subject that is a name as it stands lends the others no tail; / joins as 、 does.
    ['三公、机关运行费、政府采购各多少', ['三公多少', '机关运行费多少', '政府采购多少']],
    ['基本支出/项目支出 各多少', ['基本支出多少', '项目支出多少']],
    // Subjects listed after a total are asked as parts of it.
    ['政采总额多少，局本级和政务服务中心各多少', ['政采总额多少', '其中局本级多少', '其中政务服务中心多少']],
    // What two known things differ in is what each is; their sum asked after them is a sum of both.
    ['基本支出跟项目支出到底有啥区别', ['基本支出是什么', '项目支出是什么']],
    ['人员经费和公用经费各多少，加起来多少', ['人员经费多少', '公用经费多少', '人员经费加公用经费等于多少']],
    ['人员经费和公用经费各多少，两个加起来是不是就是基本支出', ['人员经费多少', '公用经费多少', '人员经费加公用经费是不是就是基本支出']],
    // A count asked after several subjects, naming none of its own, is asked of each.
    ['会议费、培训费各多少？大概多少人参加', ['会议费多少', '培训费多少', '会议费大概多少人参加', '培训费大概多少人参加']],
    // 跟 joins two known names (the last may end on what is asked of both), and nothing when it compares.
    ['基本支出跟项目支出决算数各多少？占比呢', ['基本支出多少', '项目支出决算数多少', '基本支出占比呢', '项目支出决算数占比呢']],
    // How much more, after which is more, is the difference of the two.
    ['人员经费和日常公用经费相比哪个多？多多少？', ['人员经费是多少', '日常公用经费是多少', '人员经费和日常公用经费相差多少']],
    // What the last subject ends on may be a purchase's figure (的采购预算), asked of each.
    ['局本级和政务服务中心的采购预算各占多大比例', ['局本级的采购预算占多大比例', '政务服务中心的采购预算占多大比例']],
  ])('with known names: %s', (message, parts) => {
    expect(splitQuestion(message, knows)).toEqual(parts);
  });

  it('asks a change on last year of each known name (跟上年比 compares, it joins nothing), and borrows no head where nothing is known', () => {
    const compared = splitQuestion('基本支出和项目支出跟上年比各增加多少', knows);
    expect(compared.map((p) => p.slice(0, 4))).toEqual(['基本支出', '项目支出']);
    expect(compared.every((p) => p.includes('增加多少'))).toBe(true);
    // Nothing known, nothing borrowed.
    expect(splitQuestion('公务用车购置费和运行维护费各多少')).toEqual(['公务用车购置费多少', '运行维护费多少']);
  });

  it('keeps one question whole, commas and all', () => {
    expect(splitQuestion('根据预算表，三公经费多少')).toEqual(['根据预算表，三公经费多少']);
    expect(splitQuestion('2024年和2023年比增加多少')).toEqual(['2024年和2023年比增加多少']);
  });
});

describe('words the frame reads as they are meant', () => {
  const lexicon = defaultLexicon();

  it('reads a body named in English by what it does, and leaves a name it has no word for unread', () => {
    expect(analyze("What was the Changsha Public Security Bureau's 2026 budget?", lexicon).orgs).toEqual(['公安局']);
    expect(analyze('What is the budget of the Ministry of Finance?', lexicon).orgs).toEqual(['财政部']);
    expect(analyze('How much did the Beijing Statistics Bureau spend?', lexicon).orgs).toEqual(['统计局']);
    expect(analyze('What is the three public expenses of the bureau?', lexicon).orgs).toEqual([]);
    expect(analyze('How much does the Xyz Bureau spend?', lexicon).orgs).toEqual([]);
  });

  it('takes no queue (排队) for a body (…队)', () => {
    expect(analyze('取号排队那个系统要升级吗', lexicon).orgs).toEqual([]);
    expect(analyze('交警大队的预算', lexicon).orgs).toEqual(['交警大队']);
  });

  it('asks whether two figures are the same (A与B是否一致 / A和B一样吗)', () => {
    for (const q of ['日常公用经费与机关运行费金额是否一致', '人员经费和公用经费一样吗', '基本支出跟项目支出相等吗']) {
      const frame = analyze(q, lexicon);
      expect(frame.supposed, q).toBe('equal');
      expect(frame.differenceOf?.every((side) => side.length >= 2), q).toBe(true);
    }
    // Against last year it is a change, not two figures.
    expect(analyze('三公经费和去年一样吗', lexicon).supposed).toBeUndefined();
  });

  it('points back with 那它 as with 它', () => {
    expect(analyze('那它完成预算的百分之几', lexicon).refersBack).toBe(true);
    expect(analyze('它的合格率', lexicon).refersBack).toBe(true);
  });

  it('reads everyday wordings of units, goals, a price per unit and hospitality', () => {
    expect(analyze('你们局下面还有别的单位吗', lexicon).aspects.has('units')).toBe(true);
    expect(analyze('How many internal departments does the college have?', lexicon).cues.internalBodies).toBe(true);
    expect(analyze('你们局今年总体要干成啥样', lexicon).aspects.has('overallGoal')).toBe(true);
    expect(analyze('升级了想达到啥效果', lexicon).aspects.has('goal')).toBe(true);
    expect(analyze('渣土倒一方要多少钱', lexicon).aspects.has('unitPrice')).toBe(true);
    // The thing priced said between the measure and the money (一方土多少钱).
    expect(analyze('政府那边处置一方土多少钱？', lexicon).attribute).toBe('unitPrice');
    expect(analyze('你们请客吃饭花了多少钱', lexicon).concepts.map((c) => c.concept)).toContain('sangong.reception');
    expect(analyze('人员类经费多少', lexicon).concepts.map((c) => c.concept)).toContain('expense.personnel');
    expect(analyze('全是财拨吗', lexicon).concepts.map((c) => c.concept)).toContain('income.fiscal');
  });
});

describe('a thing and two of its attributes, and a figure against its own budget', () => {
  it('asks each attribute joined in one clause of the thing (自评得分和预算执行率)', () => {
    expect(splitQuestion('信访研究宣传立法专项自评得分和预算执行率')).toEqual(['信访研究宣传立法专项自评得分', '信访研究宣传立法专项预算执行率']);
    expect(splitQuestion('服务器的单价和数量')).toEqual(['服务器单价', '服务器数量']);
  });

  it('asks a figure and its share when 及其占 joins them (预算数及其占三公经费的比重)', () => {
    expect(splitQuestion('2018年公务接待费预算数及其占三公经费的比重？')).toEqual(['2018年公务接待费预算数', '2018年公务接待费占三公经费的比重']);
  });

  it('leaves what the asker heard aside where the question after it names its own subject, not where it points back', () => {
    const knows = (name: string) => ['项目支出', '基本支出', '免费刻制公章费用'].includes(name);
    expect(splitQuestion('听同事说项目支出和基本支出不是一回事，项目支出具体是指什么来着？', knows)).toEqual(['项目支出具体是指什么来着']);
    // The whole said after the last subject (在政府采购中) is said of each.
    expect(splitQuestion('行政服务局本级和政务服务中心在政府采购中各占多大比例？', knows)).toEqual(['行政服务局本级在政府采购中占多大比例', '政务服务中心在政府采购中占多大比例']);
    // Known names one after another before 加起来, after words of their own, are added (…一年水费电费加起来要花多少钱).
    expect(splitQuestion('人大机关一年水费电费加起来要花多少钱', (n) => ['水费', '电费'].includes(n))).toEqual(['水费加电费等于多少']);
    // An English clause's them is what the clause before counted.
    expect(splitQuestion('How many vehicles does the bureau have, and what is budgeted for running them?', knows)).toEqual(['How many vehicles does the bureau have', 'what is budgeted for running the vehicles']);
    // People counted, then others named with only 呢: counted too.
    expect(splitQuestion('在职的有多少人？退休的呢', knows)).toEqual(['在职的有多少人', '退休的有多少人']);
    // Figures requested, joined (请列出A和B), are each asked; after a statement of a total, as parts of it.
    expect(splitQuestion('请列出局本级小计和政务服务中心小计。', knows)).toEqual(['局本级小计是多少', '政务服务中心小计是多少']);
    expect(splitQuestion('政府采购合计576.69万元，请列出局本级小计和政务服务中心小计。', knows)).toEqual(['政府采购合计576.69万元', '其中局本级小计是多少', '其中政务服务中心小计是多少']);
    expect(splitQuestion('听说你们帮企业免费刻公章，这个项目支出多少？', knows)).toEqual(['听说你们帮企业免费刻公章，这个项目支出多少？']);
    // Where the question after it names nothing, what was heard is what it asks about: only the words of hearing go.
    expect(splitQuestion('听说基本支出涨了，多久涨一次？', knows)).toEqual(['基本支出涨了，多久涨一次']);
  });

  it('reads 留着干嘛的 as what money is for, and 干嘛 as no whether-there-is-any', () => {
    const frame = analyze('看表里有一块"单位预留机动经费"，这钱是留着干嘛的', defaultLexicon());
    expect(frame.aspects.has('uses')).toBe(true);
    expect(frame.cues.exists).toBe(false);
    expect(analyze('有预留机动经费吗', defaultLexicon()).cues.exists).toBe(true);
  });

  it('asks an English second question joined by "and by how much" on its own', () => {
    expect(splitQuestion('What is the total budget, and by how much did it increase over the previous year?')).toEqual(['What is the total budget', 'by how much did it increase over the previous year']);
  });

  it('keeps a clause that only says among which (…项目里，) with the question after it', () => {
    expect(splitQuestion('几个评审评估类项目里，计划评审数量最多的是哪个？多少次？')).toEqual(['几个评审评估类项目里，计划评审数量最多的是哪个', '多少次']);
  });

  it('asks each of two things joined, each said with what is asked of it (总额及…个数)', () => {
    expect(splitQuestion('政府采购预算总额及涉及采购项目个数')).toEqual(['政府采购预算总额是多少', '涉及采购项目个数是多少']);
    // One thing's two attributes stay with the thing.
    expect(splitQuestion('服务器的单价和数量')).toEqual(['服务器单价', '服务器数量']);
  });

  it('reads 决算比预算少 and 完成了预算的百分之几 as execution, not as two figures or a change', () => {
    const lexicon = defaultLexicon();
    for (const q of ['决算比预算少的原因是什么', '完成了预算的百分之多少', '决算数比年初预算多了多少']) {
      const frame = analyze(q, lexicon);
      expect(frame.aspects.has('execution'), q).toBe(true);
      expect(frame.differenceOf, q).toBeUndefined();
    }
  });
});

describe('the concept lexicon', () => {
  it('finds every Chinese term of every concept as users type it, synonyms and all (去年剩下 after 去年 → 上年)', () => {
    const lexicon = defaultLexicon();
    const missed = Object.entries(lexicon.concepts).flatMap(([concept, entry]) =>
      entry.terms
        .filter((term) => /^[\u4e00-\u9fa5]+$/.test(term))
        .filter((term) => !lexicon.findConcepts(lexicon.applySynonyms(term), false).some((m) => m.concept === concept))
        .map((term) => `${concept}:${term}`),
    );
    expect(missed).toEqual([]);
  });

  it('rewrites no colloquial word whose end already starts its canonical form (办公用房租赁 keeps 房租)', () => {
    const lexicon = defaultLexicon();
    const synonyms = Object.entries(loadKnowledge().synonyms);
    // Every synonym whose last characters start its canonical form, said running on into that form.
    const overlapping = synonyms.flatMap(([from, to]) => {
      const k = [...Array(Math.min(from.length, to.length - 1)).keys()].map((i) => i + 1).find((n) => from.endsWith(to.slice(0, n)));
      return k ? [`办公${from}${to.slice(k)}多少`] : [];
    });
    expect(overlapping.length).toBeGreaterThan(0);
    expect(overlapping.filter((text) => lexicon.applySynonyms(text) !== text)).toEqual([]);
    // Said alone, the word is still rewritten.
    expect(lexicon.applySynonyms('房租多少')).toBe('租赁费多少');
  });
});

describe('people, contacts and bodies', () => {
  const lexicon = defaultLexicon();
  it('reads a person by more titles (秘书长) and a contact by 手机, but a WeChat account\'s posts are no contact', () => {
    expect(analyze('秘书长叫什么名字', lexicon).cues.person).toBe(true);
    expect(analyze('手机号多少', lexicon).cues.contact).toBe(true);
    expect(analyze('微信发稿量完成了吗', lexicon).cues.contact).toBe(false);
  });
  it('takes no business being started (新开办企业) for a body (…办)', () => {
    expect(analyze('给新开办企业免费刻章花多少', lexicon).orgs).toEqual([]);
    expect(analyze('区政府办的预算', lexicon).orgs.length).toBe(1);
  });
  it('counts people asked for with 有多少 and no counting word', () => {
    expect(analyze('离退休人员有多少', lexicon).cues.countAsked).toBe('人');
    expect(analyze('在职实有人员是多少', lexicon).cues.countAsked).toBe('人');
    expect(analyze('人员经费有多少', lexicon).cues.countAsked).toBeUndefined();
  });
});

describe('more everyday wordings', () => {
  const lexicon = defaultLexicon();
  it('asks definitions with 有什么区别, units with 底下挂着, and no catalogue code with 这个品目合计', () => {
    expect(analyze('基本支出和项目支出有什么区别', lexicon).aspects.has('definition')).toBe(true);
    expect(analyze('你们局底下还挂着政务服务中心吧', lexicon).aspects.has('units')).toBe(true);
    expect(analyze('你们局底下还挂着政务服务中心吧', lexicon).orgs).toEqual(['政务服务中心']);
    expect(analyze('这个品目合计采购金额是多少', lexicon).aspects.has('code')).toBe(false);
    expect(analyze('服务器的品目是什么', lexicon).aspects.has('code')).toBe(true);
    expect(analyze('政府采购里服务多少', lexicon).inside).toEqual(['procurement.total']);
  });
});

describe('the English lexicon', () => {
  it('keeps every phrase as a normalised question writes it (no commas or apostrophes), so that each can match', () => {
    const words = (JSON.parse(readFileSync(`${ROOT}knowledge/english.json`, 'utf8')) as { words: Record<string, string> }).words;
    const lost = Object.keys(words).filter((phrase) => !analyze(`what is ${phrase}`, defaultLexicon()).text.includes(phrase));
    expect(lost).toEqual([]);
  });
});

describe('stories told before the question', () => {
  const lexicon = defaultLexicon();
  it('reads no body in a story (去大厅办执照, 开小卖部, 那种便民服务中心, 指导乡镇街道)', () => {
    expect(analyze('上礼拜去大厅办执照排了俩钟头号', lexicon).orgs).toEqual([]);
    expect(analyze('我在乡镇开小卖部，街道上那种便民服务中心全区一共几个', lexicon).orgs).toEqual(['便民服务中心']);
    expect(analyze('职责里有没有涉及指导乡镇街道的内容', lexicon).orgs).toEqual([]);
    expect(analyze('城关镇的预算', lexicon).orgs).toEqual(['城关镇']);
  });
  it('asks a person\'s name (她叫啥名字), and her pay asked next is hers (她的工资多少)', () => {
    expect(analyze('昨天被一个工作人员怼了，她叫啥名字', lexicon).cues.person).toBe(true);
    expect(splitQuestion('她叫啥名字，工资多少？')).toEqual(['她叫啥名字', '她的工资多少']);
    // The pronoun of the clause after stands for the title before (局长 …，他一年工资多少).
    expect(splitQuestion('局长叫什么名字，他一年工资多少？')).toEqual(['局长叫什么名字', '局长的一年工资多少']);
    // …with a verb of being paid between (他一年拿多少工资, 他一年挣多少钱).
    expect(splitQuestion('局长是谁？他一年拿多少工资？')).toEqual(['局长是谁', '局长的一年拿多少工资']);
    expect(splitQuestion('处长是谁？她一年挣多少钱？')).toEqual(['处长是谁', '处长的一年挣多少钱']);
    // The public received (接待多少来市里上访的群众) is people counted, no official hospitality; guests are.
    const received = analyze('市信访局一年计划接待多少来市里上访的群众？', lexicon);
    expect([received.cues.countAsked, received.concepts.map((c) => c.concept)]).toEqual(['人', []]);
    expect(analyze('人大接待外地来访的客人、外宾，吃住这些招待的钱准备了多少？', lexicon).concepts.map((c) => c.concept)).toContain('sangong.reception');
    // The budget's total word right after a figure named is that figure's total (三公预算总额).
    expect(analyze('市统计局26年三公预算总额？', lexicon).concepts.map((c) => c.concept)).toEqual(['sangong.total']);
    expect(analyze('预算总额多少', lexicon).concepts.map((c) => c.concept)).toEqual(['budget.total']);
    // A sum asked with 预算 after 一共 (水费加电费一共预算多少) is still a sum.
    expect(analyze('水费加电费一共预算多少？', lexicon).sumOf?.parts).toEqual(['水费', '电费']);
    // 多少位 counts people, as 多少人 does.
    expect(analyze('咱们单位离退休的同志有多少位？', lexicon).cues.countAsked).toBe('人');
    // One person's daily allowance (每个普查员一天补贴多少钱) is one person's pay.
    expect(analyze('统计局农业普查给每个普查员一天补贴多少钱？', lexicon).cues.person).toBe(true);
    expect(analyze('农业普查补贴多少钱', lexicon).cues.person).toBe(false);
    // A thing's name asked (那个平台叫啥名字) is no person's.
    expect(analyze('开公司网上登记那个信息共享的平台叫啥名字？', lexicon).cues.person).toBe(false);
    expect(analyze('那个工作人员叫啥名字', lexicon).cues.person).toBe(true);
    // Names run together after the asker's own words, before 各, are each asked.
    expect(splitQuestion('人大机关一年交的水费电费各多少？', (n) => ['水费', '电费'].includes(n))).toEqual(['水费多少', '电费多少']);
    // A part named with 其中 after a question is asked on its own (合计多少，其中服务类).
    expect(splitQuestion('政采合同金额合计多少，其中服务类？')).toEqual(['政采合同金额合计多少', '其中服务类']);
    // …了没 asks as 吗 does: a clause of its own.
    expect(splitQuestion('现在有几辆公车，今年买新车了没？')).toEqual(['现在有几辆公车', '今年买新车了没']);
    // Which they are, asked as a sentence of its own after a count, is asked of the things counted.
    expect(splitQuestion('预算单位有几家？都是哪些？')).toHaveLength(1);
    // A time said before the pay (一年收入多少) is still the person's, asked of any title.
    const [, income] = splitQuestion('财政局局长叫什么名字，一年收入多少？');
    expect(income).toBe('局长的一年收入多少');
    expect(analyze(income, lexicon).cues.person).toBe(true);
    expect(analyze('她的工资多少', lexicon).cues.person).toBe(true);
    expect(analyze('给工作人员发工资这些人员方面的钱有多少', lexicon).cues.person).toBe(false);
  });
  it('reads 口径怎么界定 as a definition and 这个数 as no count', () => {
    expect(analyze('上年结转和结余口径怎么界定', lexicon).aspects.has('definition')).toBe(true);
    expect(analyze('为啥是这个数', lexicon).aspects.has('count')).toBe(false);
    expect(analyze('项目个数', lexicon).aspects.has('count')).toBe(true);
  });
  it('finds government-managed funds in English', () => {
    expect(analyze('Is there any income from government-managed funds?', lexicon).concepts.map((c) => c.concept)).toContain('income.govfund');
  });
});

describe('places named in English', () => {
  it('reads a capitalised word that is wholly pinyin as a place, and no English word (Zone, General) or China', () => {
    const lexicon = defaultLexicon();
    expect(analyze('What is the 2026 budget of the Shanghai Municipal Bureau of Statistics?', lexicon).orgPlaces).toEqual(['shanghai']);
    expect(analyze('What is the budget of the High-tech Zone Administrative Service Bureau?', lexicon).orgPlaces).toEqual([]);
    expect(analyze('How many vehicles does the State Bureau for Letters and Calls of China have?', lexicon).orgPlaces).toEqual([]);
  });
});

describe('English in brackets', () => {
  it('leaves out English words in brackets (overseas (outbound) official trips), and keeps a Chinese name\'s brackets', () => {
    const lexicon = defaultLexicon();
    expect(analyze('How much is budgeted for overseas (outbound) official trips in 2026?', lexicon).concepts.map((c) => c.concept)).toContain('sangong.abroad');
    expect(analyze('因公出国(境)费多少', lexicon).text).toContain('因公出国(境)费');
  });
});

describe('ranks said by position', () => {
  it('reads 排第二 and 第二大 as a ranking', () => {
    const lexicon = defaultLexicon();
    expect(analyze('采购金额排第二的是什么', lexicon).aspects.has('compare')).toBe(true);
    expect(analyze('第二大的项目是哪个', lexicon).aspects.has('compare')).toBe(true);
  });
});

describe('which of two has more of a measure said with 额', () => {
  it('reads 谁的采购额更多 as a comparison of both sides\' purchases', () => {
    const frame = analyze('行政服务局和政务服务中心谁的采购额更多', defaultLexicon());
    expect(frame.differenceOf).toEqual(['行政服务局采购', '政务服务中心采购']);
  });
});

describe('a figure claimed or bounded', () => {
  it.each([
    ['机关运行费是78.66万元吗', 78.66, undefined],
    ['机关运行费是不是超过了80万元？', 80, 'more'],
    ['機關運行費超過80萬了嗎', 80, 'more'],
    ['基本支出不到2000万吧', 2000, 'less'],
    ['项目支出有没有超过10000000元', 1000, 'more'],
    ['Is the office running cost more than 800,000 yuan?', 80, 'more'],
    ['Is basic expenditure under 20 million?', 2000, 'less'],
  ])('%s → %s 万元, %s', (question, value, relation) => {
    const frame = analyze(question, defaultLexicon());
    expect(frame.verify).toBeCloseTo(value, 6);
    expect(frame.verifyRelation).toBe(relation);
    expect(frame.operation).toBe('confirm');
  });

  it('reads a bound in a list or a statement as no check (超过80万的采购有哪些), and a number ending in 19xx as no year', () => {
    expect(analyze('超过80万的采购有哪些', defaultLexicon()).verify).toBeUndefined();
    expect(analyze('基本支出是不是超过了21969万元', defaultLexicon()).years).toEqual([]);
  });
});
