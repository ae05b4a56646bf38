import { loadDocuments } from '../src/parse/load.js';
import { listEntities } from '../src/search/entities.js';
import { defaultLexicon } from '../src/intent/lexicon.js';
const { documents } = loadDocuments(['seeds/2020_gaoxinqu_xingzhengfuwuju_yusuan.txt', '../shared/docs']);
for (const d of documents) { const facts = d.facts; const names = listEntities(facts).map((e) => e.name);
const lines = facts.lineItems.filter((l) => l.name.length === 4 && names.filter((n) => n.includes(l.name.slice(0, 2)) && n.includes(l.name.slice(2))).length === 1 && !defaultLexicon().findConcepts(l.name, false).length);
console.log(facts.identity.file, lines.slice(0,4).map((l) => l.name)); }
