import { analyze } from '../src/intent/frame.js';
import { defaultLexicon } from '../src/intent/lexicon.js';
for (const q of process.argv.slice(2)) { const f = analyze(q, defaultLexicon()); console.log(q, f.text, JSON.stringify(f.cues.ordinal)); }
