/**
 * Projects as a set: which has the most money, and the list of procurement projects. A project's
 * money is what the disclosure states for it — its 绩效目标表's funds, or the 项目预算资金 its
 * procurement rows are listed under — so the ranking covers the projects the disclosure prices.
 */
import type { Frame } from '../intent/frame.js';
import type { FactBase, ProjectTable, Source } from '../schema/fact.js';
import { answer, cite, num, wan, type Answer } from './answer.js';

interface PricedProject {
  name: string;
  funds: number;
  source: Source;
}

/** The department's whole-of-budget 绩效目标 is no project of its own. */
const WHOLE_DEPARTMENT = /部门整体/;
export const isWholeDepartment = (name: string) => WHOLE_DEPARTMENT.test(name);
/** Projects listed under "which has the most". */
const SHOWN = 5;

/** Every project the disclosure states money for, once each (its largest stated figure). */
export function pricedProjects(facts: FactBase): PricedProject[] {
  const byName = new Map<string, PricedProject>();
  const add = (p: PricedProject) => {
    const known = byName.get(p.name);
    if (!WHOLE_DEPARTMENT.test(p.name) && (!known || known.funds < p.funds)) byName.set(p.name, p);
  };
  for (const t of facts.projectTables) if (t.funds !== undefined) add({ name: t.project, funds: t.funds, source: t.source });
  for (const i of facts.procurement.items) if (i.projectFunds !== undefined) add({ name: i.project, funds: i.projectFunds, source: i.source });
  return [...byName.values()];
}

/** 哪个项目钱最多 / 预算最少的项目: the priced projects ranked. */
export function answerLargestProjects(facts: FactBase, frame: Frame): Answer | undefined {
  const projects = pricedProjects(facts).sort((a, b) => (frame.ascending ? a.funds - b.funds : b.funds - a.funds));
  if (projects.length < 2) return undefined;
  const en = frame.english;
  const [top] = projects;
  const shown = projects.slice(0, SHOWN).map((p, i) => `${i + 1}. ${p.name}：${wan(p.funds, en)}`);
  const body = en
    ? `The project with the ${frame.ascending ? 'least' : 'most'} money of the ${projects.length} the disclosure prices: ${top.name}, ${wan(top.funds, true)}.\n${shown.join('\n')}`
    : `披露列出金额的 ${projects.length} 个项目中，预算${frame.ascending ? '最少' : '最多'}的是${top.name}：${wan(top.funds)}。\n${shown.join('\n')}`;
  return answer('compare', body, en, cite(...projects.slice(0, SHOWN).map((p) => p.source)), { focus: top.name, listed: projects.slice(0, SHOWN).map((p) => p.name) });
}

/** What a self-evaluation states of its project that projects are ranked by: its execution rate, or its score. */
const MEASURES = {
  execution: {
    of: (t: ProjectTable) => t.executionRate,
    shown: (t: ProjectTable, en: boolean) => `${num(t.executionRate!)}%${t.funds !== undefined && t.executed !== undefined ? (en ? ` (${wan(t.executed, true)} of ${wan(t.funds, true)})` : `（执行 ${wan(t.executed)}，预算 ${wan(t.funds)}）`) : ''}`,
    name: ['execution rate', '预算执行率'],
  },
  score: {
    of: (t: ProjectTable) => t.total?.score,
    shown: (t: ProjectTable, en: boolean) => (en ? `${num(t.total!.score)} of ${num(t.total!.weight)} points` : `${num(t.total!.score)} 分（满分 ${num(t.total!.weight)} 分）`),
    name: ['self-evaluation score', '自评得分'],
  },
} as const;

/** 哪个项目预算执行率最低 / 哪个项目自评得分最低: the projects whose self-evaluation states the measure, ranked by it. */
export function answerProjectsRanked(facts: FactBase, frame: Frame, by: keyof typeof MEASURES): Answer | undefined {
  const measure = MEASURES[by];
  const rated = facts.projectTables.filter((t) => measure.of(t) !== undefined).sort((a, b) => (frame.ascending ? 1 : -1) * (measure.of(a)! - measure.of(b)!));
  if (rated.length < 2) return undefined;
  const en = frame.english;
  const [top] = rated;
  // 100% reached by two: both are named.
  const tied = rated.filter((t) => measure.of(t) === measure.of(top)).map((t) => t.project);
  const rows = rated.slice(0, SHOWN).map((t, i) => `${i + 1}. ${t.project}：${measure.shown(t, en)}`);
  const word = frame.ascending ? (en ? 'lowest' : '最低') : en ? 'highest' : '最高';
  const [nameEn, nameZh] = measure.name;
  const body = en
    ? `Of the ${rated.length} projects whose self-evaluation states it, the ${word} ${nameEn} is ${tied.join(' and ')}'s: ${measure.shown(top, true)}.\n${rows.join('\n')}`
    : `自评表列出${nameZh}的 ${rated.length} 个项目中，${nameZh}${word}的是${tied.join('、')}：${measure.shown(top, false)}。\n${rows.join('\n')}`;
  return answer('compare', body, en, cite(...rated.slice(0, SHOWN).map((t) => t.source)), { focus: top.project, listed: rated.slice(0, SHOWN).map((t) => t.project) });
}

/** 列出所有政府采购项目: the projects the procurement table lists rows under, with their funds. */
export function answerProcurementProjects(facts: FactBase, frame: Frame): Answer | undefined {
  // A table by 采购品目大类 states no project's funds: those projects are listed without.
  const projects = new Map<string, Omit<PricedProject, 'funds'> & { funds?: number }>();
  for (const i of facts.procurement.items) if (!projects.has(i.project)) projects.set(i.project, { name: i.project, funds: i.projectFunds, source: i.source });
  if (!projects.size) return undefined;
  const en = frame.english;
  const list = [...projects.values()];
  const lines = list.map((p, i) => `${i + 1}. ${p.name}${p.funds ? `（${en ? 'project funds' : '项目预算资金'} ${wan(p.funds, en)}）` : ''}`);
  const head = en ? `${list.length} projects with government procurement:` : `政府采购涉及 ${list.length} 个项目：`;
  return answer('list', `${head}\n${lines.join('\n')}`, en, cite(...list.map((p) => p.source)), { listed: list.map((p) => p.name) });
}
