import { loadDocuments } from '../src/parse/load.js';
import { listEntities } from '../src/search/entities.js';
const [which, word] = process.argv.slice(2);
const path = which === 'seed' ? 'seeds/2020_gaoxinqu_xingzhengfuwuju_yusuan.txt' : which === "all" ? "../shared/docs" : `../shared/docs/${which}`;
const { documents } = loadDocuments([path]);
for (const e of listEntities(documents[0].facts)) if (e.kind === 'table' && e.table.goal) console.log(e.name, '|', e.table.goal.includes(word), e.table.goal.slice(0, 300));
