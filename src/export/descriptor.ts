/**
 * The shape of the `datapackage.json` budget-bot writes: a Data Package v1 with the Fiscal Data
 * Package `model` (measures and dimensions). Plain types: ajv checks the written descriptor
 * against schema/fiscal-data-package.schema.json, so a zod twin would check the same thing twice.
 */

export type FieldType = 'string' | 'number' | 'integer';

export interface Field {
  name: string;
  type: FieldType;
  title?: string;
  description?: string;
}

export interface Resource {
  profile: 'tabular-data-resource';
  name: string;
  path: string;
  title: string;
  description?: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  bytes: number;
  dialect: { delimiter: ','; lineTerminator: '\r\n'; quoteChar: '"'; doubleQuote: true; header: true };
  schema: { fields: Field[]; missingValues: string[] };
}

/** FDP phases; 调整预算 is `adjusted`, the spec's word for a modified budget. */
export type FiscalPhase = 'proposed' | 'approved' | 'adjusted' | 'executed';
export type Direction = 'expenditure' | 'revenue';

export interface Measure {
  source: string;
  resource: string;
  currency: 'CNY';
  /** Multiply the CSV value by this to get 元. */
  factor: number;
  direction?: Direction;
  phase?: FiscalPhase;
  title?: string;
}

export interface Attribute {
  source: string;
  resource: string;
  parent?: string;
  labelfor?: string;
}

export interface Dimension {
  attributes: Record<string, Attribute>;
  primaryKey: string | string[];
  dimensionType: 'datetime' | 'entity' | 'classification' | 'activity' | 'fact' | 'location' | 'other';
  classificationType?: 'functional' | 'administrative' | 'economic';
  title?: string;
}

export interface Model {
  measures: Record<string, Measure>;
  dimensions: Record<string, Dimension>;
}

export interface Descriptor {
  profile: 'fiscal-data-package';
  name: string;
  title: string;
  description: string;
  countryCode: 'CN';
  granularity: 'aggregated';
  fiscalPeriod?: { start: string; end: string };
  sources: { title: string }[];
  resources: Resource[];
  model: Model;
}

/** A package held in memory: the descriptor and the CSV text of each resource, keyed by its path. */
export interface FiscalDataPackage {
  descriptor: Descriptor;
  files: Map<string, string>;
}
