import { loadDocuments } from '../src/parse/load.js';
const { documents } = loadDocuments(['../shared/docs/' + process.argv[2]]);
for (const a of documents[0].facts.statedAmounts) if (a.statedShare) console.log(a.label, a.value, a.statedShare.rate ?? JSON.stringify(a.statedShare));
