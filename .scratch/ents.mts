import { loadDocuments } from '../src/parse/load.js';
import { listEntities } from '../src/search/entities.js';
const [which, word] = process.argv.slice(2);
const { documents } = loadDocuments(['seeds/2020_gaoxinqu_xingzhengfuwuju_yusuan.txt', '../shared/docs']);
const doc = documents.find((d) => d.facts.identity.file.includes(which === 'seed' ? 'gaoxinqu' : which))!;
for (const e of listEntities(doc.facts)) if (e.name.includes(word)) console.log(e.kind, e.name, e.kind === 'lineItem' ? `${e.item.code} L${e.item.level} ${e.item.value}` : '');
