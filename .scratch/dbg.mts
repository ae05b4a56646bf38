import { loadDocuments } from '../src/parse/load.js';
import { Engine } from '../src/engine/engine.js';
import { findAmount } from '../src/answer/amounts.js';
const { documents } = loadDocuments(['seeds']);
const e = new Engine([documents[0]]);
const o = findAmount(documents[0].facts, 'income.other');
console.log(JSON.stringify(o?.label), o?.value);
console.log(JSON.stringify(e.ask('财政拨款收入和其他收入各多少？', 'x').text));
