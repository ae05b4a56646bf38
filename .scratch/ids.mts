import { loadDocuments } from '../src/parse/load.js';
const { documents } = loadDocuments(['seeds', '../shared/docs']);
for (const d of documents) console.log(d.facts.identity.file, '|', d.facts.identity.department, '|', d.facts.glossary?.length, d.facts.glossary?.slice(0,3).map((g:any)=>g.term).join(','));
