/**
 * `npm run eval`: asks the project's own question set (tests/eval/*.jsonl, which includes the
 * shared samples) and prints accuracy per category and the failures.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Engine } from '../engine/engine.js';
import { grade, readQuestions, type EvalQuestion } from '../eval/grade.js';
import { PROBE_FORMS, runProbe } from '../eval/nameProbe.js';
import { loadDocuments } from '../parse/load.js';
import { exitQuietlyOnClosedPipe } from './options.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EVAL_DIR = `${ROOT}tests/eval/`;

export interface EvalReport {
  total: number;
  passed: number;
  citable: number;
  cited: number;
  byCategory: Map<string, { total: number; passed: number }>;
  failures: { q: EvalQuestion; text: string }[];
}

/** Runs questions, loading each question's documents once per distinct set. */
export function runEval(questions: EvalQuestion[]): EvalReport {
  const engines = new Map<string, Engine>();
  const report: EvalReport = { total: 0, passed: 0, citable: 0, cited: 0, byCategory: new Map(), failures: [] };
  questions.forEach((q, i) => {
    const paths = (q.docs ?? (q.doc ? [q.doc] : ['seeds'])).map((p) => `${ROOT}${p}`);
    const key = paths.join('|');
    let engine = engines.get(key);
    if (!engine) engines.set(key, (engine = new Engine(loadDocuments(paths).documents)));
    const answer = engine.ask(q.q, q.session ?? `eval-${i}`);
    const { ok, cited } = grade(q, answer);
    const cat = report.byCategory.get(q.cat) ?? { total: 0, passed: 0 };
    cat.total++;
    report.total++;
    if (ok) {
      cat.passed++;
      report.passed++;
    } else report.failures.push({ q, text: answer.text.replace(/\n/g, ' ') });
    if (q.lines) report.citable++;
    if (cited) report.cited++;
    report.byCategory.set(q.cat, cat);
  });
  return report;
}

export function evalFiles(): string[] {
  return readdirSync(EVAL_DIR).filter((f) => f.endsWith('.jsonl')).sort().map((f) => `${EVAL_DIR}${f}`);
}

/** The named-thing probe of every loadable document: the seed, and the shared disclosures where present. */
function probeNames(): void {
  const shared = `${ROOT}../shared/docs`;
  const { documents } = loadDocuments([`${ROOT}seeds`, ...(existsSync(shared) ? [shared] : [])]);
  console.log('\n== named things found, per document (full name, core, distinctive segment, homophone typo, missing character)');
  for (const doc of documents) {
    const engine = new Engine([doc]);
    const { rates } = runProbe(engine, engine.documents[0]);
    console.log(`  ${doc.facts.identity.id.slice(0, 40).padEnd(41)}${PROBE_FORMS.map((f) => `${f} ${rates[f].found}/${rates[f].asked}`).join('  ')}`);
  }
}

function main(): void {
  exitQuietlyOnClosedPipe();
  for (const file of evalFiles()) {
    const report = runEval(readQuestions(file));
    console.log(`\n== ${file.slice(ROOT.length)}: ${((100 * report.passed) / report.total).toFixed(1)}% (${report.passed}/${report.total}), cited-correct ${report.cited}/${report.citable}`);
    for (const [cat, { total, passed }] of report.byCategory) console.log(`  ${cat.padEnd(12)} ${passed}/${total}`);
    for (const { q, text } of report.failures) console.log(`  FAIL ${q.id} ${q.q} -> ${text.slice(0, 140)}`);
  }
  probeNames();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
