import { loadDocuments } from '../src/parse/load.js';
import { analyze } from '../src/intent/frame.js';
import { defaultLexicon } from '../src/intent/lexicon.js';
import { findStatedCount } from '../src/answer/counts.js';
const { documents } = loadDocuments(['seeds']);
const d = documents[0];
for (const q of process.argv.slice(2)) { const f = analyze(q, defaultLexicon()); console.log(q, f.cues.countAsked, findStatedCount(d.facts.statedCounts, f, f.text)?.label); }
