/** Answers that list or describe: duties, units and their attributes, projects, uses, measures, glossary, absences. */
import type { Frame } from '../intent/frame.js';
import type { AssetRow, AssetsAsOf, FactBase, GlossaryTerm, OrgUnit, Source } from '../schema/fact.js';
import { answer, cite, num, wan, type Answer } from './answer.js';
import { isWholeDepartment } from './projects.js';
import { langOf, strings } from './strings/index.js';

/** Items one to a line, numbered from 1. */
export const numbered = (items: string[]) => items.map((t, i) => `${i + 1}. ${t}`).join('\n');

export function answerDuties(facts: FactBase, frame: Frame): Answer | undefined {
  if (!facts.duties.length) return undefined;
  const head = frame.english ? `Duties of ${facts.identity.department} (${facts.duties.length}):` : `${facts.identity.department}的部门职责（共 ${facts.duties.length} 项）：`;
  return answer('list', `${head}\n${numbered(facts.duties.map((d) => d.text))}`, frame.english, cite(...facts.duties.map((d) => d.source)));
}

export function answerUnits(facts: FactBase, frame: Frame): Answer | undefined {
  const listed = answerOrgListing(facts, frame);
  if (listed) return listed;
  if (!facts.units.length) return undefined;
  const rows = facts.units.map(unitRow);
  const head = frame.english ? `Units (${facts.units.length}):` : `机构设置（共 ${facts.units.length} 个单位；${UNIT_COLUMNS.zh}）：`;
  return answer('list', `${head}\n${numbered(rows)}`, frame.english, cite(...facts.units.map((u) => u.source)), { listed: facts.units.map((u) => u.name) });
}

/** A unit as its table states it: name, nature, rank, funding; and what the three after the name are. */
const unitRow = (u: OrgUnit) => `${u.name}：${u.nature}，${u.rank}，${u.funding}`;
const UNIT_COLUMNS = { zh: '单位性质，单位规格，经费保障形式', en: 'nature, rank, funding' };

/** 除了局本身，下面还有哪个单位: the units but those set aside, each with its attributes; the one left is what follows up ask about. */
export function answerUnitsBeside(facts: FactBase, aside: OrgUnit[], frame: Frame): Answer | undefined {
  const rest = facts.units.filter((u) => !aside.includes(u));
  if (!aside.length || !rest.length) return undefined;
  const rows = numbered(rest.map(unitRow));
  const without = aside.map((u) => u.name).join(frame.english ? ', ' : '、');
  const head = frame.english ? `Besides ${without}, ${rest.length} unit${rest.length > 1 ? 's' : ''} (${UNIT_COLUMNS.en}):` : `除${without}外，还有 ${rest.length} 个单位（${UNIT_COLUMNS.zh}）：`;
  return answer('list', `${head}\n${rows}`, frame.english, cite(...rest.map((u) => u.source)), { listed: rest.map((u) => u.name), ...(rest.length === 1 ? { focus: rest[0].name } : {}) });
}

/**
 * The internal divisions (处室) or subordinate units (下属单位) the prose lists, as asked; with 学院 or
 * 中心 asked, only the bodies so named. Where the units table answers 下属单位, it does instead.
 */
function answerOrgListing(facts: FactBase, frame: Frame): Answer | undefined {
  const kind = frame.cues.internalBodies ? 'internal' : 'subordinate';
  if (kind === 'subordinate' && facts.units.length > 1) return undefined;
  const listing = facts.orgListings.find((o) => o.kind === kind && o.names.length) ?? facts.orgListings.find((o) => o.kind === kind);
  if (!listing) return undefined;
  const ending = frame.cues.bodyEnding;
  const named = ending ? listing.names.filter((n) => n.endsWith(ending)) : [];
  const names = named.length ? named : listing.names;
  const what = kind === 'internal' ? (frame.english ? 'internal divisions' : '内设机构') : frame.english ? 'units' : '下属单位';
  const count = named.length ? named.length : (listing.count ?? listing.names.length);
  const head = frame.english ? `${count} ${what}${names.length ? ':' : '.'}` : `${named.length ? `其中名称为“…${ending}”的` : ''}${what}共 ${count} 个${names.length ? '：' : '。'}`;
  // None but the department's own: the count, and the sentence that says so.
  const said = listing.said ? (frame.english ? ` The disclosure says: “${listing.said}”` : `披露说明：「${listing.said}」`) : '';
  return answer('list', names.length ? `${head}\n${numbered(names)}` : `${head}${said}`, frame.english, cite(listing.source));
}

const ATTRIBUTES = ['nature', 'rank', 'funding'] as const;

export function answerUnitAttribute(unit: OrgUnit, frame: Frame): Answer {
  const asked = ATTRIBUTES.filter((k) => frame.aspects.has(k));
  const keys = asked.length ? asked : ATTRIBUTES;
  const parts = keys.map((attribute) => ({ attribute, value: unit[attribute] }));
  // 政务服务中心是事业单位吗 → 是的 / 不是, with the attribute as stated.
  const claimed = frame.cues.claimedNature;
  const yes = claimed && unit.nature.startsWith(claimed);
  const verdict = !claimed ? '' : frame.english ? (yes ? 'Yes. ' : 'No. ') : yes ? '是的。' : '不是。';
  return answer(claimed ? 'verify' : 'org', `${verdict}${strings(langOf(frame.english)).unitAttributes(unit.name, parts)}`, frame.english, cite(unit.source));
}

/** 资产表统计截止到哪天: the date the assets reported stand at, as the disclosure writes it. */
export function answerAssetsAsOf(asOf: AssetsAsOf, frame: Frame): Answer {
  const body = frame.english ? `The assets reported stand as of ${asOf.date}.` : `披露的资产数据截至 ${asOf.date}。`;
  return answer('amount', body, frame.english, cite(asOf.source));
}

/** 这个学院是什么性质的单位，归谁管: the department's own sentence about what it is, where no table of units says. */
export function answerSelfDescription(facts: FactBase, frame: Frame): Answer | undefined {
  const described = facts.selfDescription;
  if (!described) return undefined;
  const body = frame.english ? `The disclosure describes the department: “${described.text}”.` : `披露对本单位的说明：${described.text}。`;
  return answer('org', body, frame.english, cite(described.source));
}

export function answerGlossaryList(facts: FactBase, frame: Frame): Answer | undefined {
  if (!facts.glossary.length) return undefined;
  const head = frame.english ? `Glossary (${facts.glossary.length} terms):` : `名词解释（共 ${facts.glossary.length} 个）：`;
  return answer('list', `${head}\n${numbered(facts.glossary.map((g) => g.term))}`, frame.english, cite(...facts.glossary.map((g) => g.source)));
}

/** Words about projects as such, which narrow the list to none of them. */
const PROJECT_WORDS = /项目|专项|相关|有关|关于|绩效|目标|哪些|哪几个|跟|和|与|的|是|有|都|涉及/;

/**
 * 综合便民服务中心相关的项目 / 跟大厅有关的项目有哪些: the longest word of the question that some of the
 * projects' names hold, but not all, with those projects; none where no word narrows the list.
 */
export function projectsNamedBy(facts: FactBase, frame: Frame): { word: string; tables: FactBase['projectTables'] } | undefined {
  const tables = facts.projectTables;
  const words = frame.subjectText.split('|').flatMap((p) => p.split(PROJECT_WORDS)).filter((w) => w.length >= 2);
  const narrowing = words
    .map((word) => ({ word, tables: tables.filter((t) => t.project.includes(word)) }))
    .filter((w) => w.tables.length >= 2 && w.tables.length < tables.length)
    .sort((x, y) => y.word.length - x.word.length);
  return narrowing[0];
}

export function answerProjects(facts: FactBase, frame: Frame): Answer | undefined {
  // The whole department's table (部门整体支出绩效目标) is no project.
  const projects = facts.projectTables.filter((t) => !isWholeDepartment(t.project));
  if (!projects.length) return undefined;
  const narrowed = projectsNamedBy(facts, frame);
  const tables = narrowed?.tables ?? projects;
  // Each with its money where the disclosure states it: 重点项目有哪些，各多少钱.
  const names = tables.map((t) => (t.funds === undefined ? t.project : `${t.project}：${wan(t.funds, frame.english)}`));
  const en = frame.english;
  const head = narrowed
    ? en ? `${names.length} project performance tables name「${narrowed.word}」:` : `名称中有「${narrowed.word}」的项目绩效目标表共 ${names.length} 个：`
    : en ? `${names.length} project performance tables (项目绩效目标表):` : `共有 ${names.length} 个项目绩效目标表：`;
  // 一共有几个项目 counts them; only a sum asked of them (加起来是多少) adds their funds.
  const summed = frame.cues.addUpAsked ? projectsSum(facts, tables, en) : undefined;
  return answer(frame.aspects.has('count') || summed ? 'computed' : 'list', `${head}\n${numbered(names)}${summed ? `\n${summed.text}` : ''}`, en, cite(...tables.map((t) => t.source), ...(summed?.sources ?? [])), { listed: tables.map((t) => t.project) });
}

/**
 * 几个专项加起来是多少: the funds of the tables listed, added, where every one states its funds; set
 * against all project spending where the disclosure states it (tables are not published for every project).
 */
function projectsSum(facts: FactBase, tables: FactBase['projectTables'], en: boolean): { text: string; sources: Source[] } | undefined {
  if (tables.length < 2 || tables.some((t) => t.funds === undefined)) return undefined;
  const sum = Number(tables.reduce((total, t) => total + t.funds!, 0).toFixed(6));
  const all = facts.amounts.find((a) => a.concept === 'expense.project');
  const gap = all ? Number((all.value - sum).toFixed(6)) : 0;
  const beside = all && Math.abs(gap) >= 0.005 ? (en ? `; all project expenditure is ${wan(all.value, true)}, ${wan(Math.abs(gap), true)} ${gap > 0 ? 'more' : 'less'} (${num(all.value)} − ${num(sum)})` : `；项目支出合计为 ${wan(all.value)}，${gap > 0 ? '比所列项目多' : '比所列项目少'} ${wan(Math.abs(gap))}（${num(all.value)} − ${num(sum)}）`) : '';
  const text = en ? `Together: ${wan(sum, true)}${beside}.` : `所列项目合计：${wan(sum)}${beside}。`;
  return { text, sources: all && beside ? [all.source] : [] };
}

/** The 分项目标 of the overall goal (投资项目审批, 社会事务审批 …), each with its goal. */
export function answerSubGoals(facts: FactBase, frame: Frame): Answer | undefined {
  if (!facts.subGoals.length) return undefined;
  const head = frame.english ? `${facts.subGoals.length} sub-goals (分项目标):` : `共有 ${facts.subGoals.length} 个分项绩效目标：`;
  const rows = facts.subGoals.map((g) => g.name);
  return answer('list', `${head}\n${numbered(rows)}`, frame.english, cite(...facts.subGoals.map((g) => g.source)));
}

/** Where the money goes: the expenditure split and what 项目支出 is mainly used for. */
export function answerUses(facts: FactBase, frame: Frame): Answer | undefined {
  const get = (c: string) => facts.amounts.find((a) => a.concept === c);
  const [total, basic, personnel, pub, project] = ['expense.total', 'expense.basic', 'expense.personnel', 'expense.public', 'expense.project'].map(get);
  if (!project) return undefined;
  const split = total && basic
    ? `支出 ${total.value} 万元：基本支出 ${basic.value} 万元${personnel && pub ? `（人员经费 ${personnel.value}，日常公用经费 ${pub.value}）` : ''}，项目支出 ${project.value} 万元`
    : `项目支出 ${project.value} 万元`;
  const uses = facts.projectUses.length ? `，主要用于：${facts.projectUses.join('、')}` : '';
  const body = frame.english
    ? `Expenditure: basic ${basic?.value ?? '?'} 万元, project ${project.value} 万元${facts.projectUses.length ? `; projects mainly for ${facts.projectUses.join('; ')}` : ''}.`
    : `${split}${uses}。`;
  return answer('list', body, frame.english, cite(project.source, basic?.source, total?.source));
}

export function answerMeasures(facts: FactBase, frame: Frame): Answer | undefined {
  if (!facts.measures.length) return undefined;
  // 有啥制度: the measures whose text says so, with that text; else every measure by its title.
  const asked = frame.cues.measureDetail;
  const detailed = asked ? facts.measures.filter((m) => `${m.title}${m.text}`.includes(asked)) : [];
  const lines = detailed.length ? detailed.map((m) => `${m.title}：${m.text}`) : facts.measures.map((m) => m.title);
  return answer('list', `工作保障措施（${facts.measures.length} 项）：\n${numbered(lines)}`, frame.english, cite(...(detailed.length ? detailed : facts.measures).map((m) => m.source)));
}

export function answerOverallGoal(facts: FactBase, frame: Frame): Answer | undefined {
  if (!facts.overallGoal) return undefined;
  return answer('goal', `总体绩效目标：${facts.overallGoal.text}`, frame.english, cite(facts.overallGoal.source));
}

export function answerGlossary(term: GlossaryTerm, frame: Frame): Answer {
  const body = frame.english ? `${term.term}: ${term.definition}` : `${term.term}：${term.definition}`;
  return answer('definition', body, frame.english, cite(term.source));
}

/** The figures that would contradict a 无 statement about each subject. */
const ABSENCE_CONCEPTS: Record<string, string[]> = {
  三公经费: ['sangong.total'],
  机关运行经费: ['admin'],
  政府采购: ['procurement.total'],
};

/** 国有资本经营预算: 无 — a stated absence, which is not a zero. */
export function answerAbsence(facts: FactBase, frame: Frame): Answer | undefined {
  // 政府性基金支出 asks of the 政府性基金预算 the disclosure says it has none of, where no figure of it is stated.
  const figureStated = frame.concepts.some((c) => facts.amounts.some((a) => a.concept === c.concept));
  const absence = facts.absences.find((a) => frame.text.includes(a.subject) || (!figureStated && frame.text.includes(a.subject.replace(/预算$/, ''))) || (a.subject === '政府性基金预算' && frame.cues.fundBudget));
  // A figure the document states wins over its own 无 note; the checks flag such contradictions.
  if (!absence || ABSENCE_CONCEPTS[absence.subject]?.some((c) => facts.amounts.some((a) => a.concept === c))) return undefined;
  const body = frame.english ? `None: the department has no ${absence.subject} (无, which is not a zero figure).` : `无。披露说明：${absence.text}（“无”表示没有这项预算，不是金额为 0）。`;
  return answer('absence', body, frame.english, cite(absence.source));
}

/** A row of the asset table. A blank cell is 未填报: not reported, which is not zero. */
export function answerAsset(row: AssetRow, frame: Frame): Answer {
  const unit = row.name.match(/\(([^)]*)\)$/)?.[1] ?? '';
  const name = row.name.replace(/\(.*\)$/, '');
  const cell = (value: number | null, printed: string, suffix: string) =>
    value !== null ? `${value} ${suffix}` : printed ? `表中为“${printed}”（未列数值）` : '未填报（表中此格为空，不等于 0）';
  const enCell = (value: number | null, printed: string, suffix: string) =>
    value !== null ? `${value} ${suffix}` : printed ? `"${printed}" (nothing listed)` : 'not reported (blank cell, not zero)';
  const body = frame.english
    ? `${name}: quantity ${enCell(row.quantity, row.printed.quantity, unit)}; value ${enCell(row.value, row.printed.value, '万元')}.`
    : `${name}：数量 ${cell(row.quantity, row.printed.quantity, unit)}；价值 ${cell(row.value, row.printed.value, '万元')}。`;
  // A row whose cells are all blank gives nothing: the disclosure does not say, which is no answer.
  const stated = row.quantity !== null || row.value !== null;
  return { ...answer('amount', body, frame.english, cite(row.source)), answered: stated };
}
