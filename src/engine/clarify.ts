/**
 * Two or more things a question names equally well: each reading with what it says, and each
 * offered as a question that can be asked as it stands.
 */
import type { Frame } from '../intent/frame.js';
import type { FactBase } from '../schema/fact.js';
import type { Entity } from '../search/entities.js';
import { rendered, type Answer } from '../answer/answer.js';
import { strings } from '../answer/strings/index.js';
import { withFullName } from '../intent/rephrase.js';
import { answerEntity } from './entityAnswers.js';

export function clarifyReadings(facts: FactBase, readings: Entity[], frame: Frame, entities: Entity[]): Answer | undefined {
  const answers = readings.flatMap((e) => {
    const a = answerEntity(facts, e, frame, entities);
    return a?.answered ? [{ e, a }] : [];
  });
  if (answers.length < 2) return undefined;
  // Each reading's first line, without its name repeated: "- 名称：12.5 万元".
  const lines = answers.map(({ e, a }) => `- ${e.name}：${a.body.split('\n')[0].replace(e.name, '').replace(/^[：:的]/, '')}`);
  const body = `${strings(answers[0].a.lang).several(answers.length)}\n${lines.join('\n')}`;
  return rendered({
    ...answers[0].a,
    intent: 'clarify',
    body,
    warnings: [],
    citations: answers.flatMap(({ a }) => a.citations),
    clarify: answers.map(({ e }) => withFullName(frame, e.name)),
  });
}
