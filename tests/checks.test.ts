/**
 * Consistency checks warn users of a disclosure's own errors, so a warning must never come from
 * comparing figures of different money: checked on every shipped disclosure from its own facts.
 */
import { describe, expect, it } from 'vitest';
import { loadDocuments } from '../src/parse/load.js';
import { SEED_PATH, SHARED_DOCS } from './helpers.js';

const { documents } = loadDocuments([SEED_PATH, SHARED_DOCS]);
const fiscalOnly = (section: string | undefined) => /一般公共预算|财政拨款/.test(section ?? '');

describe.each(documents.map((d) => [d.facts.identity.file, d] as const))('%s', (_file, doc) => {
  it('adds 人员经费 and 公用经费 up against 基本支出 only where all three are of the same funds', () => {
    const get = (concept: string) => doc.facts.amounts.find((a) => a.concept === concept);
    const [personnel, pub, basic] = ['expense.personnel', 'expense.public', 'expense.basic'].map(get);
    const checked = doc.checks.find((c) => c.rule === 'personnel-plus-public');
    if (!personnel || !pub || !basic) return expect(checked).toBeUndefined();
    const scope = (a: typeof basic) => fiscalOnly(`${a.source.section ?? ''}${a.table?.source.section ?? ''}`);
    const same = scope(personnel) === scope(basic) && scope(pub) === scope(basic);
    expect(!!checked, `${personnel.source.section} / ${basic.source.section}`).toBe(same);
  });
});

describe('the checks across the shipped disclosures', () => {
  it('still adds them up where they are of one money, and never warns of a difference of funds', () => {
    const rules = documents.map((d) => d.checks.find((c) => c.rule === 'personnel-plus-public'));
    expect(rules.some((r) => r?.ok)).toBe(true);
    expect(rules.filter((r) => r && !r.ok)).toEqual([]);
  });
});
