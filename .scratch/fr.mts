import { analyze } from '../src/intent/frame.js';
import { defaultLexicon } from '../src/intent/lexicon.js';
for (const q of process.argv.slice(2)) { const f = analyze(q, defaultLexicon()); console.log(q, '|', f.text, '| op', f.operation, '| asp', [...f.aspects].join(','), '| con', f.concepts.map((c) => c.concept + ':' + c.term).join(','), '| orgs', f.orgs.join(','), '| subj', f.subjectText); }
