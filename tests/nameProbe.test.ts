/**
 * Every named thing of every shared disclosure is found by the short names people use: its core,
 * a distinctive segment, one homophone slip, one missing character (src/eval/nameProbe.ts). The
 * cases are generated from each document's fact base, so no case is keyed to a sample question.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { PROBE_FORMS, probeCases, runProbe } from '../src/eval/nameProbe.js';
import { loadDocuments } from '../src/parse/load.js';
import { SEED_PATH, SHARED_DOCS } from './helpers.js';

const { documents } = loadDocuments([SEED_PATH, SHARED_DOCS]);

/** Share of a form's cases found, at least: the full name always, the short forms nearly always. */
const FLOOR: Record<(typeof PROBE_FORMS)[number], number> = { name: 0.97, core: 0.85, segment: 0.85, homophone: 0.9, omission: 0.95 };

describe.each(documents.map((d) => [d.facts.identity.id, d] as const))('named things of %s', (_, doc) => {
  const engine = new Engine([doc]);
  const result = runProbe(engine, engine.documents[0]);

  it.each([...PROBE_FORMS])('are found by their %s', (form) => {
    const { asked, found } = result.rates[form];
    const misses = result.misses.filter((m) => m.form === form).map((m) => `${m.question} ← ${m.name}`);
    if (asked) expect(found / asked, misses.join('\n')).toBeGreaterThanOrEqual(FLOOR[form]);
  });
});

describe('probe cases', () => {
  it('derive a core, a distinctive segment, a homophone and an omission from one name', () => {
    const engine = new Engine(documents.filter((d) => d.facts.identity.file.startsWith('000') || d.facts.identity.id.includes('gaoxinqu')));
    const cases = probeCases(engine.documents[0]).filter((c) => c.name === '建设项目环境影响技术评估服务费');
    expect(Object.fromEntries(cases.map((c) => [c.form, c.question]))).toEqual({
      name: '建设项目环境影响技术评估服务费是多少',
      core: '建设项目环境影响技术评估是多少',
      segment: '技术评估是多少',
      homophone: '建设项目环境应响技术评估是多少',
      omission: '建设项目环境响技术评估是多少',
    });
  });
});
