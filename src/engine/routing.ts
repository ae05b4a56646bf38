/**
 * Which loaded document a question is about: the one it names (department, unit or year), else
 * the conversation's last one, else the only one loaded. Several candidates and no clue → ask.
 */
import type { RefusalReason } from '../answer/refuse.js';
import type { Frame } from '../intent/frame.js';
import type { ParsedDocument } from '../parse/document.js';
import { bigrams, mention } from '../search/entities.js';

/** Generic words of body names that say nothing about which body is meant. */
const GENERIC = /省|市|区|县|人民|政府|部门|办公|中心|委员会/g;

export type Route<D> = { kind: 'doc'; doc: D } | { kind: 'refuse'; reason: RefusalReason; detail?: string };

export function routeDocument<D extends ParsedDocument>(docs: D[], frame: Frame, lastDoc?: string): Route<D> {
  if (docs.length === 1) return { kind: 'doc', doc: docs[0] };
  if (!docs.length) return { kind: 'refuse', reason: 'offTopic' };
  const q = bigrams(frame.text.replace(GENERIC, ''));
  const scored = docs.map((doc) => {
    const id = doc.facts.identity;
    const names = [id.department, ...doc.facts.units.map((u) => u.name)].map((n) => n.replace(GENERIC, ''));
    const nameScore = Math.max(0, ...names.map((n) => mention(q, n)).map((m) => (m.matched >= 2 ? m.matched + m.coverage : 0)));
    const yearScore = id.year !== null && frame.years.includes(id.year) ? 1 : 0;
    return { doc, score: nameScore * 10 + yearScore };
  });
  const best = Math.max(...scored.map((s) => s.score));
  const top = scored.filter((s) => s.score === best);
  if (best > 0 && top.length === 1) return { kind: 'doc', doc: top[0].doc };
  const last = docs.find((d) => d.facts.identity.id === lastDoc);
  if (last) return { kind: 'doc', doc: last };
  return { kind: 'refuse', reason: 'which' };
}
