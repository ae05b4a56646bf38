/**
 * What a question is about: the most specific concept it names, or a named thing (procurement
 * row, 绩效目标表, 分项目标, asset) when the question names that more fully than any concept word.
 */
import type { Aspect, Frame } from '../intent/frame.js';
import type { TermMatch } from '../intent/lexicon.js';
import type { ConceptKey } from '../schema/concept.js';
import { GENERIC_ENDING } from '../resolve/shortNames.js';
import type { FactBase } from '../schema/fact.js';
import { isGenericTerm } from '../intent/unnamed.js';
import { bigrams, inOrder, tableNamed, type Entity, type EntityKind } from '../search/entities.js';
import { readingScore, TIME_AT_EDGE, type Reading, type Resolver } from '../resolve/resolver.js';
import type { LoadedDocument } from './engine.js';
import { givesTime, namesIndicator } from '../answer/details.js';
import { wholeOf } from '../answer/amounts.js';

export const DETAIL_ASPECTS: Aspect[] = ['unitPrice', 'quantity', 'code'];

/** Whether a concept is a total (收支总计, 三公经费合计 …), by its key. */
export const isTotalConcept = (concept: ConceptKey) => /(?:^|\.)total$/.test(concept);
export const isTotal = (c: TermMatch) => isTotalConcept(c.concept);

/** A count asked by its counting word (几辆, 多少辆): the question wants the count, not a money figure it also names. */
const asksCount = (c: TermMatch) => !!c.count && /几|多少/.test(c.term);

/** A term that is mostly a question (一共多少钱 for the total): a noun beside it (三公经费) is the subject. */
export const asksOnly = (c: TermMatch) => /多少|几/.test(c.term) && !asksCount(c);

/** Sources of funds, which also qualify what is spent from them. */
const FUNDING = new Set(['income.fiscal', 'expense.fiscal']);

/**
 * A source of funds said right after another concept (三公经费财政拨款预算) or right before it (财政拨款三公经费),
 * which only says where that one's money comes from.
 */
export function fundingQualifier(concepts: TermMatch[]): TermMatch | undefined {
  const touches = (c: TermMatch, o: TermMatch) => (o.at < c.at && o.at + o.term.length >= c.at) || (o.at > c.at && c.at + c.term.length === o.at);
  return concepts.find((c) => FUNDING.has(c.concept) && concepts.some((o) => !/^(?:budget|income)\./.test(o.concept) && touches(c, o)));
}

/** The most specific concept named: a count asked for, then a part over a total (人员 over 支出), then the longest term. */
export function pickConcept(concepts: TermMatch[]): TermMatch | undefined {
  // A whole named beside its part only qualifies it (基本支出中人员经费): the part is the subject.
  const qualifies = (c: TermMatch) => concepts.some((o) => wholeOf(o.concept) === c.concept);
  const qualifier = fundingQualifier(concepts);
  const funds = (c: TermMatch) => c === qualifier;
  return [...concepts].sort((a, b) => Number(funds(a)) - Number(funds(b)) || Number(asksCount(b)) - Number(asksCount(a)) || Number(asksOnly(a)) - Number(asksOnly(b)) || Number(isTotal(a)) - Number(isTotal(b)) || Number(qualifies(a)) - Number(qualifies(b)) || b.term.length - a.term.length)[0];
}

/** A concept's term this long is its name said in full (人员经费), not a generic word. */
const FULL_TERM = 4;

const ENTITY_KINDS: EntityKind[] = ['procItem', 'procProject', 'procUnit', 'table', 'subGoal', 'asset', 'lineItem', 'execution', 'statedAmount'];

/** The department's own name routes a question; it is not what the question is about. */
/**
 * `things`: names of the document's named things. A part of the body's name that one of them also
 * carries (服务中心 in 综合便民服务中心统一政务服务标识) may be the thing's, and is left in.
 */
export function withoutOwnNames(text: string, names: string[], things: string[] = []): string {
  return names.reduce((t, name) => {
    // A short name (万里 of 万里街道办事处) goes only said as a place, before a word of where (万里这边, 万里街道), and
    // not where a thing's name holds it (工会 of 工会经费): it may be a word of its own (建设 of 基本建设支出).
    if (name.length < OWN_ABBREVIATION.min) return things.some((thing) => thing.includes(name)) ? t : t.replace(new RegExp(`${name}(?=${PLACE_WORD.source})`), '');
    for (let len = name.length; len >= OWN_ABBREVIATION.min; len--) {
      const tail = name.slice(name.length - len);
      if (!t.includes(tail)) continue;
      if (len < name.length && things.some((thing) => thing.includes(tail))) return t;
      return t.replace(tail, '');
    }
    return withoutAbbreviation(t, name, things);
  }, text);
}

/** Words said after a place to say where (万里这边, 万里街道). */
const PLACE_WORD = /这边|那边|这里|那里|这块|街道|镇|乡/;

/** The fewest characters of a body's abbreviated name (交通职院 of 上海交通职业技术学院). */
const OWN_ABBREVIATION = { min: 3, max: 6 };

/**
 * 交通职院 for 上海交通职业技术学院: the body's name abbreviated, its characters in order and its last
 * character said last, says whose and names no thing (交通 of 其他交通费用 is not asked).
 */
function withoutAbbreviation(text: string, name: string, things: string[]): string {
  const last = name[name.length - 1];
  for (let end = text.indexOf(last); end >= 0; end = text.indexOf(last, end + 1)) {
    for (let len = OWN_ABBREVIATION.max; len >= OWN_ABBREVIATION.min; len--) {
      const said = text.slice(Math.max(0, end + 1 - len), end + 1);
      if (said.length === len && inOrder(said, name) && !name.includes(said) && !things.some((thing) => thing.includes(said))) return text.replace(said, '');
    }
  }
  return text;
}

/** A named thing wins over a concept word when the question names it more fully than the concept. */
/** The department and its units, whose names say where a question is asked, not what about. */
export function ownBodyNames(facts: FactBase): string[] {
  return [...departmentNames(facts.identity.department), ...facts.units.map((u) => u.name), ...facts.orgListings.flatMap((o) => o.names)];
}

const GENERAL_OFFICE = /办公(厅|室)$/;

/** A street's or a town's office (…人民政府万里街道办事处, …镇人民政府): the place it is named after and its level. */
const LOCAL_OFFICE = /(?<=^|人民政府|[区县市])([\u4e00-\u9fa5]{2,4}?)(街道|镇|乡)(?:办事处|人民政府)$/;

/**
 * The department's name, and the other word for a general office (市政府办公厅 for 市人民政府办公室): either is
 * said, whatever its level. A street's or a town's office is called by its place and level (万里街道) or its
 * place alone (万里), as its own people say.
 */
export function departmentNames(department: string): string[] {
  const office = department.match(GENERAL_OFFICE);
  if (office) return [department, department.replace(GENERAL_OFFICE, office[1] === '厅' ? '办公室' : '办公厅')];
  const local = department.match(LOCAL_OFFICE);
  return local ? [department, `${local[1]}${local[2]}`, local[1]] : [department];
}

/** How far a unit is put ahead where its nature, rank or funding is asked. */
const UNIT_ASKED_LEAD = 2;

/** How far a classified line falls behind other things when a count or a price is asked. */
const AMOUNT_ONLY_PENALTY = -2;

/** A name read at less than this share of it leaves a project said to be one to be sought by its goal. */
const DESCRIBED_BELOW = 0.5;

/** Rare words of a purpose a question must say to name its thing by that alone, with no 项目 said. */
const DESCRIBED_FULLY = 4;

/** How far a project known only by its purchases falls behind the line it is named after when no purchase is asked. */
const PURCHASES_ONLY_PENALTY = -3;

/** Readings this close to the best one are as likely: the question could mean any of them. */
const RIVAL_MARGIN = 0.1;

/** The best reading, with `rivals`: other things of its kind the question names just as well (工装 → two projects). */
export function pickEntity(frame: Frame, doc: LoadedDocument, concept: TermMatch | undefined): (Reading & { rivals?: Reading[] }) | undefined {
  // A classification code names its line outright: 2010301 is 行政运行 whatever words surround it.
  const coded = doc.entities.find((e): e is Entity & { kind: 'lineItem' } => e.kind === 'lineItem' && frame.codes.includes(e.item.code));
  // 212城乡社区支出下“城管执法（项）”: a line under the coded one, named in full, is the narrower one asked.
  // Of several named (职业教育 in 中等职业教育), the longest name said is the one.
  const codedChild = coded && doc.entities.filter((e) => e.kind === 'lineItem' && e.item.code.length > coded.item.code.length && e.item.code.startsWith(coded.item.code) && e.name.length >= 2 && frame.text.includes(e.name)).sort((a, b) => b.name.length - a.name.length)[0];
  if (coded) return { entity: codedChild || coded, matched: Infinity, coverage: 1, weight: Infinity };
  const own = doc.ownNames;
  const a = frame.aspects;
  const procurementWords = frame.cues.procurement || DETAIL_ASPECTS.some((d) => a.has(d));
  const prefer = (kind: EntityKind) => {
    if (kind === 'procUnit' && frame.cues.subtotal) return 5;
    // 服务中心单位规格: a unit's nature, rank or funding is asked of a unit.
    if (kind === 'unit' && (a.has('nature') || a.has('rank') || a.has('funding'))) return UNIT_ASKED_LEAD;
    if (kind.startsWith('proc')) return procurementWords && !frame.cues.indicator ? 0.9 : 0.2;
    // A 决算's statement of a line answers its budget, actual and why they differ; its table row, the rest.
    if ((kind === 'lineItem' || kind === 'execution') && amountOnly) return AMOUNT_ONLY_PENALTY;
    // 那个人大会议科目: a 科目 is a classified line.
    if (kind === 'lineItem' && frame.cues.classWord) return 1;
    if (kind === 'execution') return !a.has('compare') && (a.has('execution') || a.has('reason') || frame.cues.finalAccounts || frame.cues.budgetAsked) ? 0.5 : -0.5;
    // A 分项目标 states no money: asked for money, a thing that has some comes first.
    if (kind === 'subGoal' && frame.cues.money && !frame.cues.indicator) return -1;
    // 档案扫描是做什么的: what a thing is for is its project's goal, before the line it is bought under.
    if (kind === 'table' || kind === 'subGoal') return frame.cues.indicator ? 1.5 : a.has('indicator') || a.has('goal') || ((a.has('duties') || a.has('uses')) && !frame.cues.procurement) ? 0.9 : 0.1;
    return 0;
  };
  // A unit's subtotal is named by the unit; everything else is matched without the department's own names.
  const units = procurementWords ? [...ownLevelUnit(frame, doc), ...doc.resolver.readings(frame.mentionText, prefer, ['procUnit'])] : [];
  // A count asked for (几辆公务用车) is no classified line's money.
  const counting = concept !== undefined && asksCount(concept);
  // A classified line has an amount only: 多少台 / 单价 is asked of procurement rows, indicators or
  // assets first; a line named alone is still found, to be told it has no such thing.
  const amountOnly = frame.attribute === 'quantity' || frame.attribute === 'unitPrice';
  const kinds = ENTITY_KINDS.filter((k) => k !== 'procUnit' && !(counting && k === 'lineItem'));
  const things = doc.thingNames;
  // An English question's words for the department's own name (Standing Committee → 常委会) say where, not what.
  const stripped = withoutOwnNames(frame.mentionText, own, things);
  const asked = frame.english ? stripped.split('|').filter((w) => !doc.facts.identity.department.includes(w)).join('|') : stripped;
  const subject = frame.english ? asked : withoutOwnNames(frame.subjectText, own, things);
  const read = doc.resolver.readings(asked, prefer, kinds, subject);
  // 固定资产中车辆: a whole said as the scope (…中, …里) names where to look; where its words only read a thing
  // in part, the thing the rest names in full is asked.
  const scopes = frame.english ? [] : frame.concepts.filter((c) => frame.inside.includes(c.concept) && c.term.length >= 2).map((c) => c.term);
  const without = (text: string) => scopes.reduce((t, term) => t.split(term).join('|'), text);
  const inScope = scopes.length && read[0] && read[0].coverage < 1 ? doc.resolver.readings(without(asked), prefer, kinds, without(subject)) : [];
  // 固定资产中有几辆车: where a count of its own is asked within the scope (几辆车), a thing read in part only by
  // the scope's words (其他固定资产, 拟购置固定资产) is not what is asked.
  const askedWithin = scopes.length > 0 && frame.concepts.some((c) => !frame.inside.includes(c.concept) && asksCount(c));
  const found = [...units, ...(inScope[0]?.coverage === 1 ? inScope : askedWithin ? read.filter((r) => r.coverage === 1) : read)];
  // 其他商品和服务支出 named in full is not the 商品和服务支出 its name holds.
  // 城乡社区管理事务(款)城管执法(项) / 住房保障支出里的住房公积金: of lines named in full, one under another, the
  // narrowest is asked, over any other line the wider one's words also read.
  const fullLines = found.flatMap((r) => (r.entity.kind === 'lineItem' && r.coverage === 1 ? [{ reading: r, item: r.entity.item }] : []));
  // Each said in words of its own: 事业单位医疗 inside 行政事业单位医疗 is no narrower line named.
  const said = (name: string) => name.normalize('NFKC');
  const saidApart = (name: string) => fullLines.reduce((t, o) => (o.item.name.length > name.length && o.item.name.includes(name) ? t.split(said(o.item.name)).join('|') : t), asked).includes(said(name));
  const under = (l: (typeof fullLines)[number], o: (typeof fullLines)[number]) => o.item.scheme === l.item.scheme && l.item.code.length > o.item.code.length && l.item.code.startsWith(o.item.code) && saidApart(l.item.name);
  const pathEnd = fullLines.filter((l) => fullLines.some((o) => under(l, o))).sort((x, y) => y.item.code.length - x.item.code.length)[0];
  const wider = new Set(pathEnd ? fullLines.filter((o) => under(pathEnd, o)).map((o) => o.item.name) : []);
  // Other things stay only where they are the narrowest line's own (its 决算 statement, its project).
  const named = pathEnd ? found.filter((r) => r === pathEnd.reading || (r.entity.kind !== 'lineItem' && !wider.has(r.entity.name) && r.entity.name.includes(pathEnd.item.name))) : found.filter((r) => !found.some((o) => o.entity.kind === 'lineItem' && asked.includes(o.entity.name) && o.entity.name.length > r.entity.name.length && o.entity.name.includes(r.entity.name)));
  // A project only a table by 采购品目大类 names (案件执行经费) states what is bought under it, not its budget:
  // asked without purchasing words, the classified line it is named after (案件执行) comes first.
  const lines = named.filter((r) => r.entity.kind === 'lineItem').map((r) => r.entity.name);
  const purchasesOnly = (e: Entity) => !procurementWords && e.kind === 'procProject' && e.items.every((i) => i.projectFunds === undefined) && lines.some((l) => e.name.includes(l) || l.includes(e.name));
  // The resolver's own score where it gave one (an abbreviation that outranks a name said in part of it).
  const score = (r: Reading & { score?: number }) => (r.score ?? readingScore(r) + prefer(r.entity.kind)) + (purchasesOnly(r.entity) ? PURCHASES_ONLY_PENALTY : 0);
  // 搞信访工作的那个专项: a project described by a clause, and named by no name, is sought by what its goal says.
  // A goal is prose, matched as the question was typed too (不动社保 in a goal, where 社保 is read as 社会保障).
  // Sought once, where either use below needs it.
  let goals: ReturnType<Resolver['byGoal']> | undefined;
  const goalsOf = () => {
    if (goals) return goals;
    const all = [...doc.resolver.byGoal(asked), ...(frame.said !== frame.text ? doc.resolver.byGoal(withoutOwnNames(frame.said, own, things)) : [])].sort((x, y) => (y.score ?? 0) - (x.score ?? 0));
    return (goals = all.filter((r, i) => all.findIndex((o) => o.entity === r.entity) === i));
  };
  // 请中介机构做审计和绩效评价花了多少: where nothing is named at all, a purpose that many of its rare words describe
  // names its thing without 项目 being said.
  const described = frame.cues.describedProject && !named.some((r) => r.coverage >= DESCRIBED_BELOW) ? goalsOf() : !named.length && (!concept || asksOnly(concept)) ? goalsOf().filter((r) => r.matched >= DESCRIBED_FULLY) : [];
  // 拉渣土…处理费一方多少钱: among things read by one word each, the one whose purpose the question also describes
  // (two signs of one thing) comes first.
  const weak = named.length > 1 && named.every((r) => r.matched <= 1);
  const goalWords = new Map(weak ? goalsOf().map((g) => [g.entity, g.matched] as const) : []);
  // 我们窗口的工装多久换一次: among things read by one word each, a table that gives the time asked (更换时间) is one
  // sign more of the thing meant, as a purpose described is.
  const timeGiven = (e: Entity) => weak && frame.cues.timeAsked && e.kind === 'table' && e.table.rows.some(givesTime);
  const supported = (r: Reading) => score(r) + (goalWords.get(r.entity) ?? 0) + (timeGiven(r.entity) ? 1 : 0);
  const ranked = [...named, ...described.filter((d) => !named.some((r) => r.entity === d.entity))].sort((x, y) => supported(y) - supported(x));
  // A 分项目标 states no money: asked for money, a thing read that has some answers, however the goal scores.
  const moneyless = frame.cues.money && !frame.cues.indicator && ranked[0]?.entity.kind === 'subGoal';
  // 一般公共服务支出（类）财政事务（款）信息化建设（项）: a 决算 line named in full under a class also named in full is the one asked.
  const fullNames = new Set(ranked.filter((r) => r.coverage === 1).map((r) => r.entity.name));
  const deeper = ranked.find((r) => r.entity.kind === 'execution' && r.coverage === 1 && r.entity.statement.path.slice(0, -1).some((p) => fullNames.has(p)));
  const top = deeper || (moneyless && ranked.find((r) => r.entity.kind !== 'subGoal')) || ranked[0];
  // Two leading characters name a project only when the question goes on to name one of its indicators.
  const leadTable = top?.lead ? tableNamed(doc.entities, top.entity.name) : undefined;
  if (!top || (top.lead && !(leadTable && namesIndicator(leadTable.table, frame)))) return undefined;
  const rivals = ranked.slice(1).filter((r) => r.entity.kind === top.entity.kind && r.entity.name !== top.entity.name && score(top) - score(r) < RIVAL_MARGIN);
  const best = rivals.length && top.coverage < 1 ? { ...top, rivals } : top;
  // A line named after the class above it is the subject, whatever figure word (财政拨款支出) is said with it.
  if (!concept || (pathEnd && best.entity.name === pathEnd.item.name)) return best;
  // 基本支出中人员经费决算多少: a 决算 statement of a wider line, read through the scope's words, does not answer
  // a figure named in full within it.
  if (best.entity.kind === 'execution' && concept.term.length >= FULL_TERM && !isTotal(concept) && !frame.lexicon.wordsOf(concept.concept).some((w) => best.entity.name.includes(w))) return undefined;
  // 政府采购 / 采购 only says which table a named item is in: the item is the subject.
  // 货物工程服务各多少: a word of the concepts' own (工程) names no item that merely holds it (修缮工程).
  const namedBeyond = best.coverage === 1 || [...bigrams(best.entity.name)].some((g) => frame.mentionText.includes(g) && !frame.concepts.some((c) => c.term.includes(g)));
  if (concept.concept.startsWith('procurement.') && best.entity.kind.startsWith('proc') && namedBeyond) return best;
  // A generic word (项目预算, 采购) names no subject of its own: any named thing beside it is the subject.
  // An English term's letters are no measure: it weighs a bigram a word (salaries beside 基本工资).
  // A term that only asks (花多少钱 for the total) names as little as a generic one.
  // 的钱 (日常运行的钱) says money, not which thing: it weighs nothing against a named thing.
  // A Chinese term quoted in an English question (人员经费) weighs as it does in a Chinese one.
  const englishTerm = frame.english && !/[\u4e00-\u9fa5]/.test(concept.term);
  const termBigrams = isGenericTerm(concept.term) || asksOnly(concept) ? 1 : englishTerm ? concept.term.split(/\s+/).length : Math.max(1, concept.term.replace(/的?钱$/, '').length - 1);
  const sameAsConcept = frame.lexicon.concepts[concept.concept]?.terms.includes(best.entity.name);
  if (sameAsConcept && !procurementWords) return undefined;
  // 日常公用经费里的办公消耗用品采购: with procurement words, a project named as the concept is the subject.
  if (sameAsConcept && best.entity.kind === 'procProject') return best;
  // A line named in full (奖金) beats a generic total word beside it (预算, 支出); a line named only in part
  // (一般公共…支出 for 一般公共预算基本支出) does not displace the concept the question names.
  // 教育支出财政拨款: the source of funds qualifies the line the question names in full.
  if (best.entity.kind === 'lineItem' && best.coverage === 1 && FUNDING_CONCEPTS.includes(concept.concept)) return best;
  // 基本支出里退休费多少 / retirement pensions in its basic expenditure: a line named in full inside the whole the
  // question goes into is the subject; the whole says where it is.
  if (best.entity.kind === 'lineItem' && best.coverage === 1 && !isTotal(concept) && frame.inside.includes(concept.concept)) return best;
  // 人大搞立法花多少钱 / 人大开大会预算要花多少: beside a word that only asks or a generic one, a line read by most of its name (two bigrams of three) is the subject.
  // 交医疗保险的钱预算多少 (职工基本医疗保险缴费): so is one read by a run of its name said whole.
  // 公益岗位的补贴 (公益性岗位补贴): three of its words, half its name, said apart, name it too.
  // 公积金今年预算数 (住房公积金): the word a line's name ends with, said to open or close a piece, names it too.
  const onlyAsked = (asksOnly(concept) || isGenericTerm(concept.term)) && ((best.coverage >= ASKED_LINE_COVERAGE && best.matched >= 2) || (best.matched >= RUN_SAID - 1 && (best.coverage >= HALF_SAID || endsRun(frame.subjectText, best.entity.name))) || (best.matched >= 2 && saysTail(frame.subjectText, best.entity.name)));
  // 法院这笔钱从哪来 (江苏省高级人民法院): a line named as the department calls itself is the department, beside
  // a total, unless a 科目 is said.
  const department = best.entity.kind === 'lineItem' && isTotal(concept) && !frame.cues.classWord && !frame.cues.levelMarked && doc.facts.identity.department.endsWith(best.entity.name);
  if (department) return undefined;
  if (best.entity.kind === 'lineItem') return best === pathEnd?.reading || (best.coverage === 1 && isTotal(concept)) || onlyAsked || (best.coverage >= LINE_COVERAGE && best.matched > termBigrams) ? best : undefined;
  // The qualifying source of funds (财政拨款 of 三公经费财政拨款) names no thing beside the concept.
  const qualifier = fundingQualifier(frame.concepts);
  // 渣土的项目有多少钱: a project said to be one, named by a word of it, is asked its money, not the total.
  if (frame.cues.projects && asksOnly(concept) && best.entity.kind === 'table') return best;
  return best.matched - (qualifier ? qualifier.term.length - 1 : 0) > termBigrams ? best : undefined;
}

/** Share of a line's name that three of its words said apart cover to name it beside a generic word. */
const HALF_SAID = 0.5;

/** Characters of a line's name said in one run that name it beside a generic word (医疗保险 of 职工基本医疗保险缴费). */
const RUN_SAID = 4;

/** Characters of the word a name ends with (公积金 of 住房公积金). */
const TAIL_WORD = 3;

/** Whether a piece of the subject opens or closes on the word a name ends with, a word of its own, not a generic ending (管理费). */
function saysTail(subjectText: string, name: string): boolean {
  const tail = name.slice(-TAIL_WORD);
  if (name.length <= TAIL_WORD || GENERIC_ENDING.test(tail)) return false;
  return subjectText.split('|').some((p) => p.startsWith(tail) || p.endsWith(tail));
}

/**
 * Whether a piece of the subject ends on RUN_SAID characters of the name in one run (…交医疗保险|钱): the thing
 * ends what is said of it, not the start of a longer name of something else (人大代表联络站建设).
 */
function endsRun(subjectText: string, name: string): boolean {
  const pieces = subjectText.split('|').map((p) => p.replace(TIME_AT_EDGE, ''));
  for (let at = 0; at + RUN_SAID <= name.length; at++) if (pieces.some((p) => p.endsWith(name.slice(at, at + RUN_SAID)))) return true;
  return false;
}

/** Characters of the department's name that its own unit's name ends with, whatever place name leads it. */
const OWN_TAIL = 3;

/** Whether a unit's name is the department's own (…行政服务局本级 / 高新区行政服务局), by the tail of the department's name. */
export function isOwnUnit(name: string, facts: FactBase): boolean {
  return name.endsWith(facts.identity.department.slice(-OWN_TAIL));
}

/** 局本级 / 机关本级: the department's own unit among the procurement units, named by the unit's tail. */
function ownLevelUnit(frame: Frame, doc: LoadedDocument): Reading[] {
  if (!/本级/.test(frame.mentionText)) return [];
  const own = doc.entities.find((e) => e.kind === 'procUnit' && isOwnUnit(e.name, doc.facts));
  return own ? [{ entity: own, matched: OWN_TAIL, coverage: 1, weight: 0 }] : [];
}

/** Concepts that name a source of funds, which a classified line named beside them is qualified by. */
const FUNDING_CONCEPTS: string[] = ['income.fiscal', 'income.general', 'expense.fiscal', 'fiscal.total', 'expense.general'];

/** Share of a line's name a question must hold beside a word that only asks (花多少钱). */
const ASKED_LINE_COVERAGE = 0.6;

/** Share of a line's name a question must hold to be about that line rather than a concept it names. */
const LINE_COVERAGE = 0.8;
