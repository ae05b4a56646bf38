/**
 * Answers built from facts every disclosure may carry, checked on every shipped disclosure from
 * its own fact base: projects ranked by the money stated for them, the projects procurement is
 * listed under, a count with the parts the prose gives, standard line names asked in English,
 * and bodies or attributes the disclosure does not cover refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { loadDocuments } from '../src/parse/load.js';
import { pricedProjects } from '../src/answer/projects.js';
import { countParts } from '../src/answer/counts.js';
import { num } from '../src/answer/answer.js';
import { replyBody } from './replyBody.js';
import { ROOT, SEED_PATH, SHARED_DOCS } from './helpers.js';

const { documents } = loadDocuments([SEED_PATH, SHARED_DOCS]);
const engines = documents.map((doc) => ({ doc, engine: new Engine([doc]) }));
const english = JSON.parse(readFileSync(`${ROOT}knowledge/english.json`, 'utf8')) as { words: Record<string, string> };
const two = (n: number) => num(Number(n.toFixed(2)));

describe.each(engines.map((e) => [e.doc.facts.identity.file, e] as const))('%s', (_file, { doc, engine }) => {
  const facts = doc.facts;

  it('ranks the projects it states money for, either way round', () => {
    const projects = pricedProjects(facts).sort((a, b) => b.funds - a.funds);
    if (projects.length < 2) return;
    const most = replyBody(engine.ask('哪个项目钱最多').text);
    expect(most).toContain(projects[0].name);
    expect(most).toContain(two(projects[0].funds));
    const least = replyBody(engine.ask('预算最少的项目是哪个').text);
    expect(least).toContain(projects.at(-1)!.name);
  });

  it('lists every project that procurement rows are listed under', () => {
    const names = [...new Set(facts.procurement.items.map((i) => i.project))];
    if (!names.length) return;
    const body = replyBody(engine.ask('列出所有政府采购项目').text);
    for (const name of names) expect(body).toContain(name);
  });

  it('gives a vehicle count with the kinds the prose breaks it into', () => {
    const count = facts.counts.find((c) => c.concept === 'assets.vehicleCount');
    if (!count) return;
    const parts = countParts(count, facts.statedCounts);
    const body = replyBody(engine.ask('有几辆车，都是什么车').text);
    expect(body).toContain(`${num(count.value)} ${count.unit}`);
    for (const part of parts) expect(body).toContain(`${part.label} ${num(part.value)}`);
  });

  it('finds a standard classified line asked for by its English name', () => {
    const byChinese = new Map(Object.entries(english.words).map(([en, zh]) => [zh, en]));
    const lines = facts.lineItems.filter((i) => byChinese.has(i.name) && byChinese.get(i.name)!.includes(' '));
    for (const line of lines.slice(0, 5)) {
      const body = replyBody(engine.ask(`How much is the budget for the ${byChinese.get(line.name)}?`).text);
      expect(body, line.name).toContain(line.name);
    }
  });

  it('refuses another body named by its short committee name, and hours it never states', () => {
    const own = facts.identity.department;
    for (const body of ['市发改委', '区卫健委', '市教委'].filter((b) => !own.includes(b))) {
      expect(engine.ask(`${body}的预算是多少`).answered, body).toBe(false);
    }
    expect(engine.ask('你们几点下班').answered).toBe(false);
  });
});
