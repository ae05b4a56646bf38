/**
 * An attribute a thing lacks is said not to be given, with what the disclosure gives about the thing,
 * never with another figure in its place. Generated from every shared document's fact base.
 */
import { describe, expect, it } from 'vitest';
import { num } from '../src/answer/answer.js';
import { replyBody } from './replyBody.js';
import { Engine } from '../src/engine/engine.js';
import { defaultLexicon } from '../src/intent/lexicon.js';
import { loadDocuments } from '../src/parse/load.js';
import { SEED_PATH, SHARED_DOCS } from './helpers.js';
import { lackedAttribute } from '../src/answer/lacking.js';
import type { Entity } from '../src/search/entities.js';

const { documents } = loadDocuments([SEED_PATH, SHARED_DOCS]);
const conceptWords = new Set(defaultLexicon().words);

describe.each(documents.map((d) => [d.facts.identity.id, d] as const))('attributes things of %s lack', (_, doc) => {
  const engine = new Engine([doc]);
  const unique = <T extends { name: string }>(items: T[]) => items.filter((i) => items.filter((o) => o.name === i.name).length === 1);

  // A line whose name another thing's name holds (设备购置 in 办公设备购置类项目) may mean that thing, which has prices.
  const others = doc.facts.projectTables.map((t) => t.project).concat(doc.facts.procurement.items.flatMap((i) => [i.item, i.project]));
  const lines = unique(doc.facts.lineItems).filter((i) => i.name.length >= 3 && !conceptWords.has(i.name) && !/单价|价格/.test(i.name) && !others.some((o) => o.includes(i.name)));

  it('a classified line has no unit price: not given, then its own amount', () => {
    for (const item of lines) {
      const answer = engine.ask(`${item.name}的单价是多少`, `price-${item.code}`);
      expect(answer.answered, item.name).toBe(false);
      expect(answer.text, item.name).toMatch(/^披露没有给出.+的单价。/);
      expect(replyBody(answer.text), item.name).toContain(num(Number(item.value.toFixed(2))));
    }
  });

  it('a project whose indicators state counts but no cost has no unit price: not given', () => {
    const tables = unique(doc.facts.projectTables.map((t) => ({ ...t, name: t.project }))).filter((t) => t.rows.length && t.rows.some((r) => /数量/.test(r.level2 + r.level3)) && !t.rows.some((r) => /成本|单价|价格/.test(r.level2 + r.level3) || /元\//.test(r.description)) && !doc.facts.procurement.items.some((i) => i.project === t.project));
    // Purchases listed under the project (办公设备…购置费) have prices of their own, asked of elsewhere.
    for (const table of tables) {
      const answer = engine.ask(`${table.project}的单价是多少钱`, `price-${table.project}`);
      expect(answer.answered, `${table.project}: ${answer.text}`).toBe(false);
      expect(answer.text, table.project).toMatch(/^披露没有给出.+的单价。/);
    }
  });

  it('a project of a budget has no self-evaluation score: not given', () => {
    const tables = unique(doc.facts.projectTables.map((t) => ({ ...t, name: t.project }))).filter((t) => !t.total && t.rows.length);
    for (const table of tables) {
      const answer = engine.ask(`${table.project}自评得了多少分`, `score-${table.project}`);
      expect(answer.answered, table.project).toBe(false);
      expect(answer.text, table.project).toContain('自评得分');
    }
  });
});

describe('what a thing cannot have', () => {
  it('a classified line has no headcount, price, count or indicator, only an amount', () => {
    const line = { kind: 'lineItem', name: '公益性岗位补贴' } as Entity;
    for (const attribute of ['people', 'unitPrice', 'quantity', 'indicator'] as const) expect(lackedAttribute(line, attribute, undefined)).toBe(attribute);
    expect(lackedAttribute(line, 'amount', undefined)).toBeUndefined();
  });
});
