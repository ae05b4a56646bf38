/**
 * Questions across documents: 哪个部门三公经费最多, 各部门机关运行经费排名, 2024年和2023年比.
 * Each document's figure is cited; documents without the figure are named, not guessed.
 */
import type { ConceptKey } from '../schema/concept.js';
import type { Frame } from '../intent/frame.js';
import type { FactBase } from '../schema/fact.js';
import { conceptName } from './amounts.js';
import { answer, cite, num, type Answer } from './answer.js';


export function docLabel(facts: FactBase): string {
  return `${facts.identity.department} ${facts.identity.year ?? ''}年${facts.identity.kind}`;
}

export function answerAcross(all: FactBase[], concept: ConceptKey, frame: Frame): Answer | undefined {
  const withFigure = all
    .map((facts) => ({ facts, amount: facts.amounts.find((a) => a.concept === concept) }))
    .filter((x): x is { facts: FactBase; amount: NonNullable<typeof x.amount> } => !!x.amount);
  if (withFigure.length < 2) return undefined;
  const ascending = frame.ascending;
  withFigure.sort((a, b) => (ascending ? a.amount.value - b.amount.value : b.amount.value - a.amount.value));
  const missing = all.filter((f) => !withFigure.some((w) => w.facts === f)).map(docLabel);
  const name = conceptName(concept, frame);
  const lines = withFigure.map((w, i) => `${i + 1}. ${docLabel(w.facts)}：${num(w.amount.value)} 万元`);
  const lead = frame.english
    ? `${name} across ${withFigure.length} disclosures, ${ascending ? 'lowest' : 'highest'} first: ${docLabel(withFigure[0].facts)} with ${num(withFigure[0].amount.value)} 万元.`
    : `${withFigure.length} 份披露的${name}（从${ascending ? '低到高' : '高到低'}）：${ascending ? '最少' : '最多'}的是${docLabel(withFigure[0].facts)}，${num(withFigure[0].amount.value)} 万元。`;
  const tail = missing.length ? (frame.english ? `\nNot stated in: ${missing.join(', ')}` : `\n未披露此项：${missing.join('、')}`) : '';
  return answer('compare', `${lead}\n${lines.join('\n')}${tail}`, frame.english, cite(...withFigure.map((w) => w.amount.source)));
}
