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

/** What routing compares a question with, computed once a document. */
export interface RoutingNames {
  /** The department's full name, which a question may quote exactly. */
  department: string;
  /** Department and unit names without generic words, for partial mentions. */
  names: string[];
}

export function routingNames(doc: ParsedDocument): RoutingNames {
  const { department } = doc.facts.identity;
  return { department, names: [department, ...doc.facts.units.map((u) => u.name)].map((n) => n.replace(GENERIC, '')) };
}

/** A question that quotes a department's full name is about that department, whatever else matches partly. */
const EXACT_NAME = 1000;

export function routeDocument<D extends ParsedDocument & { routing: RoutingNames }>(docs: D[], frame: Frame, lastDoc?: string): Route<D> {
  if (docs.length === 1) return { kind: 'doc', doc: docs[0] };
  if (!docs.length) return { kind: 'refuse', reason: 'offTopic' };
  const q = bigrams(frame.text.replace(GENERIC, ''));
  let best = 0;
  let top: D[] = [];
  for (const doc of docs) {
    const id = doc.facts.identity;
    let nameScore = frame.text.includes(doc.routing.department) ? EXACT_NAME : 0;
    for (const name of doc.routing.names) {
      const m = mention(q, name);
      if (m.matched >= 2) nameScore = Math.max(nameScore, m.matched + m.coverage);
    }
    const score = nameScore * 10 + (id.year !== null && frame.years.includes(id.year) ? 1 : 0);
    if (score > best) [best, top] = [score, [doc]];
    else if (score === best && score > 0) top.push(doc);
  }
  if (best > 0 && top.length === 1) return { kind: 'doc', doc: top[0] };
  const last = docs.find((d) => d.facts.identity.id === lastDoc);
  if (last) return { kind: 'doc', doc: last };
  return { kind: 'refuse', reason: 'which' };
}
