import { loadDocuments } from '../src/parse/load.js';
const { documents } = loadDocuments(['seeds', '../shared/docs']);
for (const d of documents) for (const s of d.facts.projectSections) if (s.label === '问题及原因') console.log(d.facts.identity.file.slice(0, 8), s.project, s.source.line, s.text.slice(0, 60));
