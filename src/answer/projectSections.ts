/** A section of a project's narrative asked for (每季度用款计划, 立项依据, 建筑面积): the section as printed. */
import type { Frame } from '../intent/frame.js';
import type { FactBase } from '../schema/fact.js';
import { bigrams, mention } from '../search/entities.js';
import { answer, cite, num, type Answer } from './answer.js';

/** Bigrams of a project's name a question must hold to pick it among several. */
const NAMED_BIGRAMS = 2;

export function answerProjectSection(facts: FactBase, frame: Frame): Answer | undefined {
  const label = frame.cues.sectionAsked;
  const sections = label ? facts.projectSections.filter((s) => s.label === label) : [];
  if (!sections.length) return undefined;
  const q = bigrams(frame.mentionText);
  const named = sections.filter((s) => s.project && mention(q, s.project).matched >= NAMED_BIGRAMS);
  // With one project described, its section is the one asked; with several, the question must name one.
  const chosen = named.length ? named : new Set(sections.map((s) => s.project)).size === 1 && !frame.cues.sectionNeedsName ? sections : [];
  if (!chosen.length) return undefined;
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
