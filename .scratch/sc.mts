import { loadDocuments } from '../src/parse/load.js';
const { documents } = loadDocuments(['seeds', '../shared/docs']);
const re = new RegExp(process.argv[2]);
for (const d of documents) for (const c of [...d.facts.statedCounts, ...d.facts.counts]) if (re.test((c as any).label) || re.test((c as any).concept ?? '')) console.log(d.facts.identity.file.slice(0,12), (c as any).concept ?? '', (c as any).label, c.value, (c as any).unit ?? '');
