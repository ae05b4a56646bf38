import { loadDocuments } from '../src/parse/load.js';
import { findAmount } from '../src/answer/amounts.js';
const [which, ...cs] = process.argv.slice(2);
const { documents } = loadDocuments(['seeds', '../shared/docs']);
const d = documents.find((x) => x.facts.identity.file.includes(which))!;
for (const c of cs) { const a = findAmount(d.facts, c as any); console.log(c, a?.label, a?.value, a?.statedUnit); }
