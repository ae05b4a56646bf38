/** A section of a project's narrative asked for (每季度用款计划, 立项依据, 建筑面积): the section as printed. */
import type { Frame } from '../intent/frame.js';
import type { FactBase, ProjectSection } from '../schema/fact.js';
import { bigrams, mention } from '../search/entities.js';
import { answer, cite, num, type Answer } from './answer.js';

/** Bigrams of a project's name a question must hold to pick it among several. */
const NAMED_BIGRAMS = 2;
/** Asked in everyday words (楼有多高), more: 公共服务 alone names 一般公共服务支出 as well as 社区公共服务中心. */
const DESCRIBED_BIGRAMS = 4;

/** `talkedOf`: the thing the conversation is about, whose section a question naming none asks (那全年加起来一共多少). */
export function answerProjectSection(facts: FactBase, frame: Frame, talkedOf?: string): Answer | undefined {
  const label = frame.cues.sectionAsked;
  const sections = label ? facts.projectSections.filter((s) => s.label === label) : [];
  if (!sections.length) return undefined;
  // The body's own name (万里街道 of 万里街道社区公共服务中心新建工程) names no project of its.
  const own = bigrams(facts.identity.department);
  const q = new Set([...bigrams(frame.mentionText)].filter((g) => !own.has(g)));
  // 信息化运行维护 over 资产运行维护, which shares 运行维护 with it: the projects named best.
  const scored = sections.map((s) => ({ s, matched: s.project ? mention(q, s.project).matched : 0 })).filter((x) => x.matched >= (frame.cues.sectionDescribed ? DESCRIBED_BIGRAMS : NAMED_BIGRAMS));
  const best = Math.max(0, ...scored.map((x) => x.matched));
  const named = scored.filter((x) => x.matched === best).map((x) => x.s);
  // With one project described, its section is the one asked; with several, the question must name one.
  const ofTalked = sections.filter((s) => s.project !== undefined && s.project === talkedOf);
  const chosen = named.length ? named : ofTalked.length ? ofTalked : new Set(sections.map((s) => s.project)).size === 1 && !frame.cues.sectionNeedsName ? sections : [];
  if (!chosen.length) return undefined;
  return answerSection(chosen, frame);
}

/** Sections as printed, each under its project's name. */
export function answerSection(sections: ProjectSection | ProjectSection[], frame: Frame): Answer {
  const chosen = Array.isArray(sections) ? sections : [sections];
  const en = frame.english;
  const body = chosen.map((s) => (en ? `${s.project ? `${s.project} — ` : ''}${s.label}: ${s.text}` : `${s.project ? `${s.project}的` : ''}${s.label}：${s.text}${quarterTotal(s.text)}`)).join('\n');
  return answer('section', body, en, cite(...chosen.map((s) => s.source)), chosen[0].project ? { focus: chosen[0].project } : {});
}

/** 第一季度用款计划158.05万元，第二季度…: a plan by quarter, added up for the year (全年加起来). */
const QUARTER_FIGURE = /第[一二三四1-4]季度[^0-9，,。；;]{0,8}?(\d+(?:\.\d+)?)万元/g;

function quarterTotal(text: string): string {
  const figures = [...text.matchAll(QUARTER_FIGURE)].map((m) => Number(m[1]));
  if (figures.length < 2) return '';
  const total = Number(figures.reduce((sum, f) => sum + f, 0).toFixed(2));
  return `（${figures.length} 个季度合计：${figures.map((f) => num(f)).join(' + ')} = ${num(total)} 万元）`;
}
