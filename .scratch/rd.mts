import { loadDocuments } from '../src/parse/load.js';
import { Engine } from '../src/engine/engine.js';
import { analyze } from '../src/intent/frame.js';
import { pickEntity, pickConcept } from '../src/engine/resolve.js';
const [which, ...qs] = process.argv.slice(2);
const { documents: all } = loadDocuments(['seeds/2020_gaoxinqu_xingzhengfuwuju_yusuan.txt', '../shared/docs']);
const engine = new Engine(all.filter((d) => d.facts.identity.file.includes(which === 'seed' ? 'gaoxinqu' : which)));
const doc = engine.documents[0];
for (const q of qs) {
  const frame = analyze(q, (engine as any).lexicon);
  console.log('Q', q, frame.mentionText, 'cues.describedProject', frame.cues.describedProject, 'concepts', frame.concepts.map((c: any) => c.concept + ':' + c.term));
  if (doc) {
    console.log(" readings", doc.resolver.readings(frame.mentionText, undefined, undefined, frame.subjectText).slice(0, 4).map((r: any) => `${r.entity.kind}:${r.entity.name} cov=${r.coverage.toFixed(2)} m=${r.matched} s=${r.score?.toFixed(2)}`));
    const pe = pickEntity(frame, doc, pickConcept(frame.concepts)); console.log(' pick', pe && `${pe.entity.kind}:${pe.entity.name}`);
    console.log(' byGoal', doc.resolver.byGoal(frame.mentionText).slice(0, 4).map((r: any) => `${r.entity.name} s=${r.score.toFixed(2)}`));
  }
  console.log(' A', engine.ask(q).text.slice(0, 200));
}
