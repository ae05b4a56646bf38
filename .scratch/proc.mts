import { loadDocuments } from '../src/parse/load.js';
const [which] = process.argv.slice(2);
const { documents } = loadDocuments(['seeds/2020_gaoxinqu_xingzhengfuwuju_yusuan.txt', '../shared/docs']);
const doc = documents.find((d) => d.facts.identity.file.includes(which))!;
for (const i of doc.facts.procurement.items) console.log(`${i.category ?? ''} | ${i.project} | ${i.economicClass ?? ''} | ${i.item} | ${i.organisation ?? ''} | ${i.amount} | L${i.source.line}`);
