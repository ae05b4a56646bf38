/**
 * Performance tables printed as aligned text (`pdftotext -layout`): the central 项目绩效自评表, and
 * the Hunan and Beijing 项目支出绩效目标表 and 部门整体支出绩效目标表, read into ProjectTable facts.
 * A table's rows carry their project where it has a project column (many projects a table, each
 * page one more table to merge by name); otherwise the title names it. The 部门整体 table becomes
 * one ProjectTable named as its title prints it (部门整体支出绩效目标), so its indicators answer
 * like any project's.
 */
import type { IndicatorRow, ProjectTable } from '../../schema/fact.js';
import { compact, type SourceText } from '../sourceText.js';
import { isHeaderLine, readHeader } from './header.js';
import { parseIndicatorValue } from './indicatorValue.js';
import { readPages } from './pages.js';
import type { Row } from './rows.js';
import { readSelfEvaluationTop } from './selfEvaluation.js';

const TITLE = /绩效(目标|自评)表$/;
/** A heading or a note after the table ends it. */
const AFTER = /^([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]{1,3}、|第[一二三四五六七八九十]+部分|注[:：])/;
const COMPARATOR = /^(≥|≤|>|<|=)$/;
/** A project code printed above the name in the 项目名称 cell (11000024T00000283). */
const PROJECT_CODE = /^\d+[A-Z](\d+?(?=\d{4}-)|\d+)/;
const TOTAL = /^(总分|合计)$/;

function indicator(row: Row, text: SourceText, previous: IndicatorRow | undefined): IndicatorRow | undefined {
  const c = row.cells;
  // Beijing's 部门整体 table runs the three levels together: 产出指标数量指标开展…调查工作.
  const joined = c.indicator?.match(/^(.+?指标)(.+?指标)?(.*)$/);
  const level3 = c.level3 ?? joined?.[3] ?? '';
  if (TOTAL.test(level3 || c.level2 || '') || (!level3 && !c.value)) return undefined;
  const printed = c.value ?? '';
  const nature = c.nature;
  const stated = nature && COMPARATOR.test(nature) ? `${nature}${printed}${c.unit && !printed.endsWith(c.unit) ? c.unit : ''}` : printed;
  const weight = Number(c.weight);
  const score = Number(c.score);
  return {
    level1: c.level1 ?? joined?.[1] ?? previous?.level1 ?? '',
    level2: c.level2 ?? joined?.[2] ?? previous?.level2 ?? '',
    level3,
    description: c.description ?? c.deviation ?? '',
    value: parseIndicatorValue(stated),
    basis: c.basis ?? '',
    ...(c.actual ? { actual: parseIndicatorValue(c.actual) } : {}),
    ...(c.weight && Number.isFinite(weight) ? { weight } : {}),
    ...(c.score && Number.isFinite(score) ? { score } : {}),
    ...(nature ? { nature } : {}),
    ...(c.unit ? { unit: c.unit } : {}),
    source: text.source(row.anchor),
  };
}

/** The title without its year or table number: 2026年项目支出绩效目标表 → 项目支出绩效目标表. */
const titleName = (title: string) => title.replace(/^.*?(\d{4}年度?|表\d+|\d+表)/, '');

/** A 自评表's 总分 row (总分 100 94.7): the points available, then the score given. */
function totalScore(text: SourceText, from: number, to: number): ProjectTable['total'] {
  for (let line = from; line < to; line++) {
    const m = compact(text.lines[line - 1] ?? '').match(/^总分\s*(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)$/);
    if (m) return { weight: Number(m[1]), score: Number(m[2]), source: text.source(line) };
  }
  return undefined;
}

/** Reads every layout performance table; indexes continue after the `before` tables already read. */
export function performanceTables(text: SourceText, before: number): ProjectTable[] {
  const { lines } = text;
  const titles = lines.flatMap((raw, i) => (!raw.includes('\t') && compact(raw).length <= 40 && TITLE.test(compact(raw)) ? [i + 1] : []));
  const byProject = new Map<string, ProjectTable>();
  /** The title each project's table was printed under. */
  const sections = new Map<string, string>();
  titles.forEach((title, t) => {
    const limit = titles[t + 1] ?? lines.length + 1;
    let main = title + 1;
    while (main < limit && !(isHeaderLine(lines[main - 1]) && !lines[main - 1].includes('\t'))) main++;
    if (main >= limit) return; // a table of contents' entry, or a table in another layout
    let end = main + 1;
    // Headings start at the margin; the same words inside a cell (一、严格按照…) sit far right.
    while (end < limit && !(/^\s{0,8}\S/.test(lines[end - 1]) && AFTER.test(compact(lines[end - 1])))) end++;
    const header = readHeader(lines, main);
    const name = titleName(compact(lines[title - 1]));
    const selfEvaluation = name.endsWith('自评表');
    const top = selfEvaluation ? readSelfEvaluationTop(lines, title + 1, header.first) : undefined;
    const named = header.columns.some((c) => c.role === 'project') && !name.includes('整体');
    const fallback = name.replace(/(项目)?(支出)?绩效(自评|目标)表$/, '') || name.replace(/表$/, '');
    const overall = name.includes('整体') ? name.replace(/表$/, '') : fallback;
    let project = overall;
    const total = selfEvaluation ? totalScore(text, main, end) : undefined;
    for (const row of readPages(lines, header, end)) {
      if (named && row.cells.project) project = row.cells.project.replace(PROJECT_CODE, '') || project;
      let table = byProject.get(project);
      if (!table) {
        table = { index: 0, project, goal: '', rows: [], source: text.source(title), ...(selfEvaluation ? { selfEvaluation } : {}), ...(total ? { total } : {}) };
        byProject.set(project, table);
        sections.set(project, compact(lines[title - 1]));
      }
      const goal = top?.goal ?? row.cells.goal ?? '';
      // A goal cut by a page break prints again in part on the next page; the longest is whole.
      if (goal.length > table.goal.length) {
        table.goal = goal;
        table.goalSource = text.source(top?.goalLine ?? row.anchor);
      }
      const funds = top?.funds ?? Number(row.cells.funds?.match(/^\d+(\.\d+)?/)?.[0] ?? NaN);
      if (table.funds === undefined && Number.isFinite(funds)) table.funds = funds;
      if (top?.executed !== undefined) table.executed = top.executed;
      if (top?.executionRate !== undefined) table.executionRate = top.executionRate;
      const read = indicator(row, text, table.rows[table.rows.length - 1]);
      if (read) table.rows.push(read);
    }
  });
  return [...byProject.values()].filter((t) => t.rows.length).map((t, i) => inSection({ ...t, index: before + i + 1 }, sections.get(t.project) ?? t.project));
}

/** Every citation of a table names the table as its section: a heading-like cell above it is none. */
function inSection(table: ProjectTable, section: string): ProjectTable {
  const at = <T extends { section?: string }>(source: T): T => ({ ...source, section });
  return {
    ...table,
    source: at(table.source),
    ...(table.goalSource ? { goalSource: at(table.goalSource) } : {}),
    ...(table.total ? { total: { ...table.total, source: at(table.total.source) } } : {}),
    rows: table.rows.map((row) => ({ ...row, source: at(row.source) })),
  };
}
