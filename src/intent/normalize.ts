/**
 * Question normalisation: NFKC (full-width → half-width), 繁→简 with opencc-js (a maintained
 * conversion dictionary is more complete than any table we would keep), lower case, and no
 * spaces or punctuation. `机 关 运 行 费 ？`, `機關運行費是多少` and `机关运行费多少钱！！` meet here.
 */
import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/** Questions are short; anything past this is not read, which bounds the time of every answer. */
const MAX_QUESTION_CHARS = 300;

/** Drops lone surrogates and control characters, which no tokenizer should see. */
function clean(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

/** Who is asking, said before the question at a service desk (市民问：…, 新同事问：…): not part of it. */
const SPEAKER = /^\s*[\p{Script=Han}a-z0-9]{1,8}(?:问|说|咨询|提问|反映|想知道)\s*[:：]\s*/u;

/**
 * What a newcomer says of themselves before the question (你好，我刚来局里上班，… / 我是新来的，…): a greeting,
 * or a clause of who the asker is, said ahead of the question and asking nothing. Not part of it: 上班
 * there asks no office hours.
 */
const ASIDE = /^\s*(?:(?:你好|您好|老师好|哈喽|hi|hello|在吗|打扰(?:一下)?|麻烦(?:问)?一?下)|(?:我|本人)(?:是|刚|才|新|在)[^,，。？?！!；;]{0,14}(?:的|来|到|入职|报到|上班|工作|实习)[^,，。？?！!；;多几吗呢啥哪]{0,4})\s*[,，。！!；;~～]+\s*/i;
/** What must be left after asides are dropped for it to be the question. */
const MIN_QUESTION_LEFT = 4;

/** 我是拉渣土的，…: what the asker does for a living may name what they ask about (渣土); who they are at the body does not. */
const WORK_SAID = /^\s*(?:我|本人)是([\p{Script=Han}]{2,8})的\s*[,，。！!；;~～]+/u;
const WHO_AT_THE_BODY = /新|刚|调|实习|来|局|单位|部门|这边|那边|这里|办事|财务|会计|审计|记者|市民|群众|居民|百姓|学生|老师|退休|人员|同事|员工|职工/;

function withoutAsides(text: string): string {
  // The work said is kept as a clause of its own, so that its words may still name a thing.
  const work = text.match(WORK_SAID);
  if (work && !WHO_AT_THE_BODY.test(work[1])) return `${work[1]}，${withoutAsides(text.slice(work[0].length))}`;
  for (let rest = text.replace(ASIDE, ''); rest !== text && rest.trim().length >= MIN_QUESTION_LEFT; rest = text.replace(ASIDE, '')) text = rest;
  return text;
}

/** 基本支出=人员经费+公用经费: in a Chinese question the signs are read as the words they stand for. */
function signsAsWords(text: string): string {
  return /\p{Script=Han}/u.test(text) ? text.replace(/\s*\+\s*/g, '加').replace(/\s*=\s*/g, '等于') : text;
}

/** 加一起 / 合到一起 / 加总: ways of saying 加起来, read as it, so that every sum reads one word. */
const ADDED_UP = /加(?:到)?一起|合(?:到)?一起|加总(?=是|有|多少|$)/g;

/** 车占固定资产的比例 / 车和其他资产: 车 said as a word of its own is the vehicles (车辆), never part of a longer name. */
const LONE_VEHICLE = /(?<!\p{Script=Han})车(?=占|在|和|与|及|、|的|是|有|都|呢|多少|几)/gu;

export function addedUpAsOne(text: string): string {
  return text.replace(ADDED_UP, '加起来');
}

/** 法院这一款下面 / 人大事务这个类里: the level a named line is pointed at by, said as the tables mark it (法院（款）). */
const LEVEL_POINTED = /(?<=\p{Script=Han}{2})[这那](?:一|个)?([类款项])(?=下面|下边|底下|里面|里头|里|中)/gu;

/** 人员这块的经费 / 社保就业这类支出 / 住房那块儿的钱 / 机关运行那个费用: 这块, 这类 or 那个 (before money) after a named thing only points at it, and is dropped. */
const THIS_PART = /(?<=\p{Script=Han}{2})(?:[这那]一?[块类]儿?(?:的(?!钱))?(?=\p{Script=Han})|[这那][个项笔](?=费用|经费|开支|开销|花销|资金|钱))/gu;

/** operating expenses of the agency: the body's own costs said after them, read as agency operating expenses. */
const COSTS_OF_BODY = /\b((?:operating|running|administrative) (?:expenses|expenditures?|costs?)) of (?:the |this |its )?(agency|agencies|department|bureau|office)\b/g;

/** the office's assets: the body's own whose, said as its (the quote of the possessive already dropped). */
const OWN_BODY_WHOSE = /\b(?:the |this )(?:agency|department|bureau|office|court|committee|school|college|subdistrict|unit)s (?=assets|budget|spending|expenditure|income|revenue)/g;

/** 住房方面（公积金、购房补贴啥的）: examples in brackets of what was just named, which name no subject of their own. */
const EXAMPLES = /\([^()]{1,40}?(?:啥的|之类的?|什么的|等等|等)\)/g;

/** 家当（房子车子设备）一共值多少: things listed in brackets before a word of adding up are examples of the whole asked. */
const EXAMPLES_BEFORE_TOTAL = /\([\u4e00-\u9fa5、,，/]{4,20}\)(?=(?:加起来|一共|总共|合计|共计|总计|总的|全部))/g;

/** 开人代会、常委会会议这些，会议费…: examples said first, then the money they are examples of, which is asked. */
const EXAMPLES_FIRST = /^[^,，。？?！!]{2,30}?(?:这些|那些|之类的?|什么的|等等)(?:的)?[,，](?=[^,，。？?！!]{0,8}?(?:费|支出|开支|开销|资金))/;

/** 本级（不含政务服务中心）: what a bracket sets aside is no subject asked, and no body asked about. */
const SET_ASIDE = /\((?:不含|不包括|不包含|不算|不计|除去?|扣除|剔除)[^()]{1,40}\)/g;

/** 日常办公的那些零碎开销: 那些 / 零碎 before a money word only say it is several small sums, and are dropped. */
const PETTY = /的?(?:[这那]些(?:零零碎碎|零碎|零星)?|零零碎碎|零碎|零星|杂七杂八)的?(?=开销|开支|花销|费用)/gu;

/** 租房方面的补贴 / 交通方面的补助: an allowance said of an area is the allowance named by both (租房补贴), not the area's spending. */
const AREA_ALLOWANCE = /(?<=\p{Script=Han}{2})方面(?:的)?(?=补贴|补助|津贴)/gu;

/** 201 06 07: a code printed with its 类, 款 and 项 apart. */
const SPACED_CODE = /(?<![\d.])[235]\d{2}(?:\s+\d{2}){1,2}(?![\d.])/g;

/** 花在具体项目上 / 项目上花了: money spent on projects is 项目支出. */
const SPENT_ON = /花在(?:了)?(?:具体的?|各个|那些)?项目(?:上面?|身上)|(?<![\u4e00-\u9fa5])项目上(?=花)/gu;

/** 按支出性质分，…: the split into 基本 and 项目 the question goes on to name; it names no figure of its own. */
const BY_NATURE = /按(?:支出)?性质(?:划)?分(?:类)?[,，:：]?(?=\p{Script=Han})/gu;

/** 三公经费出国、用车、接待三块: the three parts of 三公 said by their short names, in a list beside 三公. */
const THREE_PUBLIC_PARTS: Record<string, string> = { 出国: '因公出国(境)费', 用车: '公务用车购置及运行费', 接待: '公务接待费' };
const PART_SHORT = /(?<=^|[、，,和及与加]|经费|三公)(出国|用车|接待)(?=[、，,和及与加]|三块|三项|等于|$)/g;

function threePublicParts(text: string): string {
  return /三公/.test(text) ? text.replace(PART_SHORT, (short) => THREE_PUBLIC_PARTS[short]) : text;
}

/** 几俩公车: 俩 typed for the counting word 辆 before a car. */
const CARS_MISTYPED = /(?<=[几多少\d])俩(?=[\u4e00-\u9fa5]{0,2}车)/g;

/**
 * 24年预算 / 比23年 / 19年项目支出: a year said by its last two digits is this century's (2024年); not a span
 * (近10年, 10年以上, 用了30年, 使用年限为20年, 10到20年, 过了那20年); 那 opening a follow-up (那25年呢) is no span.
 */
const SHORT_YEAR = /(?<![\d.第近满每过去前后这为了到至约达超有用])(?<![\u4e00-\u9fa5]那)(1[5-9]|[23]\d)(?=年(?![以来内间后前多左期])|年度)/g;

/** 打算再购置 / 年底预计结转结余: 再 between the plan and the buying, 预计 between the year's end and what is left, say no more than the words around them. */
const AGAIN_PLANNED = /(?<=打算|准备|计划|想|要)再(?=购|买|添)|(?<=年底|年末|年终)(?:预计|预期|预估|估计)(?:的)?(?=结转|结余|剩)/g;

/** 要花两千多万 / 花了将近300万: a sum after the spending it is of, which roughSpent reads as that spending asked (花多少钱). */
const ROUGH_SPENT = /(?<=花|用|花了|用了|要花|要用)(?:大概|大约|差不多|将近|近|约|快)?[一二两三四五六七八九十几\d]+(?:多|来)?[十百千万亿]*(?:多|来)?(?=万|亿)[万亿](?:多)?(?:元|块钱|块)?/g;
/** A sum said roughly (两千多万, 将近300万), not one put to be confirmed (花了30万，对吗). */
const ROUGH = /多|来|大概|大约|差不多|将近|近|约|快|几/;
const CLAIMED = /对吗|是吗|是不是|对不对|没错吧|吧[？?]?$/;

/** 要花两千多万，到底是多少钱 → 要花多少钱…: a rough sum heard asks the figure itself, which 花多少钱 names. */
function roughSpent(text: string): string {
  return CLAIMED.test(text) ? text : text.replace(ROUGH_SPENT, (sum) => (ROUGH.test(sum) ? '多少钱' : sum));
}

/** 固定资产里除车辆以外的其他资产: 其他 and the end of the whole just named (资产 of 固定资产) mean the rest of that whole (其他固定资产). */
const REST_OF_WHOLE = /([\u4e00-\u9fa5]{2,6}?)(里面|里|当中|中)((?:除了?|除去)[\u4e00-\u9fa5]{1,10}?(?:以外|之外|外)?的?)?其他的?([\u4e00-\u9fa5]{1,4})/g;

function restOfWhole(text: string): string {
  return text.replace(REST_OF_WHOLE, (all: string, whole: string, within: string, aside: string | undefined, end: string) => {
    // Not a word that only says money (其他支出 of 基本支出 may be a line of its own).
    const tail = [...Array(end.length).keys()].map((i) => end.slice(0, end.length - i)).find((t) => t.length >= 2 && whole.endsWith(t) && !/^(?:支出|经费|费用|资金|收入)$/.test(t));
    return tail ? `${whole}${within}${aside ?? ''}其他${whole}${end.slice(tail.length)}` : all;
  });
}

export function normalizeQuestion(input: string): string {
  const text = threePublicParts(clean(String(input ?? '').slice(0, MAX_QUESTION_CHARS)).normalize('NFKC').replace(CARS_MISTYPED, '辆').replace(EXAMPLES, '').replace(EXAMPLES_BEFORE_TOTAL, '').replace(SET_ASIDE, '').replace(EXAMPLES_FIRST, ''));
  return addedUpAsOne(roughSpent(restOfWhole(withoutAsides(signsAsWords(toSimplified(text)).replace(SPEAKER, '')).replace(LEVEL_POINTED, '($1)').replace(THIS_PART, '').replace(SPENT_ON, '项目支出').replace(AGAIN_PLANNED, '').replace(SHORT_YEAR, '20$1').replace(BY_NATURE, '').replace(PETTY, '').replace(AREA_ALLOWANCE, ''))))
    .replace(LONE_VEHICLE, '车辆')
    .toLowerCase()
    .replace(/[“”"'‘’`]/g, '')
    .replace(/(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])/g, '')
    // 201 06 07 as the tables print a code's 类, 款 and 项 apart: one code.
    .replace(SPACED_CODE, (code) => code.replace(/\s+/g, ''))
    .replace(/[^\p{L}\p{N}.%()\s-]/gu, '')
    // overseas (outbound) official trips: English words in brackets are an aside, left out so that the phrase
    // around them reads whole; a Chinese name keeps its brackets (因公出国(境)费).
    .replace(/\([a-z][a-z\s-]*\)/g, ' ')
    .replace(COSTS_OF_BODY, '$2 $1')
    .replace(OWN_BODY_WHOSE, 'its ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** English words a question must hold, beside any Chinese term it quotes (… public institutions (事业单位) …). */
const MIN_ENGLISH_WORDS = 4;
/** English letters per Chinese character at least, so that markup around a Chinese question does not make it English. */
const ENGLISH_PER_CJK = 4;

/** An English question: English words only, or several English words around a quoted Chinese term. */
export function isEnglish(text: string): boolean {
  const letters = text.match(/[a-z]/gi)?.length ?? 0;
  const cjk = text.match(/[\u4e00-\u9fa5]/g)?.length ?? 0;
  const words = text.match(/[a-z]{2,}/gi)?.length ?? 0;
  return letters >= 3 && (cjk === 0 || (words >= MIN_ENGLISH_WORDS && letters >= cjk * ENGLISH_PER_CJK));
}
