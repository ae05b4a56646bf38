/**
 * The narrative a disclosure gives a project under the template's section labels (项目经费情况说明:
 * 一、项目概况 … 六、年度预算安排; or 预算安排：… 实施方案：… under a project's heading): each section
 * with its text as printed, so that 立项依据, 实施方案 or 每季度用款计划 is answered with the section itself.
 */
import type { ProjectSection, SectionLabel } from '../schema/fact.js';
import { compact, isPageNumber, type SourceText } from './sourceText.js';

/** The labels, as the templates print them, with the label each stands for. */
const LABELS: [RegExp, SectionLabel][] = [
  [/^项目(?:概况|概述|简介)$/, '项目概况'],
  [/^(?:立项|政策)依据$/, '立项依据'],
  [/^实施主体$/, '实施主体'],
  [/^实施方案$/, '实施方案'],
  [/^实施周期$/, '实施周期'],
  [/^(?:年度)?预算安排$/, '年度预算安排'],
];

/** A label opening a line, numbered (六、年度预算安排) or followed by a colon (实施方案：…). */
const LABEL_LINE = /^(?:[一二三四五六七八九十]+、)?([\u4e00-\u9fa5]{4,6})(?:[:：]|$)/;
/** A line that opens some other numbered part: the section ends before it. */
const ANY_HEADING = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+部分)/;
/** Labels of the same paragraphs that are not asked for here, which end the section before them (绩效目标：…). */
const OTHER_LABEL = /^(?:绩效目标|项目名称|资金来源|绩效指标)[:：]/;
/** Lines a section may run to: a template section is a paragraph, not a chapter. */
const MAX_LINES = 12;
/** Characters a section keeps. */
const MAX_CHARS = 600;

/** 项目名称：北京市第四次全国农业普查 — the project the sections after it describe. */
const PROJECT_NAME_LINE = /^项目名称[:：]\s*(.{2,40})$/;
/** The project a 项目概况 names: the first 工程/项目 its sentence calls by name (…建设的万里街道社区公共服务中心新建工程). */
const NAMED_PROJECT = /([^，,。；;的]{4,30}?(?:新建工程|改建工程|扩建工程|工程|项目))/;

function labelOf(line: string): { label: SectionLabel; rest: string } | undefined {
  const m = line.match(LABEL_LINE);
  const label = m && LABELS.find(([pattern]) => pattern.test(m[1]))?.[1];
  return label ? { label, rest: line.slice(m[0].length).trim() } : undefined;
}

export function projectSections(text: SourceText): ProjectSection[] {
  const lines = text.lines.map(compact);
  const out: ProjectSection[] = [];
  let named: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    named = lines[i].match(PROJECT_NAME_LINE)?.[1] ?? named;
    const opened = labelOf(lines[i]);
    if (!opened) continue;
    const body = opened.rest ? [opened.rest] : [];
    for (let j = i + 1; j < lines.length && j <= i + MAX_LINES; j++) {
      if (labelOf(lines[j]) || ANY_HEADING.test(lines[j]) || OTHER_LABEL.test(lines[j])) break;
      // A page's number printed in its footer (- 7 -) is no part of the section.
      if (lines[j] && !isPageNumber(lines[j])) body.push(lines[j]);
    }
    const sectionText = body.join('').slice(0, MAX_CHARS);
    if (!sectionText) continue;
    out.push({ label: opened.label, text: sectionText, source: text.source(i + 1), ...(named ? { project: named } : {}) });
  }
  // Sections under no 项目名称: the project their 项目概况 names, where it names one.
  const project = out.find((s) => s.label === '项目概况' && !s.project)?.text.match(NAMED_PROJECT)?.[1];
  return [...(project ? out.map((s) => (s.project ? s : { ...s, project })) : out), ...evaluationProblems(text, lines)];
}

/** 3.信息化运行维护项目绩效自评综述：… — a 决算's summary of one project's self-evaluation. */
const EVALUATION_SUMMARY = /^\d+[.．、](.{2,40}?)(?:项目)?(?:绩效)?(?:自评)?综述[:：]/;
/** Lines a summary may run to (it breaks across pages). */
const SUMMARY_LINES = 30;
/** 存在的问题及原因：… up to 下一步改进措施 (or the summary's end). */
const PROBLEMS = /存在(?:的)?问题(?:及|和)原因[:：](.+?)(?=下一步(?:改进)?措施|改进措施[:：]|$)/;

/**
 * Each project's 存在的问题及原因 in a 决算's self-evaluation summaries: why its execution was low or an
 * indicator missed, as the department states it, cited from the line it starts on.
 */
function evaluationProblems(text: SourceText, lines: string[]): ProjectSection[] {
  const out: ProjectSection[] = [];
  for (let i = 0; i < lines.length; i++) {
    const project = lines[i].match(EVALUATION_SUMMARY)?.[1];
    if (!project) continue;
    // The summary's lines, each with where it starts in the joined text.
    const taken: { line: number; at: number }[] = [];
    let joined = '';
    for (let j = i; j < lines.length && j < i + SUMMARY_LINES; j++) {
      if (j > i && (EVALUATION_SUMMARY.test(lines[j]) || ANY_HEADING.test(lines[j]))) break;
      if (!lines[j] || isPageNumber(lines[j])) continue;
      taken.push({ line: j + 1, at: joined.length });
      joined += lines[j];
    }
    const m = joined.match(PROBLEMS);
    if (!m || m.index === undefined) continue;
    const start = taken.filter((t) => t.at <= m.index!).at(-1)!.line;
    out.push({ label: '问题及原因', text: m[1].slice(0, MAX_CHARS), project, source: text.source(start) });
  }
  return out;
}
