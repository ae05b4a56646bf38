/**
 * The bodies a disclosure lists in its prose: 局机关设办公室、…、政策法规处，共计10个正科级处室 (internal
 * divisions) and 本部门下属单位包括… / 部门决算包括：局本级决算、…信息中心决算 (subordinate units).
 * Names are read by the endings of Chinese organisation names, not from any list of bodies.
 */
import type { OrgListing } from '../schema/fact.js';
import type { SourceText } from './sourceText.js';

/** Words that open a listing, and which kind of listing each opens. */
const OPENING = /(内设机构|机关内设|局机关设|机关设|下设|内设|设有|下属单位(?:包括|有)?|所属单位(?:包括|有)?|预算单位包括|决算(?:单位)?包括|具体包括|包括|(?<=\d\s*个[,，]?)即)[:：]?/g;
/** Openings that list anything (包括, 设有, 8个，即) list bodies only where bodies are being described just before. */
const GENERIC_OPENING = /^(?:包括|具体包括|设有|即)$/;
const ABOUT_BODIES = /单位|机构|处室|科室|决算|预算/;
/** The listing runs to the end of its sentence. */
const SENTENCE_END = /[。;；]|共计|共有|等\d*个/;
/** A body's name ends in one of these. */
const ORG_ENDING = /(?:办公室|处|室|科|司|局|部|委|中心|队|站|所|院|学院|馆|会|组|办|党委|党总支|校区|学校|本级|机关)$/;
const STATED_COUNT = /(?:共计?|有|包括)\s*(\d+)\s*个([\u4e00-\u9fa5]{0,4}(?:处室|科室|内设机构|机构|单位|部门))/;
/** 只有本级，没有其他二级预算单位 / 仅含本级，无下属单位: the department has no units but its own, to the sentence's end. */
const ONLY_OWN_LEVEL = /(?:只有|仅有|仅含|只含|只包括|仅包括|仅为)[\u4e00-\u9fa5]{0,20}?本级[,，]?(?:没有|无|不含)(?:其他|其它)?的?(?:二级|下属|所属)?(?:预算)?单位[^。；;]*/;
/** Words of a heading the subject's line may run into (二、部门预算单位构成). */
const HEADING_WORDS = /构成|情况|[、.．]/;
/** Characters before 只有本级 its subject (长沙市信访局部门) is sought in. */
const SUBJECT_REACH = 14;
/** Longest name read; a longer piece is a clause, not a name. */
const MAX_NAME = 24;
const MIN_NAMES = 2;

const INTERNAL = /内设|机关设|下设|设有|处室|科室/;
/** Characters before the opening word that say which kind a listing is: 本部门包括27个内设机构…具体包括. */
const KIND_REACH = 40;
/** 1. A。2. B。…: a numbered list, item by item across sentence ends. */
const NUMBERED_LIST = /^\s*1[.、．][^\d]{2,60}?(?:\d+[.、．][^\d]{2,60}?)+(?=\s*(?:\d+[.、．]?\s*)?[^\d]{0,2}$|[二三四五六七八九十]、|\(|$)/;

/** 序号 单位名称 备注 A（本级） B 预算不单列，并入本级 …: the units as a table printed a cell to a line. */
const UNIT_TABLE = /^[:：]?序号单位名称(?:备注)?([^\d]{4,300}?)(?=[一二三四五六七八九十]、|第[一二三四五六七八九十]部分|$)/;
/** What a unit table's remark says after the name (预算不单列，并入本级). */
const REMARK = /(?:预算)?不单列.*$|独立核算.*$|单独编报.*$/;

function cleanName(piece: string): string {
  return piece
    .replace(/^(?:分别是|分别为|包括|具体包括|有)[:：]?/, '')
    .replace(/^\d+[.、．]/, '')
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/决算$|预算$/, '')
    .replace(/^(?:和|及|以及)/, '')
    .trim();
}

export function orgListings(text: SourceText): OrgListing[] {
  const { stream } = text;
  const out: OrgListing[] = [];
  for (const m of stream.matchAll(OPENING)) {
    const start = (m.index ?? 0) + m[0].length;
    const before = stream.slice(Math.max(0, (m.index ?? 0) - KIND_REACH), m.index ?? 0);
    if (GENERIC_OPENING.test(m[1]) && !ABOUT_BODIES.test(before)) continue;
    const rest = stream.slice(start, start + 600).replace(/决算(?=[、和及,，。]|$)/g, '');
    const table = rest.match(UNIT_TABLE);
    const numbered = rest.match(NUMBERED_LIST);
    const end = table ? table[0].length : numbered ? numbered[0].length : rest.search(SENTENCE_END);
    // The row numbers are lost with the lines they stood on; each name starts as the first does (上海市…).
    const rows = table?.[1].split(new RegExp(`(?=${table[1].slice(0, 3).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`)).map((row) => row.split(/[,，]/)[0].replace(REMARK, '')).filter(Boolean);
    const body = rows ? rows.join('、') : numbered ? numbered[0].replace(/。/g, '、') : end >= 0 ? rest.slice(0, end) : rest;
    const names = body
      .replace(/[(（][^)）]*[)）]/g, '')
      .split(/[、,，]|(?<=[处室科司部委队站所院馆会组办心])(?:和|及)|\d+[.、．](?=[\u4e00-\u9fa5])/)
      .map(cleanName)
      .filter((n) => n.length >= 2 && n.length <= MAX_NAME && ORG_ENDING.test(n) && !/\d/.test(n));
    if (names.length < MIN_NAMES || out.some((o) => o.names.join() === names.join())) continue;
    const counted = stream.slice(start, start + (end >= 0 ? end : 0) + 20).match(STATED_COUNT);
    out.push({
      kind: INTERNAL.test(before + m[1] + rest.slice(0, KIND_REACH / 2) + (counted?.[2] ?? '')) ? 'internal' : 'subordinate',
      names,
      ...(counted ? { count: Number(counted[1]) } : {}),
      source: text.sourceAt(table ? start + rest.indexOf(table[1]) : start),
    });
  }
  // 部门只有本级，没有其他二级预算单位: no units below the department's own, said in a sentence.
  // The sentence is quoted from its subject where one stands just before (长沙市信访局部门只有本级…), not from a heading the
  // line before ran into it.
  const none = stream.match(ONLY_OWN_LEVEL);
  const at = none?.index ?? 0;
  const before = none ? stream.slice(Math.max(0, at - SUBJECT_REACH), at) : '';
  const last = before.split(HEADING_WORDS).at(-1) ?? '';
  const subject = /^(?:本部门|本单位|[\u4e00-\u9fa5]{2,10}[局院委办厅署校所]部门)$/.test(last) ? last : '';
  if (none && !out.some((o) => o.kind === 'subordinate')) out.push({ kind: 'subordinate', names: [], count: 0, said: `${subject}${none[0]}`, source: text.sourceAt(at - subject.length) });
  // A count stated without its list (有 38 个处室) still answers 几个处室.
  for (const m of stream.matchAll(new RegExp(STATED_COUNT.source, 'g'))) {
    const kind = INTERNAL.test(m[2]) || /机构/.test(m[2]) ? 'internal' : 'subordinate';
    if (out.some((o) => o.kind === kind && o.count !== undefined)) continue;
    out.push({ kind, names: [], count: Number(m[1]), source: text.sourceAt((m.index ?? 0) + m[0].indexOf(m[1])) });
  }
  return out;
}
