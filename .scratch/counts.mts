import { loadDocuments } from '../src/parse/load.js';
const [which] = process.argv.slice(2);
const { documents } = loadDocuments(['seeds/2020_gaoxinqu_xingzhengfuwuju_yusuan.txt', '../shared/docs']);
const doc = documents.find((d) => d.facts.identity.file.includes(which === 'seed' ? 'gaoxinqu' : which))!;
for (const c of doc.facts.statedCounts) console.log(c.label, c.value, c.unit, 'L' + c.source.line);
console.log('units', doc.facts.units.map((u) => u.name));
console.log('orgListings', JSON.stringify(doc.facts.orgListings).slice(0, 300));
