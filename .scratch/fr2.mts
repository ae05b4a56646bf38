import { analyze } from '../src/intent/frame.js';
import { defaultLexicon } from '../src/intent/lexicon.js';
for (const q of process.argv.slice(2)) { const f = analyze(q, defaultLexicon()) as any; console.log(q, JSON.stringify({ op: f.operation, aspects: [...f.aspects], concepts: f.concepts, differenceOf: f.differenceOf, differenceParts: f.differenceParts, sumOf: f.sumOf, joined: f.cues.joined, perUnit: f.cues.perUnit })); }
