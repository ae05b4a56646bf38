/**
 * Several questions in one message: 培训费预算多少？大概培训多少人 / 全年预算多少，执行了多少 /
 * 住房公积金和提租补贴各安排多少. Each part is asked on its own, in order, so a later part that names
 * nothing (为什么增加) leans on the subject of the part before it.
 */
import { addedUpAsOne } from './normalize.js';

/** Words that make a clause a question of its own. */
const QUESTION_WORD = /多少|(?<![的这那])几|多久|多长|多大|什么|哪|为什么|为啥|吗|呢|了没|是否|是不是|有没有|怎么|如何|占比|比例|比重|百分比|原因|干嘛|啥|how|what|which|why/;
const SENTENCES = /[？?；;!！]+/;
/** A, B 各/分别 P: the subjects joined before 各, and what is asked of each. */
const EACH = /^(.+?)(?:各自|各|分别|每个)(.+)$/;
const JOIN = /和|与|及|以及|、|[/／]/;
/** 请列出 / 请给出: the words a request starts with. */
const REQUEST_VERB = /^(?:请|麻烦)?(?:列出|给出|列一下|说一下|报一下|提供)/;
/** 请列出 A 和 B: figures requested rather than asked, with no question word. */
const REQUESTED = new RegExp(`${REQUEST_VERB.source}(?!.*(?:多少|几|什么|哪))(.{4,}?)[。.]?$`);
/** Words that end the last of several subjects but are said of them all (A 和 B 采购各多少). */
const SHARED_TAIL = /(?<=..)(?:(?:的)?(?:(?:政府采购|采购)(?:预算|金额)?|预算|支出|决算|经费|金额|财政拨款(?:支出)?|一般公共预算(?:拨款)?)(?:小计|合计|总额)?|在(?:政府采购|采购|支出|收入|预算)(?:中|里|当中|之中))$/;
/** Asking and counting words, which alone name nothing to ask about. */
const COUNT_ONLY = /多少|几|什么|哪些|哪|是|吗|呢|[个次批人台辆项名件套天]/g;
/** 都叫啥 / 分别是哪些 / 是哪几家: which they are, asked of nothing named. */
const WHICH_ONLY = /^(?:都|分别|具体|各)?(?:是|叫|有)?(?:哪些|哪几[个家项所]?|啥|什么)(?:单位|机构)?(?:呢)?[？?]?$/;
/** The end of a clause that only sets the scope of the next: 项目里, 三公经费中, 这几项当中. */
const SCOPE_END = /(?:里面|里头|里|当中|之中|中)$/;
/** Parts at most: a longer list is one question about many things, which the list answers. */
const MAX_PARTS = 4;

/** Clauses split at a comma (or a space between Chinese words) where the clauses on both sides ask something. */
function clauses(sentence: string): string[] {
  // A space between Chinese words parts clauses as a comma does (三公是多少 机关运行费是多少).
  // Split keeping each separator, so that pieces joined back read as written (基本支出、项目支出).
  // A space before 各/分别 (A/B/C 各多少) only sets the list off from what is asked of each.
  const parts = sentence.replace(/\s+(?=各|分别)/g, '').split(/([,，、]|(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5]))/);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 2) {
    const piece = parts[i];
    if (!piece.trim()) continue;
    // 基本支出 项目支出 机动经费 各多少: spaces between the subjects of 各 list them.
    const separator = /\s/.test(parts[i - 1] ?? '') ? (EACH.test(sentence) ? '、' : '，') : (parts[i - 1] ?? '');
    // After 、 a bare count word (多少批次、多少人次) asks more of the same subject: it stays with it.
    // 有几个，都叫啥: asking which they are, naming nothing, asks it of the things just counted.
    const ownQuestion = (separator !== '、' || piece.replace(COUNT_ONLY, '').length >= 2) && !WHICH_ONLY.test(piece.trim());
    // 总额多少，货物、工程、服务各多少: a list after a comma that 各 asks of starts a clause of its own.
    const listRest = separator === '，' || separator === ',' ? parts.slice(i).join('').split(/[,，]/)[0] : '';
    const listAsked = !!listRest && listRest !== piece && EACH.test(listRest) && QUESTION_WORD.test(listRest);
    // 政府采购预算总额，工程类多少: a clause ending on a total word asks that total, question word or not.
    // 几个评审评估类项目里，评审数量最多的是哪个: a clause that ends on 里 / 中 says where the next one asks.
    const scope = out.length > 0 && SCOPE_END.test(out[out.length - 1]);
    // 政府采购合计576.69万元，请列出…: a request after a clause of its own is asked on its own.
    // 合计多少，其中服务类: a part named with 其中 after a question is asked of it on its own, question word or not.
    const partAfter = /^其中/.test(piece.trim()) && piece.trim().length > 2 && out.length > 0 && QUESTION_WORD.test(out[out.length - 1]);
    if (out.length && ownQuestion && !scope && (((QUESTION_WORD.test(piece) || listAsked || partAfter) && (QUESTION_WORD.test(out[out.length - 1]) || TOTAL_ASKED.test(out[out.length - 1]))) || REQUESTED.test(piece))) out.push(piece);
    else if (out.length) out[out.length - 1] += `${separator}${piece}`;
    else out.push(piece);
  }
  return out;
}

/** The phases a figure is given for, said after what they are of. */
const PHASE = /^(?:年初预算|调整预算|预算数?|决算数?|执行数?)$/;
const PHASE_END = /(?<=..)(?:年初预算|调整预算|预算数?|决算数?|执行数?)$/;

/**
 * 公务用车购置费和运行维护费: a later subject that is no name of its own, said after the head of the first
 * (公务用车) it leaves unsaid. The head is the longest start of the first subject that makes a known name of it.
 */
function withSharedHead(first: string, later: string, knows: (name: string) => boolean): string {
  // 三公经费预算和决算: a phase said after the first subject's own phase is that subject's.
  const phase = first.match(PHASE_END);
  if (phase && PHASE.test(later)) return `${first.slice(0, -phase[0].length)}${later}`;
  // 购置费和运行维护费预算: what the later subject ends on (预算) is no part of the name it borrows a head for.
  const tail = later.match(SHARED_TAIL)?.[0] ?? '';
  const stem = later.slice(0, later.length - tail.length);
  // 公务用车购置费、运行费: a name the head makes of it (公务用车运行费) is meant, even where the bare word is
  // a name too (运行费 of 机关运行经费).
  // The first may be said after words of scope (三公表里公务用车购置费): the head is sought wherever it starts.
  for (let start = 0; start < first.length - 2; start++) {
    for (let end = first.length - 1; end >= start + 2; end--) {
      const headed = `${first.slice(start, end)}${stem}`;
      if (headed !== stem && knows(headed)) return `${headed}${tail}`;
    }
  }
  return later;
}

/** 基本支出项目支出: known names said one after another with nothing between them, or undefined. */
function runOfNames(text: string, knows: (name: string) => boolean): string[] | undefined {
  if (!text) return [];
  for (let end = text.length; end >= 2; end--) {
    const rest = knows(text.slice(0, end)) ? runOfNames(text.slice(end), knows) : undefined;
    if (rest) return [text.slice(0, end), ...rest];
  }
  return undefined;
}

/** Words for a whole a run of names may start from (政府采购买东西), which is no sibling of the names after it. */
const WHOLE_WORD = /^(?:政府采购|采购|预算|支出|收入|经费|资金)$/;

/** The longest run of two or more known names that ends the text (人大机关一年|用水用电), or undefined. */
function namesEnding(text: string, knows: (name: string) => boolean): string[] | undefined {
  for (let start = 0; start <= text.length - 4; start++) {
    const run = runOfNames(text.slice(start), knows);
    if (run && run.length >= 2 && !run.some((name) => WHOLE_WORD.test(name))) return run;
  }
  return undefined;
}

/** 基本、项目两块各多少: how many things were just listed, said after them; no part of the last name. */
const HOW_MANY_LISTED = /(?<=.{2})(?:这|那)?[两二三四五六七八九几](?:块|项|个|类|部分|样|笔)儿?(?:的)?(?:钱|费用|经费|支出|预算)?$/;

/** The subjects joined before 各/分别, the last of them bare of any framing clause before it. */
function subjectsOf(clause: string, knows: (name: string) => boolean): string[] {
  const m = clause.match(EACH);
  const joined = m ? splitJoined(m[1].split(/[,，:：]/).at(-1)!.replace(WITHIN, '').replace(HOW_MANY_LISTED, ''), knows) : [];
  // Names said one after another stand for several only where nothing joins them (基本支出项目支出各占多少),
  // after words of the asker's own too (人大机关一年交的水费电费各多少).
  // 法院公务用车购置及运行费: a joined name kept whole after words before it is one subject, not a run of names.
  const joinedWhole = joined.length === 1 && JOIN.test(joined[0]) && [...joined[0]].some((_, k) => k > 0 && knows(joined[0].slice(k)));
  const run = joined.length === 1 && !knows(joined[0]) && !joinedWhole ? (runOfNames(joined[0], knows) ?? namesEnding(joined[0], knows)) : undefined;
  const named = run && !run.some((name) => PHASE.test(name)) ? run : joined;
  const headed = named.map((s, i) => (i ? withSharedHead(named[0], s, knows) : s));
  // 基本、项目各增减多少: the head noun all of them leave unsaid (支出), where it makes each a known name.
  const tail = headed.every(knows) ? undefined : UNSAID_HEADS.find((h) => headed.every((s) => knows(s) || knows(`${s}${h}`)));
  return tail ? headed.map((s) => (knows(s) ? s : `${s}${tail}`)) : headed;
}

/** 的群众满意度: what is asked of a name, said after its last 的. */
const ASKED_OF_IT = /的[^的]{2,}$/;

/**
 * Subjects joined by 和/与/、: a joining word inside a known name (社会保障和就业, 商品和服务支出) joins
 * nothing, and the name stays whole.
 */
function splitJoined(text: string, knows: (name: string) => boolean): string[] {
  const pieces = text.split(new RegExp(`(${JOIN.source})`));
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i].trim();
    const last = out.at(-1);
    const whole = last !== undefined ? `${last}${pieces[i - 1]}${piece}` : '';
    // 街道公务用车购置及运行费: a known name said after words of the asker's own (街道) stays whole too.
    const tailKnown = last !== undefined && [...Array(Math.max(0, last.length - 1)).keys()].some((k) => knows(whole.slice(k + 1)));
    // 人民来访接待中心及特护期运行专项的群众满意度: a known name holding the join, with what is asked of it after 的.
    const ownedWhole = last !== undefined && !last.includes('的') && ASKED_OF_IT.test(piece) && knows(whole.replace(ASKED_OF_IT, ''));
    if (last !== undefined && (knows(whole) || tailKnown || ownedWhole || UNSAID_HEADS.some((h) => knows(`${whole}${h}`)))) out[out.length - 1] = whole;
    else if (piece) out.push(piece);
  }
  // 基本支出跟项目支出: 跟 joins only names known on both sides (跟上年比 compares, it joins nothing).
  return out.flatMap((piece) => {
    const halves = piece.split(/跟|同/);
    // The last may end on what is asked of both (项目支出决算数).
    const known = (half: string) => knows(half) || knows(half.replace(PHASE_END, '')) || knows(half.replace(SHARED_TAIL, ''));
    return halves.length === 2 && halves.every(known) ? halves : [piece];
  });
}

/** Head nouns a list of subjects leaves unsaid: 基本、项目 (支出), 人员、公用 (经费). */
const UNSAID_HEADS = ['支出', '经费', '收入', '费'];

/** 住房公积金和提租补贴各安排多少 → 住房公积金安排多少, 提租补贴安排多少. */
function distribute(clause: string, knows: (name: string) => boolean): string[] {
  const m = clause.match(EACH);
  if (!m) return [clause];
  // 按支出性质分，基本支出和项目支出分别… / 律师服务费的指标，咨询次数和坐班时间分别…: what stands before the
  // last comma frames the question, and is kept in front of each part; it is no subject of its own.
  // 我想弄清楚基本支出的构成：人员经费、公用经费各多少: a clause that only says the parts of a whole come next
  // frames nothing; the parts are asked as they stand.
  const clausesBefore = m[1].split(/[,，:：]/).filter((c, i, all) => i === all.length - 1 || !PARTS_COME.test(c));
  // 政府采购里行政服务局本级和政务服务中心各是多少, 2019年的预算总额和基本支出各是多少: what the first
  // subject is said within, or the year it is said of, frames them all.
  const within = clausesBefore.at(-1)!.match(WITHIN)?.[1] ?? '';
  const frame = `${clausesBefore.length > 1 ? `${clausesBefore.slice(0, -1).join('，')}，` : ''}${within}`;
  const subjects = subjectsOf(clause, knows);
  if (subjects.length < 2 || subjects.length > MAX_PARTS || subjects.some((s) => s.length < 2)) return [clause];
  // 行政服务局和政务服务中心采购各多少: what the last subject ends on is asked of each.
  // 三公、机关运行费、政府采购各多少: a last subject that is a name as it stands (政府采购) lends no tail.
  // 律师服务费和专家评审费的满意度各是多少: an attribute said after the last name with 的 is asked of each name.
  const last = subjects.at(-1)!;
  const attribute = last.match(ASKED_OF_IT);
  const asked = attribute && attribute.index! >= 2 ? attribute[0] : undefined;
  const tail = knows(last) ? undefined : (asked ?? last.match(SHARED_TAIL)?.[0]);
  // A subject that says its own phase (三公经费预算 beside 三公经费决算) takes no other.
  const each = (prefix: string) => subjects.map((s) => `${prefix}${tail && !s.endsWith(tail) && !PHASE_END.test(s) ? `${s}${tail}` : s}${m[2]}`);
  // 政府采购预算总额，货物、服务各多少: a clause before that names a total asks for it first; the parts follow it.
  return TOTAL_ASKED.test(frame.replace(/[,，]$/, '')) ? [frame.replace(/[,，]$/, ''), ...each('')] : each(frame);
}

/** 基本支出的构成 / 收入的组成: words that say the parts of a whole are what follows. */
const PARTS_COME = /(?:构成|组成|结构|明细)$/;

/** What is asked of names listed before it: an amount, with the words it may be said in (预算大概多少). */
const LISTED_ASKED = /^(.+?)((?:的)?(?:预算|决算)?数?(?:大概|大约|大致)?(?:是|有|要|安排了?)?(?:花|花掉|用)?(?:多少(?:钱|万元)?|几何)[吗呢啊]?)$/;
/** Words that ask one figure of names listed: their sum, their difference, which is more. */
const ONE_FIGURE_OF_SEVERAL = /加起来|合起来|合计|一共|总共|共计|之和|相差|差多少|哪个|哪项|比/;

/**
 * 水费、电费预算大概多少: known names listed, an amount asked of them and nothing that makes it one
 * figure (加起来, 相差), are asked of each, as 各 would say.
 */
function impliedEach(clause: string, knows: (name: string) => boolean): string | undefined {
  const m = ONE_FIGURE_OF_SEVERAL.test(clause) ? undefined : clause.match(LISTED_ASKED);
  if (!m || !JOIN.test(m[1])) return undefined;
  const withEach = `${m[1]}各${m[2]}`;
  // 省人大的办公楼一年水费: words of where and when may lead the first name; the name ends the words.
  const endsOnName = (s: string) => [...s].some((_, i) => s.length - i >= 2 && knows(s.slice(i)));
  const subjects = subjectsOf(withEach, knows);
  // Each later name is a name as it stands: a joining word inside a longer name (文化旅游体育与传媒支出) joins nothing.
  return subjects.length >= 2 && endsOnName(subjects[0]) && subjects.slice(1).every(knows) ? withEach : undefined;
}

/** A 和 B 哪个采购金额高: which of the things named is more, asked of each (the answers show which). */
const WHICH = /^(.+?)[,，]?(?:哪个|哪一个|哪项|哪一项|哪种|谁)(.*?)(?:更|比较|较)?(?:高|多|大|少|低|贵|便宜)(?:一些|一点|些)?$/;

function whichOf(clause: string, knows: (name: string) => boolean): string[] {
  const named = whichNames(clause, knows);
  return named.length ? named.map((s) => `${s}${clause.match(WHICH)![2]}是多少`) : [clause];
}

/** The known names a which-is-more clause compares, or none. */
function whichNames(clause: string, knows: (name: string) => boolean): string[] {
  const m = clause.match(WHICH);
  // 人员经费和日常公用经费相比哪个多: the comparing word is no part of the last subject.
  const joined = m ? m[1].replace(/(?:相比|比较|对比|比)$/, '').split(JOIN).map((s) => s.trim()) : [];
  const named = joined.map((s, i) => (i ? withSharedHead(joined[0], s, knows) : s));
  // Only names the knowledge holds: 商品和服务支出中哪项最多 asks within one thing, not between two.
  return named.length < 2 || named.length > MAX_PARTS || !named.every(knows) ? [] : named;
}

/** 多多少 / 差多少 after 哪个多: the difference between the two things compared. */
const DIFFERENCE_AGAIN = /^(?:那)?(?:多|差|相差|高|少|低|贵)(?:了|出)?多少/;

/** Words that ask for a total, whatever follows them (总额多少, 一共多少). */
const TOTAL_WORD = /总额|总计|合计|总共|一共|总数|总盘子/;
/** 基本支出跟项目支出有啥区别: what each of two known things is, which shows how they differ. */
const DIFFERENCE = /^(.+?)(?:跟|和|与|同)(.+?)(?:之间)?(?:到底|究竟)?(?:有)?(?:啥|什么|哪些|何)(?:区别|不同|差别|差异|不一样)/;

function differenceOf(clause: string, knows: (name: string) => boolean): string[] | undefined {
  const m = clause.match(DIFFERENCE);
  // 请问基本支出和…: the asking words before the first name are no part of it.
  const first = m?.[1].trim().replace(/^(?:请问|问一下|想问一下|我想知道|想了解一下)[,，]?/, '') ?? '';
  const named = m ? [first, withSharedHead(first, m[2].trim(), knows)] : [];
  return named.length && named.every(knows) ? named.map((s) => `${s}是什么`) : undefined;
}

/** A clause that asks for a total of its own (政府采购预算总额), before parts of it are asked. */
const TOTAL_ASKED = /(?:总额|总计|合计|总数|一共多少|总共多少)$/;

/**
 * 政府采购里: a table the subjects after it stand in, said once for all of them. Only a table's word: a
 * figure said first (日常公用经费里设备维保) is the scope of the first subject alone. A year said first
 * (2019年的总额和基本支出) is the year of them all.
 */
const WITHIN = /^((?:政府采购|采购|预算|支出|收入)(?:里面|里|当中|之中)|(?:\d{4}|上一?|去|今)年(?!度?(?:结转|结余))度?的?)(?=.{2})/;

/** A count of people or times asked: 大概多少人参加, 各培训几次. */
const COUNT_AGAIN = /(?:多少|几)(?:个)?(?:人次|人|次|批次|批|期)/;
/** 多少人 / 几名 ending a clause: people counted. */
const PEOPLE_COUNTED = /(?:多少|几)(?:个)?(人|名)$/;
/** 退休的有多少: a bare how-many ending a clause, money word or counting word none. */
const BARE_HOW_MANY = /(?:的|人员)(?:有|是)?多少$/;
/** 退休的呢 / 那离休人员呢: people named, then only 呢. */
const NAMED_THEN_NE = /^(?:那|那么)?([\u4e00-\u9fa5]{2,8}?)(?:的)?呢$/;

/** Words that ask for money, which name no thing of their own (要花多少钱, 一共多少钱). */
const MONEY_ASKED = /(?:要|得|需要)?花(?:了|掉)?(?:多少|几)(?:钱|万)?|(?:多少|几)(?:钱|万元|元)|(?:预算|经费|费用|资金)(?:是|有)?多少/g;

/** Whether a clause holds a known name anywhere (两个以上 characters), not just as a whole. */
function namesSomething(clause: string, knows: (name: string) => boolean): boolean {
  for (let at = 0; at < clause.length; at++) for (let end = clause.length; end >= at + 2; end--) if (knows(clause.slice(at, end))) return true;
  return false;
}

/** 硬件、装修、标识三项加起来多少: several things listed, and their sum asked in the same clause. */
const LIST_SUM = /^(.+?)(?:这|那)?(?:[两二三四五六七八九\d]+(?:项|个|笔|样|块))?(?:的)?(采购|预算|支出|经费|金额|资金)?(?:加起来|合起来|加在一起|合计|总共|一共)(?:数|额)?(?:一共|总共|共)?(?:的)?(?:预算|决算|金额|资金)?(?:一共|总共|共)?(?:打算|准备|计划|预计)?(?:是|有|要|得|需要)?(?:安排了?|花了?|花掉|用了?|支出了?|拨了?)?(?:多少|(?:是|为)?(?:几|啥)?[呢啊吧]?[？?。.]?$)/;

/** The sum of the things a clause lists before 加起来多少, each by the name its head makes known, or undefined. */
function listSum(said: string, knows: (name: string) => boolean): string | undefined {
  // 三公经费里，出国费和接待费加起来: the clause that sets the scope stays before the sum, read on as one.
  const scoped = said.match(SCOPE_FIRST);
  const scope = scoped?.[1] ?? '';
  const clause = scoped ? scoped[2] : said;
  const m = clause.match(LIST_SUM);
  // 一年用水用电加起来: known names said one after another, ending what comes before 加起来, with no word between.
  const listed = m && JOIN.test(m[1]) ? splitJoined(m[1], knows) : m ? (namesEnding(m[1], knows) ?? []) : [];
  if (listed.length < 2 || listed.length > MAX_PARTS) return undefined;
  // 请中介机构来做审计、做绩效评价，2024年一共花了多少: what is done, listed, is no figures to add; a clause
  // that runs past a comma into the sum names none either.
  if (/[，,]/.test(m![1]) && !listed.every((s, i) => knows(i ? withSharedHead(listed[0], s, knows) : s))) return undefined;
  // 货物采购和服务采购加起来: the word before 加起来 may end the last name (服务采购), not measure the sum.
  const last = `${listed.at(-1)}${m![2] ?? ''}`;
  if (m![2] && knows(last)) listed[listed.length - 1] = last;
  const named = listed.map((s, i) => (i ? withSharedHead(listed[0], s, knows) : s));
  // The scope is said again only where a name needs it to be read (出国 of 三公): known names stand alone.
  return `${named.every(knows) ? '' : scope}${named.join('加')}等于多少`;
}

/** A clause that only sets the scope (三公经费里，), then the rest. */
const SCOPE_FIRST = /^([^，,]{2,12}?(?:里面|里头|里|当中|之中|中))[，,](.+)$/;

/** 加起来多少 / 两者合计多少 after A和B各多少: their sum. */
const SUM_AGAIN = /^(?:两个|两项|两者|二者|它们|这两个|这两项)?(?:加起来|合起来|相加|加在一起|合计|一共|总共)((?:是|有)?多少.*|.*(?:等于|就是).+)$/;
/** A加B合计多少 / A和B加起来是多少 / A加B等于多少: a sum of things named, asked. */
const SUM_ASKED = /^(.{2,}?(?:加上?|和|与|跟).{2,}?)(?:两项)?(?:加起来|合起来|合计|一共|总共|之和|加在一起|等于)(?:是|有)?多少/;
/** 和支出预算总额差多少 / 比公务用车费多出多少: a difference whose first side is unsaid. */
const AGAINST_SUM = /^(?:那)?(?:和|跟|与|同|比)(.{2,}?)(?:之间)?(?:相差|差|多|少|高|低)(?:了|出)?多少/;
/** 各占多少比例 after A和B各多少: asked of each of the subjects the clause before named. */
const EACH_AGAIN = /^(?:各自|各|分别)(.+)$/;
/** A clause this short that names nothing known (占比, 原因呢) asks more of the subjects before it. */
const BARE_ASPECT = 4;

/** A clause about one person (她叫啥名字, 那个科长), and the pronoun or title that names them. */
const PERSON_BEFORE = /(他|她|局长|科长|处长|主任|秘书长|院长|庭长|厅长|部长|校长|所长|书记|主席)/;
/** What is asked of a person, said with no one named: 工资多少, 电话呢, 一年收入多少. */
const PERSONAL_AFTER = /^(?:他|她|其)?(?:的)?(?:一年|每年|每月|一个月|全年)?(?:的)?(?:(?:能)?(?:拿|挣|赚|领)(?:多少|几)?(?:钱的?)?)?(?:工资|收入|薪水|薪资|待遇|奖金|电话|手机号?|住址|(?<=(?:拿|挣|赚|领)(?:多少|几))(?:钱|万))/;

/** What is asked of a thing, several of which one clause may join (自评得分和预算执行率). */
const ATTRIBUTE = '(?:自评)?得分|分数|评分|等级|评级|(?:预算)?执行率|完成率|绩效目标|绩效指标|单价|数量|采购金额';
/** 信访研究宣传立法专项自评得分和预算执行率: one thing, two attributes: asked of it one by one. */
const ATTRIBUTES_JOINED = new RegExp(`^(.{2,}?)的?(${ATTRIBUTE})(?:和|与|及|以及|还有)(${ATTRIBUTE})(?:分别|各)?(?:是)?(?:多少|几何|怎样|如何)?$`);

/** Nouns that say what is asked of a thing: a total, a count, a share. */
const MOVED = '(?:增加|减少|增长|下降|上升|提高|降低|上涨|减|增|涨|降)';
/** 为什么基本支出增加而项目支出减少: two figures' opposite moves, each asked in the words around them. */
const MOVES_CONTRASTED = new RegExp(`^((?:为什么|为何|请问|问一下)?(?:\\d{4}年度?)?)((?![年的是了])[\\u4e00-\\u9fa5]{2,12}?)(${MOVED})了?(?:而|但|但是|，而|却|、)((?![年的是了])[\\u4e00-\\u9fa5]{2,12}?)(?:却|反而|则)?(${MOVED})了?(.*)$`);
const ASKING_NOUN = '(?:总额|总金额|金额|总计|合计|个数|数量|总数|比例|占比|比重|增加额|减少额|增减额|变化额|增幅|降幅)';
/** 政府采购预算总额及涉及采购项目个数: two things asked, each ending in what is asked of it, joined. */
const ASKS_JOINED = new RegExp(`^(.{2,}?${ASKING_NOUN})[，,]?(?:及|以及|和|与|还有)(.{2,}?${ASKING_NOUN})(?:分别|各)?(?:是)?(?:多少|几何)?[。.]?$`);

/** 公务接待费预算数及其占三公经费的比重: a figure, and its share of a whole, asked of it by 其 / 它. */
const AND_ITS_SHARE = /^(.{2,}?)(?:及其|以及其|和其|及它|和它|以及它)(占.{2,})$/;

/** 占财政拨款支出多大比例 after a figure asked: a share with no part named, which is the figure before. */
const SHARE_UNSAID = /^(?:那|它|这|其)?(?:大概|大约|约)?占(.{2,})$/;
/** What a clause adds after its subject to ask its figure (决算多少, 一共安排了多少万元, 等于多少). */
// 支出 is a verb only with 了 after it: 基本支出是多少 keeps 基本支出 as the figure asked.
const FIGURE_ASKED = /(?:的)?(?:一共|总共|合计)?(?:年初预算|预算数?|决算数?|实际|安排了?|支出了|花了?)*(?:是|有|为|等于)?多少(?:钱|万元|元)?$/;

/** The words of hearing at the start of a clause (听同事说, 据说). */
/** 听说 / 听邻居说: who the asker heard it from, said before what was heard; shared with the frame's reading of bodies. */
export const HEARD_FROM = String.raw`听(?:同事|别人|人家|人|朋友|领导|大家|邻居|街坊|家人|家里人|亲戚|老乡)?说`;
const HEARD_SAY = new RegExp(`^(?:我)?(?:${HEARD_FROM}|据说|有人说)`);
/** 听同事说…，: what the asker heard, said before the question. */
const HEARSAY = new RegExp(`${HEARD_SAY.source}[^,，]*[,，]`);

/**
 * 听同事说项目支出和基本支出不是一回事，项目支出具体是指什么: what was heard sets the scene; where the question
 * after it names its own subject, the hearsay's names are no part of what is asked.
 */
function withoutHearsay(clause: string, knows: (name: string) => boolean): string {
  const heard = clause.match(HEARSAY)?.[0];
  const rest = heard ? clause.slice(heard.length) : '';
  // 听说你们帮企业免费刻公章，这个要花多少: a question pointing back (这个) asks of what was heard.
  if (!heard || !QUESTION_WORD.test(rest) || QUESTION_WORD.test(heard)) return clause;
  // Only a name of a thing, not a word for money asked (要花多少钱), makes the question its own.
  if (!/这|那|它|其/.test(rest) && namesSomething(rest.replace(MONEY_ASKED, '|'), knows)) return rest;
  // 听说工装有个质保金，衣服多久换一次: where the question names nothing, what was heard is what it asks about.
  return namesSomething(heard, knows) ? clause.replace(HEARD_SAY, '') : clause;
}

/** How many vehicles …: the things an English clause counts, which a later clause's them / they means (it is the body). */
const COUNTED_EN = /\bhow many ([a-z]+(?: [a-z]+)?)/i;
const POINTS_BACK_EN = /\b(?:them|they)\b/i;

/** How many vehicles …, and what is budgeted for running them: them is the vehicles. */
function theyNamed(parts: string[]): string[] {
  const counted = parts[0]?.match(COUNTED_EN)?.[1].replace(/\s+(?:does|do|did|is|are|has|have)$/i, '');
  return counted ? parts.map((p, i) => (i ? p.replace(POINTS_BACK_EN, `the ${counted}`) : p)) : parts;
}

/** how many reception batches and visitors are planned: two things counted, the second sharing the first's head words. */
const COUNTED_PAIR_EN = /\bhow many ((?:[a-z]+ ){0,2})([a-z-]+) and ([a-z]+(?: [a-z]+-[a-z]+)?|[a-z]+-[a-z]+)\b/i;

/** An English clause counting two things is asked of each (…batches and visitors → …batches, …reception visitors). */
function eachCounted(clause: string): string[] {
  const m = clause.match(COUNTED_PAIR_EN);
  if (!m) return [clause];
  const [said, head, first, second] = m;
  return [clause.replace(said, `how many ${head}${first}`), clause.replace(said, `how many ${head}${second}`)];
}

/** What is the total, and which item is the biggest?: an English second question joined by and. */
const ENGLISH_AND = /,?\s+and\s+(?=(?:by\s+|roughly\s+|approximately\s+|about\s+|also\s+|for\s+|in\s+|on\s+|to\s+|with\s+)?(?:which|what|how|why|where|who|is|are|does|did|was|were)\b)/i;

/** 基本支出 人员经费 日常公用经费 三项分列: names set apart (by spaces, 、 or 和), then each asked to be listed. */
const LISTED_APART = /^([\u4e00-\u9fa5\s、]+?)\s*(?:[一二三四五六两\d]+[项个])?(?:分列|分别列出?|逐项列出?|分开列出?)(?:一下|出来)?[。.]?$/;

/** Names listed apart and asked to be listed each: asked of each, as 分别是多少 would. */
function eachListed(question: string): string {
  const names = question.trim().match(LISTED_APART)?.[1];
  return names && /[\s、和与及]/.test(names) && !/多少|几|什么|是/.test(names) ? `${names.trim().replace(/\s+/g, '、')}分别是多少` : question;
}

/** 医疗方面的几项支出（单位医疗、公务员医疗补助、重特病医疗）: things counted, then named in a bracket; the names are what is asked of. */
const NAMED_IN_BRACKETS = /(?:[\u4e00-\u9fa5]{0,8}的)?(?:这)?(?:几|[两二三四五六七八九])(?:项|个|笔|块)[\u4e00-\u9fa5]{0,4}[(（]([^()（）]{2,60}、[^()（）]{2,60})[)）]/g;

/**
 * The questions a message asks, in order. `knows` says whether a phrase is a name the loaded knowledge
 * holds; it lets a later subject borrow the head the first one left unsaid (default: no name is known).
 */
export function splitQuestion(asked: string, knows: (name: string) => boolean = () => false): string[] {
  // 会议费和培训费加一起是多少: one word for a sum, as the frame reads it.
  const question = eachListed(addedUpAsOne(asked.replace(NAMED_IN_BRACKETS, '$1')));
  const sentences = question.split(SENTENCES).map((s) => s.trim()).filter(Boolean);
  // 有几家？都是哪些？: which they are, asked as a sentence of its own, is asked of the things just counted.
  const joined = sentences.reduce<string[]>((out, s) => (out.length && WHICH_ONLY.test(s) ? [...out.slice(0, -1), `${out[out.length - 1]}，${s}`] : [...out, s]), []);
  const said = joined.flatMap((s) => theyNamed(s.split(ENGLISH_AND)).flatMap(eachCounted)).flatMap(clauses);
  const clauseList = said.map((c) => withoutHearsay(c, knows));
  const hearsayDropped = clauseList.some((c, i) => c !== said[i]);
  const parts: string[] = [];
  let subjects: string[] = [];
  let totalAsked = false;
  for (const clause of clauseList) {
    // 各占多少比例 / 占比 alone after A、B各多少: asked of each of them again.
    // 人员经费和公用经费各多少，加起来多少: the sum of the subjects before, which a sum check answers.
    if (DIFFERENCE_AGAIN.test(clause) && subjects.length === 2) {
      // 三公经费的预算和决算各是多少，差了多少: one figure's two phases, whose gap its execution states.
      const [first, second] = subjects.map((s) => s.replace(PHASE_END, ''));
      const phase = subjects[1].slice(second.length);
      parts.push(first === second && phase ? `${subjects[0]}和${phase}相差多少` : `${subjects[0]}和${subjects[1]}相差多少`);
      continue;
    }
    // A加B合计多少？和支出预算总额差多少: the sum just asked is the side the difference leaves unsaid.
    const sumBefore = parts.at(-1)?.match(SUM_ASKED);
    if (sumBefore && AGAINST_SUM.test(clause)) {
      parts.push(`${sumBefore[1]}合计${clause}`);
      continue;
    }
    const summed = clause.match(SUM_AGAIN);
    if (summed && subjects.length > 1) {
      // …加起来是不是就是基本支出: what the sum is said to make is checked; 加起来多少 asks the sum.
      parts.push(`${subjects.join('加')}${/^(?:是|有)?多少/.test(summed[1]) ? '等于多少' : summed[1]}`);
      continue;
    }
    // 会议费、培训费各多少？大概多少人参加: a count asked after several subjects, naming none, is asked of each.
    const countAgain = COUNT_AGAIN.test(clause) && !namesSomething(clause, knows) ? clause : undefined;
    const again = clause.match(EACH_AGAIN)?.[1] ?? countAgain ?? (clause.length <= BARE_ASPECT && !knows(clause) ? clause : undefined);
    if (again && subjects.length > 1) {
      parts.push(...subjects.map((s) => `${s}${again}`));
      continue;
    }
    // 住房公积金加购房补贴一共多少？占财政拨款支出多大比例: the share is the figure's just asked.
    const before = parts.at(-1);
    const subject = before && SHARE_UNSAID.test(clause) && FIGURE_ASKED.test(before) ? before.replace(FIGURE_ASKED, '') : '';
    if (subject.length >= 2) {
      parts.push(`${subject}${clause.replace(/^(?:那|它|这|其)/, '')}`);
      continue;
    }
    // 她叫啥名字，工资多少: the pay asked after a clause about a person is that person's, not the staff's.
    const person = parts.at(-1)?.match(PERSON_BEFORE)?.[1];
    if (person && PERSONAL_AFTER.test(clause)) {
      parts.push(`${person}的${clause.replace(/^(?:他|她|其)(?:的)?/, '')}`);
      continue;
    }
    const attributes = clause.match(ATTRIBUTES_JOINED);
    if (attributes) {
      parts.push(`${attributes[1]}${attributes[2]}`, `${attributes[1]}${attributes[3]}`);
      continue;
    }
    const contrasted = clause.match(MOVES_CONTRASTED);
    if (contrasted) {
      const [, lead, first, moved, second, movedToo, rest] = contrasted;
      // …，原因分别是什么: each part asks its own reason; 分别 spoke of the two together.
      const tail = rest.replace(/分别|各自/, '');
      parts.push(`${lead}${first}${moved}${tail}`, `${lead}${second}${movedToo}${tail}`);
      // 分别变动了多少 next is asked of each of them.
      subjects = [first, second];
      continue;
    }
    const itsShare = clause.match(AND_ITS_SHARE);
    if (itsShare) {
      // The figure's own phase word (预算数) is no part of its name where its share is asked.
      parts.push(itsShare[1], `${itsShare[1].replace(PHASE_END, '')}${itsShare[2]}`);
      continue;
    }
    const asks = clause.match(ASKS_JOINED);
    if (asks) {
      // 请列出A金额，以及B增加额: what is requested is asked (请列出…是多少 would read as a list).
      parts.push(`${asks[1].replace(REQUEST_VERB, '')}是多少`, `${asks[2]}是多少`);
      continue;
    }
    const listed = listSum(clause, knows);
    if (listed) {
      parts.push(listed);
      continue;
    }
    // 编制多少人，实有多少人，退休的有多少: people counted before, a bare 多少 after counts them too.
    const counting = parts.at(-1)?.match(PEOPLE_COUNTED)?.[1];
    // 在职的有多少人？退休的呢: people counted before, a bare 呢 after asks the count of those it names.
    const named = counting && !COUNT_AGAIN.test(clause) ? clause.match(NAMED_THEN_NE)?.[1] : undefined;
    const counted = named ? `${named}的有多少${counting}` : counting && BARE_HOW_MANY.test(clause) && !COUNT_AGAIN.test(clause) ? `${clause}${counting}` : clause;
    // 请列出局本级小计和政务服务中心小计: figures requested, joined, are each asked.
    const requested = counted.match(REQUESTED)?.[1];
    const each = requested && JOIN.test(requested) ? `${requested}分别是多少` : counted;
    const asked = each.match(EACH) ? each : (impliedEach(each, knows) ?? each);
    const differed = asked.match(EACH) ? undefined : differenceOf(asked, knows);
    const distributed = asked.match(EACH) ? distribute(asked, knows) : (differed ?? whichOf(asked, knows));
    // 基本支出跟项目支出有啥区别？各是多少: the two told apart are what 各 asks next.
    subjects = distributed.length > 1 ? (asked.match(EACH) ? subjectsOf(asked, knows) : differed ? differed.map((p) => p.replace(/是什么$/, '')) : whichNames(clause, knows)) : [];
    // 政采总额多少，局本级和政务服务中心各多少: subjects listed after a total are parts of it (其中…).
    parts.push(...(totalAsked && distributed.length > 1 ? distributed.map((p) => p.replace(/^(?!其中)/, '其中')) : distributed));
    totalAsked = TOTAL_WORD.test(clause);
  }
  return (parts.length > 1 && parts.length <= MAX_PARTS * 2) || (parts.length === 1 && parts[0] !== question && (LIST_SUM.test(question) || hearsayDropped)) ? parts : [asked];
}
