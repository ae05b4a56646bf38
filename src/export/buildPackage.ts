/**
 * FactBase[] → an in-memory Fiscal Data Package: one CSV resource per 公开表 of each document and
 * one for the key amounts, with the measures and dimensions of all of them in one model. Pure:
 * the same fact bases give the same package, byte for byte (no timestamps), so exports can be diffed.
 */
import type { FactBase } from '../schema/fact.js';
import { amountsResource } from './amountsResource.js';
import type { Descriptor, FiscalDataPackage, Model, Resource } from './descriptor.js';
import { NameSet, slug } from './names.js';
import { tableResource } from './tableResource.js';

function fiscalPeriod(facts: FactBase[]): Descriptor['fiscalPeriod'] {
  const years = facts.map((f) => f.identity.year).filter((y): y is number => y !== null);
  // China's fiscal year is the calendar year.
  return years.length ? { start: `${Math.min(...years)}-01-01`, end: `${Math.max(...years)}-12-31` } : undefined;
}

function title(facts: FactBase[]): string {
  const names = facts.map(({ identity: i }) => `${i.department}${i.year ?? ''}年${i.kind}`);
  return names.length > 3 ? `${names.slice(0, 3).join('、')}等${names.length}份公开文件` : names.join('、');
}

export function buildPackage(facts: FactBase[]): FiscalDataPackage {
  const resources: Resource[] = [];
  const files = new Map<string, string>();
  const model: Model = { measures: {}, dimensions: {} };
  const add = (part: { resource: Resource; csv: string } & Model) => {
    resources.push(part.resource);
    files.set(part.resource.path, part.csv);
    Object.assign(model.measures, part.measures);
    Object.assign(model.dimensions, part.dimensions);
  };

  add(amountsResource(facts));
  const documentNames = new NameSet();
  facts.forEach((fact, d) => {
    const doc = documentNames.claim(slug(fact.identity.id, `doc${d + 1}`));
    fact.tables.forEach((table, t) => {
      const n = String(t + 1).padStart(2, '0');
      add(tableResource(table, fact.identity, `${doc}-t${n}`, `data/${doc}/t${n}.csv`));
    });
  });

  const only = facts.length === 1 ? facts[0] : undefined;
  const period = fiscalPeriod(facts);
  return {
    files,
    descriptor: {
      profile: 'fiscal-data-package',
      name: only ? `budget-bot-${slug(only.identity.id, 'disclosure')}` : 'budget-bot-disclosures',
      title: title(facts),
      description:
        'Exported by budget-bot from Chinese government budget disclosures: each 公开表 as read, and the key amounts. ' +
        'Every record keeps the document and line it was read from.',
      countryCode: 'CN',
      granularity: 'aggregated',
      ...(period ? { fiscalPeriod: period } : {}),
      sources: facts.map((f) => ({ title: f.identity.title || f.identity.file })),
      resources,
      model,
    },
  };
}
