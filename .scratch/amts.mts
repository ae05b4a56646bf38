import { loadDocuments } from '../src/parse/load.js';
const [which, prefix] = process.argv.slice(2);
const { documents } = loadDocuments(['seeds/2020_gaoxinqu_xingzhengfuwuju_yusuan.txt', '../shared/docs']);
const doc = documents.find((d) => d.facts.identity.file.includes(which === 'seed' ? 'gaoxinqu' : which))!;
for (const a of doc.facts.amounts) if (a.concept.startsWith(prefix)) console.log(a.concept, a.label, a.value);
