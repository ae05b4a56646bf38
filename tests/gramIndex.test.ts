/**
 * The bigram index routing reads instead of a pass over every document: its exact lookups give
 * what a pass would, checked against one over the real disclosures' department and unit names.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { loadDocuments } from '../src/parse/load.js';
import { GramIndex } from '../src/search/gramIndex.js';
import { SEED_PATH, SHARED_DOCS } from './helpers.js';

const { documents } = loadDocuments([SEED_PATH, SHARED_DOCS]);
const names = [...new Set(documents.flatMap((d) => [d.facts.identity.department, ...d.facts.units.map((u) => u.name)]))];
const index = new GramIndex<string>();
for (const name of names) index.add(name, name);

/** Every substring of every name up to 6 characters, and some that are no name's. */
const parts = [...new Set(names.flatMap((n) => [...n].flatMap((_, i) => [1, 2, 3, 6].map((k) => [...n].slice(i, i + k).join('')))))].concat(['税务局', '区 财', '']);

describe('GramIndex', () => {
  it('finds the names holding a part exactly as a pass over them does', () => {
    for (const part of parts) {
      expect([...index.holding(part)].sort(), part).toEqual(names.filter((n) => n.includes(part)).sort());
      expect(index.holds(part), part).toBe(names.some((n) => n.includes(part)));
    }
  });

  it('finds the names standing whole in a question exactly as a pass does', () => {
    for (const [i, name] of names.entries()) {
      const question = `${name}和${names[(i * 7) % names.length]}的三公经费比上年多了多少`;
      expect([...new Set(index.within(question))].sort(), question).toEqual(names.filter((n) => question.includes(n)).sort());
    }
  });

  it('routes a question naming a department to it among all the real disclosures', () => {
    const engine = new Engine(documents);
    for (const doc of engine.documents) {
      const answer = engine.ask(`${doc.facts.identity.department}${doc.facts.identity.year ?? ''}年的三公经费是多少`, `s-${doc.facts.identity.id}`);
      expect(answer.citations.length > 0 && answer.citations.every((c) => c.doc === doc.facts.identity.file || doc.companions?.some((t) => t.doc === c.doc)), doc.facts.identity.department).toBe(true);
    }
  });
});
