/** A section of a project's narrative asked for (每季度用款计划, 立项依据, 建筑面积): the section as printed. */
import type { Frame } from '../intent/frame.js';
import type { FactBase } from '../schema/fact.js';
import { bigrams, mention } from '../search/entities.js';
import { answer, cite, type Answer } from './answer.js';

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
  const body = chosen.map((s) => (en ? `${s.project ? `${s.project} — ` : ''}${s.label}: ${s.text}` : `${s.project ? `${s.project}的` : ''}${s.label}：${s.text}`)).join('\n');
  return answer('section', body, en, cite(...chosen.map((s) => s.source)), chosen[0].project ? { focus: chosen[0].project } : {});
}
