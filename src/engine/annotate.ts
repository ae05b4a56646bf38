/**
 * What the engine adds around an answer from the document itself: a warning where the figure
 * cited fails a consistency check, and, for a refusal, a pointer to the closest line.
 */
import { answerFromPassage } from '../answer/passage.js';
import { rendered, type Answer } from '../answer/answer.js';
import { answerRow } from '../answer/details.js';
import { strings, type Place } from '../answer/strings/index.js';
import type { Frame } from '../intent/frame.js';
import { soundsAlike } from '../intent/typos.js';
import { pinyinRun } from '../intent/places.js';
import type { ParsedDocument } from '../parse/document.js';
import { inOrder, listEntities } from '../search/entities.js';
import { LineIndex } from '../search/lineIndex.js';
import { departmentNames, withoutOwnNames } from './resolve.js';

/** A document's line index, its own names (things and indicators) kept whole as tokens. */
export function lineIndexOf(doc: ParsedDocument): LineIndex {
  const names = [...listEntities(doc.facts).map((e) => e.name), ...doc.facts.projectTables.flatMap((t) => t.rows.map((r) => r.level3))];
  return new LineIndex(doc.text, names);
}

/** A figure that a failed consistency check involves is answered as stated, with the contradiction pointed out. */
export function withCheckWarnings(reply: Answer, doc: ParsedDocument): Answer {
  // A citation names a PDF's page and the line on it (a workbook's sheet and row); a check, the line in the text read.
  const key = (p: Place) => `${p.sheet ?? p.page ?? 0}:${p.line}`;
  const cited = new Set(reply.citations.map(key));
  const texts = [doc.text, ...(doc.companions ?? [])];
  const failed = doc.checks.filter((c) => !c.ok && c.lines.some((l) => texts.some((t) => cited.has(key(t.locate(l))))));
  if (!failed.length || !reply.answered) return reply;
  return rendered({ ...reply, warnings: [...reply.warnings, ...failed.map((c) => strings(reply.lang).checkFailed(c.detail))] });
}

/** The tail of a body's name that identifies it: 石家庄高新区行政服务局 is the seed's 行政服务局. */
const NAME_TAIL = 5;

/** The level word after a place (长沙市 of 长沙市信访局), which people leave out. */
const PLACE_LEVEL = /^([\u4e00-\u9fa5]{2,3}?)[省市县区](?=[\u4e00-\u9fa5]{2})/;

/** 总 said before a body's kind (信访总局), which people add to a national body's name loosely. */
const LOOSE_HEAD = /总(?=[局署]$)/;

/** Whether a document knows the body a question names, in full or by the tail of its name. */
export function knowsBody(doc: ParsedDocument, name: string): boolean {
  // A file that names no department (tables alone) is known by its file's name (b04b_beijing_tongjiju…).
  if (doc.facts.identity.departmentFromFile) return namedByFile(doc.facts.identity.file, name);
  const own = ownNames(doc);
  // 国家信访总局 for 国家信访局: 总 before the kind is said loosely of the body, not of another.
  const loose = name.replace(LOOSE_HEAD, '');
  if (loose !== name && !own.some((o) => LOOSE_HEAD.test(o))) return knowsBody(doc, loose);
  // 在盖社区服务中心 / 新建的…: a building being built is named after the verb, which is no part of its name.
  const built = name.replace(BUILT_FIRST, '');
  if (built !== name && built.length >= MIN_OWN_NAME) return knowsBody(doc, built);
  const tail = name.length > NAME_TAIL ? name.slice(-NAME_TAIL) : name;
  // The body itself or one of its units, named in full or in part (行政服务局, 我局). Another body the
  // text merely mentions (a 检察院 in a 法院's duties, the 国家统计局 a 北京市统计局 reports to) is not this budget.
  // 街道便民中心 for 综合便民服务中心: a level word said first says where, and the rest may abbreviate an own name.
  const unleveled = name.replace(LEADING_LEVEL, '');
  // 高新区街道: the body's own place and a level word says where within it (its streets), not another body.
  const place = name.replace(TRAILING_LEVEL, '');
  if (place !== name && place.length >= 2 && own.some((o) => o.startsWith(place))) return true;
  if (own.some((o) => name.includes(o) && foreignPrefix(doc, name, o))) return false;
  // 长沙信仿局 for 长沙市信访局: a slip in a name said without its place's level (市) is still a slip.
  return own.some((o) => o.includes(name) || name.includes(o) || abbreviates(name, o) || (unleveled !== name && abbreviates(unleveled, o)) || mistyped(name, o) || mistyped(name, o.replace(PLACE_LEVEL, '$1')) || (o.includes(tail) && !otherPlace(name, o) && sameQualifier(name, o, tail)));
}

/** The characters of a body's name that say its kind (统计局, 发改委); those before them say where. */
const KIND_CHARS = 3;

/**
 * Whether a file's name names the body, in characters or in pinyin (统计局 in b04b_beijing_tongjiju…,
 * 北京市统计局 too, not 发改委 nor 上海市统计局): its kind, and its place where the name gives one.
 */
function namedByFile(file: string, name: string): boolean {
  const run = file.toLowerCase().replace(/[^a-z\u4e00-\u9fa5]/g, '');
  const holds = (words: string) => run.includes(words) || run.includes(pinyinRun(words));
  const place = name.slice(0, -KIND_CHARS).replace(/[省市区县]$/, '');
  return holds(name.slice(-KIND_CHARS)) && (!place || holds(place));
}

/** Each document's own names, gathered once: every question naming a body checks them, across every document. */
const ownNamesOf = new WeakMap<ParsedDocument, string[]>();

/** The body, its units, and the names its own budget lines and stated facts carry (综合便民服务中心窗口办公经费, 其他法院支出). */
function ownNames(doc: ParsedDocument): string[] {
  let names = ownNamesOf.get(doc);
  if (!names) {
    const { facts } = doc;
    names = [...new Set([
      ...departmentNames(facts.identity.department),
      ...facts.units.map((u) => u.name),
      ...facts.procurement.items.flatMap((i) => [i.unit, i.project]),
      ...facts.projectTables.map((t) => t.project),
      // 数据中心设备维护量: an indicator or a purchase named after a body it serves is this budget's.
      ...facts.projectTables.flatMap((t) => t.rows.map((r) => r.level3)),
      ...facts.subGoals.flatMap((g) => g.indicators.map((i) => i.name)),
      ...facts.procurement.items.map((i) => i.item),
      ...facts.lineItems.map((i) => i.name),
      ...facts.orgListings.flatMap((o) => o.names),
      // 中央政法委选派 7 名: a body named in a fact of this budget is asked about through it.
      ...facts.statedCounts.map((c) => c.label),
      ...facts.statedAmounts.map((a) => a.label),
      // 社区公共服务中心新建工程: a project the narrative describes is this budget's, whatever its name ends with.
      ...facts.projectSections.flatMap((s) => (s.project ? [s.project] : [])),
    ])].filter((o) => o.length >= MIN_OWN_NAME);
    ownNamesOf.set(doc, names);
  }
  return names;
}

/** Names shorter than this say too little to identify a body (a blank cell, 其他). */
const MIN_OWN_NAME = 3;

/**
 * 江苏高院, 省高院, 人大办公厅 for 江苏省高级人民法院 / 江苏省人大常委会办公厅: the characters in order and
 * the same last character (the kind of body: 院, 厅, 局).
 */
function abbreviates(name: string, full: string): boolean {
  if (name.length < MIN_OWN_NAME) return false;
  // A body named inside a longer name (便民中心 in 综合便民服务中心窗口办公经费) ends where its kind does.
  if (name.at(-1) !== full.at(-1)) {
    for (let end = full.indexOf(name.at(-1) ?? ''); end > 0; end = full.indexOf(name.at(-1) ?? '', end + 1)) {
      if (abbreviates(name, full.slice(0, end + 1))) return true;
    }
    return false;
  }
  return inOrder(name, full);
}

/**
 * Whether what a name puts before the tail it shares with an own name fits that name: 交通职院 fits
 * 上海交通职业技术学院, 上海海事 does not (上海海事职业技术学院 is another school).
 */
function sameQualifier(name: string, own: string, tail: string): boolean {
  // 街道便民服务中心 for 综合便民服务中心: a level word (街道, 乡镇, 区) says where, not which.
  const qualifier = name.slice(0, name.length - tail.length).replace(LEVEL_WORDS, '');
  const ownQualifier = own.slice(0, own.indexOf(tail));
  // 街道新建社区公共服务中心 for …社区公共服务中心新建工程: words of building (新建) may follow the kind in the own name.
  const built = qualifier.match(BUILDING)?.[0];
  return !qualifier || !ownQualifier || inOrder(qualifier, ownQualifier) || (!!built && BUILDING.test(own) && inOrder(qualifier.replace(BUILDING, ''), ownQualifier));
}

/** A verb of building that opens what reads as a body's name (盖社区服务中心, 新建的…), not the 建 of 建设. */
const BUILT_FIRST = /^(?:(?:要|正在|在)新?(?:建|盖|修)的?|新(?:建|盖|修)的?|(?:建|修)的|盖的?)(?=[\u4e00-\u9fa5]{4})/;
/** Words of building (新建, 要新盖, 在盖的), which say which work, not whose; any matches the own name's building word. */
const BUILDING = /(?:要|正在)?(?:新建|在建|改建|扩建|新盖|在盖|要盖|要建|新修)(?:的)?/;

/** Level words said after a place (高新区街道乡镇). */
const TRAILING_LEVEL = /(?:街道|乡镇|社区)+$/;

/** Level words said before a body's name (街道便民中心). */
const LEADING_LEVEL = /^(?:街道|乡镇|社区|[乡镇区市县])+/;

/** Words for a level of government, which qualify a kind of body without naming one. */
const LEVEL_WORDS = /街道|乡镇|社区|[乡镇区市县]/g;

/** Characters a name must have before one of them may be mistyped (行政服物局 for 行政服务局). */
const MIN_TYPED_NAME = 4;
/** A shorter name (信方局) is taken for the body's own only with a homophone in place of one character. */
const MIN_HOMOPHONE_NAME = 3;

/** The own name, or its tail, typed with one character wrong. */
function mistyped(name: string, own: string): boolean {
  if (name.length < MIN_HOMOPHONE_NAME || name.length > own.length) return false;
  const tail = own.slice(own.length - name.length);
  const differing = [...name].map((ch, i) => [ch, tail[i], i] as const).filter(([a, b]) => a !== b);
  if (differing.length !== 1 || name.at(-1) !== own.at(-1)) return false;
  const [typed, meant, at] = differing[0];
  // 南京市统计局 for 北京市统计局: a character of the place (or the first, where no level word marks the place: 南京统计局)
  // another place's, not a slip, unless it sounds the same.
  const inPlace = at === 0 || at < (tail.match(PLACE)?.[0].length ?? 0);
  // 信方局 for 信访局: in a name this short only a homophone is a slip; 审计局 is another body than 统计局.
  return (name.length >= MIN_TYPED_NAME && !inPlace) || soundsAlike(typed, meant);
}

/** A name whose place (国家, 省, 市 …) differs from the body's: 国家统计局 is not 北京市统计局. */
/** 保定高新区行政服务局 for 高新区行政服务局: a place said before an own name that the disclosure never names is another body's. */
function foreignPrefix(doc: ParsedDocument, name: string, own: string): boolean {
  // 街道新建社区公共服务中心: level words and words of building (新建, 在建) say where and which, not whose.
  const prefix = name.slice(0, name.indexOf(own)).replace(/的$/, '').replace(LEVEL_WORDS, '').replace(new RegExp(BUILDING.source, 'g'), '');
  return prefix.length >= 2 && /[\u4e00-\u9fa5]{2}/.test(prefix) && !doc.text.stream.includes(prefix);
}

/** The place a body's name starts with (国家, 北京市, 高新区); 社区 is a level within a place, not a place (街道新建社区…). */
const PLACE = /^(?:国家|中央|[\u4e00-\u9fa5]{1,6}?(?:[省市县州旗]|(?<!社)区))/;

function otherPlace(name: string, own: string): boolean {
  const place = name.match(PLACE)?.[0];
  return place !== undefined && !own.startsWith(place);
}

/** Query terms a line must share before it is offered as a pointer, or an indicator on it as the answer. */
const POINTER_MIN_TERMS = 2;

/** The disclosure's own sentence for a question asking for words, where its prose says enough of it. */
export function passageAnswer(doc: ParsedDocument & { lines?: LineIndex }, frame: Frame): Answer | undefined {
  doc.lines ??= lineIndexOf(doc);
  return answerFromPassage(doc.text, doc.lines.top(searchedWords(doc, frame)), frame);
}

/**
 * The question's words a line is sought by: the department's own name says whose, and matches every page
 * header; its units' names (财政所, 国库收付中心) may be what is asked about, and stay.
 */
function searchedWords(doc: ParsedDocument, frame: Frame): string {
  return withoutOwnNames(frame.text, departmentNames(doc.facts.identity.department));
}

/**
 * Points a refusal at the closest line of the disclosure, clearly as a pointer and not as an answer;
 * a question asking for words whose line is prose that shares enough with it is answered by that sentence.
 */
export function withNearestLine(refusal: Answer, doc: ParsedDocument & { lines?: LineIndex }, frame: Frame): Answer {
  // One search serves both: the line a passage would come from is the line a pointer shows.
  doc.lines ??= lineIndexOf(doc);
  const hit = doc.lines.top(searchedWords(doc, frame));
  const passage = answerFromPassage(doc.text, hit, frame);
  if (passage) return passage;
  if (!hit || hit.matched < POINTER_MIN_TERMS) return refusal;
  // 打算去几个地方 → the row 对标学习地点(个) ≥4个: the closest line is an indicator counted in the unit asked.
  const counted = frame.cues.countAsked ?? frame.cues.unitAsked;
  const onLine = counted ? doc.facts.projectTables.flatMap((table) => table.rows.filter((r) => r.source.line === hit.line && r.value.number !== undefined && (r.value.unit ?? '').startsWith(counted)).map((row) => ({ table, row })))[0] : undefined;
  if (onLine) return answerRow(onLine.table, onLine.row, frame, true);
  const quote = hit.text.length > 60 ? `${hit.text.slice(0, 60)}…` : hit.text;
  return rendered({ ...refusal, body: `${refusal.body}\n${strings(refusal.lang).nearestLine(doc.text.locate(hit.line), quote)}` });
}
