/**
 * 预算绩效: the overall goal, the 分项绩效目标 with their indicators, the 保障措施, and the
 * 项目绩效目标表 (one table a project; blank 一级指标 cells inherit the row above; a repeated
 * header continues the same table).
 */
import type { FactBase, GoalIndicator, IndicatorRow, ProjectTable, SubGoal } from '../schema/fact.js';
import { cells, region, TOP_HEADING } from './regions.js';
import { parseIndicatorValue } from './performance/indicatorValue.js';
import { performanceTables } from './performance/tables.js';
import { compact, type SourceText } from './sourceText.js';

/** `$\geq 90\%$` as PDF-to-markdown extraction writes it → `≥90%`. */
function untex(text: string): string {
  return text
    .replace(/\\geq/g, '≥')
    .replace(/\\leq/g, '≤')
    .replace(/\\%/g, '%')
    .replace(/[$\\]/g, '');
}

function parseGoalIndicators(text: string): GoalIndicator[] {
  const out: GoalIndicator[] = [];
  let pending = '';
  for (const part of untex(text).split(/[,，;；]/)) {
    const m = compact(part).match(/^(.*?)(≥|≤|>|<)?\s*(\d+(?:\.\d+)?\s*%?)$/);
    if (!m || !m[1]) {
      pending += compact(part);
      continue;
    }
    out.push({ name: pending + m[1], value: parseIndicatorValue(`${m[2] ?? ''}${m[3]}`) });
    pending = '';
  }
  return out;
}

export function parsePerformance(
  text: SourceText,
  warn: (message: string) => void,
): Pick<FactBase, 'overallGoal' | 'subGoals' | 'measures' | 'projectTables'> {
  const overall = region(text.lines, /总体绩效目标$/, new RegExp(`分项绩效目标$|${TOP_HEADING.source}`)).filter((l) => compact(l.raw));
  const overallGoal = overall.length
    ? { text: overall.map((l) => compact(l.raw)).join(''), source: text.source(overall[0].no) }
    : undefined;

  const subGoals: SubGoal[] = [];
  for (const { no, raw } of region(text.lines, /分项绩效目标$/, /保障措施$|^第[一二三四五六七八九十]+部分/)) {
    const line = compact(raw);
    const heading = line.match(/^(\d{1,2})、(.+)$/);
    if (heading) {
      subGoals.push({ index: Number(heading[1]), name: heading[2], goal: '', indicators: [], source: text.source(no), indicatorSource: text.source(no) });
      continue;
    }
    const current = subGoals[subGoals.length - 1];
    const field = line.match(/^绩效(目标|指标)[:：](.*)$/);
    if (!current || !field) continue;
    if (field[1] === '目标') current.goal = field[2];
    else {
      current.indicators = parseGoalIndicators(raw.replace(/^.*?绩效指标[:：]/, ''));
      current.indicatorSource = text.source(no);
    }
  }

  const measures: FactBase['measures'] = [];
  for (const { no, raw } of region(text.lines, /保障措施$/, TOP_HEADING)) {
    const line = compact(raw);
    if (!line) continue;
    if (line.length <= 15 && line.endsWith('。')) measures.push({ title: line.replace(/。$/, ''), text: '', source: text.source(no) });
    else if (measures.length) measures[measures.length - 1].text += line;
  }

  const projectTables = parseProjectTables(text, warn);
  return { overallGoal, subGoals, measures, projectTables: [...projectTables, ...performanceTables(text, projectTables.length)] };
}

const TABLE_TITLE = /^(\d{1,3})、(.+?)绩效目标表$/;

function parseProjectTables(text: SourceText, warn: (message: string) => void): ProjectTable[] {
  const tables: ProjectTable[] = [];
  const lines = region(text.lines, /预算项目绩效目标$|项目绩效目标表?$/, /^[一二三四五六七八九十]{1,3}、|^第[一二三四五六七八九十]+部分/);
  for (const { no, raw } of lines) {
    const line = compact(raw);
    const title = line.match(TABLE_TITLE);
    if (title) {
      tables.push({ index: Number(title[1]), project: title[2], goal: '', rows: [], source: text.source(no) });
      continue;
    }
    const table = tables[tables.length - 1];
    if (!table || !line) continue;
    const row = cells(raw);
    if (row[0] === '绩效目标') {
      table.goal = row.slice(1).join('');
      table.goalSource = text.source(no);
      continue;
    }
    if (row[0] === '一级指标') continue; // the header, also where a table continues after a page break
    if (row.length !== 6) {
      warn(`${text.doc}:${no}: 绩效目标表 row has ${row.length} cells, expected 6; row skipped`);
      continue;
    }
    const previous = table.rows[table.rows.length - 1];
    const indicator: IndicatorRow = {
      level1: row[0] || previous?.level1 || '',
      level2: row[1] || previous?.level2 || '',
      level3: row[2],
      description: row[3],
      value: parseIndicatorValue(raw.split('\t')[4].trim()),
      basis: row[5],
      source: text.source(no),
    };
    table.rows.push(indicator);
  }
  return tables;
}
