/**
 * Checks a descriptor against the schema kept in schema/ (with ajv, which compiles JSON Schema
 * to fast code and reports each error with its path), then checks what JSON Schema cannot
 * express: that every measure and attribute names a field of an existing resource, that measures
 * point at number fields, and that keys, parents and labels name attributes of their dimension.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

const SCHEMA_PATH = fileURLToPath(new URL('./schema/fiscal-data-package.schema.json', import.meta.url));

let compiled: ValidateFunction | undefined;
function schemaCheck(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, allowUnionTypes: true }).compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));
  return compiled;
}

interface Loose {
  resources?: { name?: string; schema?: { fields?: { name?: string; type?: string }[] } }[];
  model?: {
    measures?: Record<string, { source?: string; resource?: string }>;
    dimensions?: Record<string, { attributes?: Record<string, { source?: string; resource?: string; parent?: string; labelfor?: string }>; primaryKey?: string | string[] }>;
  };
}

function references(descriptor: Loose): string[] {
  const errors: string[] = [];
  const resources = descriptor.resources ?? [];
  const fieldsOf = new Map(resources.map((r) => [r.name, new Map((r.schema?.fields ?? []).map((f) => [f.name, f.type]))]));
  if (fieldsOf.size !== resources.length) errors.push('resources: two resources share a name');
  // The spec: a measure or attribute without `resource` is in the first resource.
  const typeOf = (resource: string | undefined, source: string | undefined) =>
    fieldsOf.get(resource ?? resources[0]?.name)?.get(source);
  for (const [key, measure] of Object.entries(descriptor.model?.measures ?? {})) {
    if (measure.resource !== undefined && !fieldsOf.has(measure.resource)) errors.push(`measure ${key}: no resource ${measure.resource}`);
    else if (typeOf(measure.resource, measure.source) !== 'number') errors.push(`measure ${key}: ${measure.source} is no number field of ${measure.resource}`);
  }
  for (const [key, dimension] of Object.entries(descriptor.model?.dimensions ?? {})) {
    const attributes = dimension.attributes ?? {};
    for (const [name, attribute] of Object.entries(attributes)) {
      if (typeOf(attribute.resource, attribute.source) === undefined) errors.push(`dimension ${key}.${name}: no field ${attribute.source} in ${attribute.resource}`);
      for (const other of [attribute.parent, attribute.labelfor]) {
        if (other !== undefined && !(other in attributes)) errors.push(`dimension ${key}.${name}: no attribute ${other}`);
      }
    }
    for (const name of [dimension.primaryKey ?? []].flat()) {
      if (!(name in attributes)) errors.push(`dimension ${key}: primary key ${name} is no attribute`);
    }
  }
  return errors;
}

/** Every way the descriptor fails the schema or its own references; empty when it is valid. */
export function validateDescriptor(descriptor: unknown): string[] {
  const check = schemaCheck();
  if (!check(descriptor)) return (check.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
  return references(descriptor as Loose);
}
