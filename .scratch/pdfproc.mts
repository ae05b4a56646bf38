import { loadDocuments } from '../src/parse/load.js';
const [path] = process.argv.slice(2);
const { documents, errors } = loadDocuments([path]);
console.log(errors);
for (const d of documents) { console.log(d.facts.identity.file, d.facts.procurement.items.length); for (const i of d.facts.procurement.items.slice(0, 6)) console.log(' ', i.project, '|', i.item, '|', i.amount); }
