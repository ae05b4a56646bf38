/**
 * X 占 Y, generated from every shared disclosure's facts: the part and the whole are each resolved
 * from their own words, and the share is computed from the two figures the answer cites.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { defaultLexicon } from '../src/intent/lexicon.js';

const CONCEPTS = defaultLexicon().concepts;
import { loadDocuments } from '../src/parse/load.js';
import { partsOf } from '../src/answer/amounts.js';
import { SEED_PATH, SHARED_DOCS } from './helpers.js';

const { documents } = loadDocuments([SEED_PATH, SHARED_DOCS]);

describe.each(documents.map((d) => [d.facts.identity.id, d] as const))('shares in %s', (_, doc) => {
  const engine = new Engine([doc]);
  const amount = (concept: string) => doc.facts.amounts.find((a) => a.concept === concept);
  const basic = amount('expense.basic');
  const total = amount('expense.total');

  it.runIf(!!basic && !!total)('基本支出占总支出', () => {
    const share = (((basic?.value ?? 0) / (total?.value ?? 1)) * 100).toFixed(2);
    expect(engine.ask('基本支出占总支出的比例是多少').text).toContain(`${share}%`);
  });

  it.runIf(!!basic && !!total)('基本支出是多少，占总支出的比重: the share asked next of the figure just asked, whose name ends in 支出', () => {
    const share = (((basic?.value ?? 0) / (total?.value ?? 1)) * 100).toFixed(2);
    const stated = basic?.statedShare?.rate;
    const body = engine.ask('基本支出是多少，占总支出的比重是多少？', 'figure then share').text;
    expect(body.includes(`${share}%`) || (stated !== undefined && body.includes(`${stated}%`)), body.slice(0, 200)).toBe(true);
  });

  const line = doc.facts.lineItems.filter((i) => i.scheme === 'functional' && i.level === 1).sort((a, b) => b.value - a.value)[0];
  it.runIf(!!line && !!total)('a classified line of the total', () => {
    const share = (((line?.value ?? 0) / (total?.value ?? 1)) * 100).toFixed(2);
    expect(engine.ask(`${line?.name}占总支出的比重`).text).toContain(`${share}%`);
  });

  // 占支出总表项目支出合计: the figure named with its total word, not the table's own total.
  const project = amount('expense.project');
  const largest = doc.facts.projectTables.filter((t) => t.funds !== undefined && t.funds > 0 && t.project.length >= 6).sort((a, b) => b.funds! - a.funds!)[0];
  it.runIf(!!project && !!largest)('a project of project spending named with its total word and its table', () => {
    const share = (((largest?.funds ?? 0) / (project?.value ?? 1)) * 100).toFixed(2);
    expect(engine.ask(`${largest?.project}占支出总表项目支出合计的比重是多少`).text).toContain(`${share}%`);
  });

  // 三公经费里，车辆购置和运行那块占了百分之几: a part of a whole said with 里 before it, asked in a clause of its own.
  const partOf = (whole: string) => partsOf(whole as never).map((c) => amount(c)).find((p) => p !== undefined && p.value > 0);
  const wholes = doc.facts.amounts.filter((a) => a.value > 0 && partOf(a.concept));
  it.runIf(wholes.length > 0)('a part within its whole, the whole said first with 里, asked as 占了百分之几', () => {
    for (const whole of wholes) {
      const part = partOf(whole.concept)!;
      // The share the disclosure states of the part, where it states one, stands before a recomputed one.
      const statedOfWhole = part.statedShare && defaultLexicon().findConcepts(part.statedShare.of, false)[0]?.concept === whole.concept;
      const share = statedOfWhole ? part.statedShare!.rate : ((part.value / whole.value) * 100).toFixed(2);
      const q = `${CONCEPTS[whole.concept].name}里，${CONCEPTS[part.concept].name}那块占了百分之几？`;
      expect(engine.ask(q, q).text.split('\n')[0], q).toContain(`${share}%`);
    }
  });

  const stated = doc.facts.amounts.filter((a) => a.statedShare);
  it.runIf(stated.length > 0)('gives the share the disclosure states, not a recomputed one', () => {
    const missed = stated.filter((a) => !engine.ask(`${CONCEPTS[a.concept].name}占比是多少`, `s-${a.concept}`).text.includes(`${a.statedShare?.rate}%`));
    expect(missed.map((a) => a.concept)).toEqual([]);
    // Asked in English of the whole the disclosure states it of, by that whole's concept.
    for (const a of stated) {
      const whole = defaultLexicon().findConcepts(a.statedShare!.of, false)[0]?.concept;
      if (!whole || !CONCEPTS[a.concept].en || !CONCEPTS[whole].en) continue;
      const q = `What percentage of the ${CONCEPTS[whole].en} is ${CONCEPTS[a.concept].en}?`;
      expect(engine.ask(q, q).text, q).toContain(`${a.statedShare?.rate}%`);
    }
  });
});
