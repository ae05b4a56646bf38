/**
 * Learning the budget: help, the overview of a disclosure, general definitions and suggested next
 * questions, on the seed and on every shared disclosure. Every expected figure is read from the
 * document's own fact base; every question offered is asked and must be answered.
 */
import { describe, expect, it } from 'vitest';
import { num, type Answer } from '../src/answer/answer.js';
import { docLabel } from '../src/answer/compare.js';
import { strings } from '../src/answer/strings/index.js';
import { Engine } from '../src/engine/engine.js';
import { analyze } from '../src/intent/frame.js';
import { defaultLexicon } from '../src/intent/lexicon.js';
import { loadDocuments } from '../src/parse/load.js';
import type { ParsedDocument } from '../src/parse/document.js';
import type { ConceptKey } from '../src/schema/concept.js';
import { seed, SHARED_DOCS } from './helpers.js';

const shared = loadDocuments([SHARED_DOCS]).documents;
const all: ParsedDocument[] = [seed, ...shared];
const lexicon = defaultLexicon();
const amountOf = (doc: ParsedDocument, concept: ConceptKey) => doc.facts.amounts.find((a) => a.concept === concept);
/** The figure as an answer prints it, whatever its length. */
const figure = (value: number) => num(Number(value.toFixed(2)));

let sessions = 0;
/** Asks each question in a conversation of its own, after `before` (the answer whose follow-ups they are). */
function askFresh(engine: Engine, question: string, before?: string): Answer {
  const session = `s${sessions++}`;
  if (before) engine.ask(before, session);
  return engine.ask(question, session);
}

function unanswered(engine: Engine, questions: string[], before?: string): string[] {
  return questions.filter((q) => !askFresh(engine, q, before).answered);
}

describe('the frame reads help and overview as operations', () => {
  it.each(['帮助', 'help', '你能做什么', '你能回答什么问题', '能问什么', 'What can you do?'])('%s asks for help', (q) => {
    expect(analyze(q).operation).toBe('help');
  });
  it.each(['介绍一下这份预算', '这份预算的重点是什么', '给新人讲讲我们局的预算', '概况', '总体情况', 'overview', 'Give me an overview of this budget', '2020年预算概况'])('%s asks for an overview', (q) => {
    expect(analyze(q).operation).toBe('overview');
  });
  it.each(['三公经费的总体情况', '重点项目有哪些', '介绍一下办公设备购置项目', '部门预算安排的总体情况', '帮助中心的经费'])('%s names a subject of its own, and is no overview or help', (q) => {
    expect(['overview', 'help']).not.toContain(analyze(q).operation);
  });
});

describe.each(all.map((doc) => [doc.facts.identity.file, doc] as const))('%s', (_file, doc) => {
  const engine = new Engine([doc]);
  const facts = doc.facts;

  it('gives an overview that holds its headline figures, each line cited', () => {
    const overview = engine.ask('介绍一下这份预算');
    expect(overview.answered).toBe(true);
    expect(overview.intent).toBe('overview');
    const total = (['budget.total', 'expense.total', 'income.total'] as ConceptKey[]).map((c) => amountOf(doc, c)).find(Boolean)!;
    expect(overview.body).toContain(`${figure(total.value)} 万元`);
    expect(overview.citations.map((c) => c.line)).toContain(total.source.pageLine ?? total.source.line);
    const headline: ConceptKey[] = ['sangong.total', 'admin', 'procurement.total'];
    for (const concept of headline) {
      const amount = amountOf(doc, concept);
      if (amount) expect(overview.body, concept).toContain(`${figure(amount.value)} 万元`);
    }
    const types = (['expense.basic', 'expense.project'] as ConceptKey[]).map((c) => amountOf(doc, c)).filter((a) => a && a.value > 0);
    if (types.length === 2) for (const a of types) expect(overview.body, a!.concept).toContain(`${figure(a!.value)} 万元`);
    const change = total.change;
    if (change?.amount !== undefined && change.direction !== '持平') expect(overview.body).toContain(figure(change.amount));
    // Every line but the title ends on where it is read.
    for (const line of overview.body.split('\n').slice(1)) expect(line).toMatch(/第\d+行）$/);
    // What to ask next: questions of each kind this document answers.
    expect(overview.suggestions.length).toBeGreaterThan(0);
    expect(unanswered(engine, overview.suggestions)).toEqual([]);
    expect(overview.warnings.length).toBe(doc.checks.filter((c) => !c.ok).length);
    const tables = facts.projectTables.filter((t) => !/部门整体/.test(t.project));
    if (tables.length) expect(overview.body).toContain(`${tables.every((t) => t.selfEvaluation) ? '绩效自评表' : '绩效目标表'} ${tables.length} 张`);
    const budgeted = [total, ...facts.amounts].find((a) => a.budgeted);
    if (facts.identity.kind === '决算' && budgeted === total && total.budgeted) expect(overview.body).toContain(`年初预算 ${figure(total.budgeted)} 万元`);
  });

  it('answers the overview in English too, with the same figures', () => {
    const zh = engine.ask('介绍一下这份预算');
    const en = engine.ask('Give me an overview of this budget');
    expect(en.intent).toBe('overview');
    expect(en.lang).toBe('en');
    expect(en.body.match(/\d+(?:\.\d+)? 万元/g)).toEqual(zh.body.match(/\d+(?:\.\d+)? 万元/g));
  });

  it('helps with the document loaded and example questions each answered', () => {
    for (const [question, english] of [['帮助', false], ['what can you do', true]] as const) {
      const help = engine.ask(question);
      expect(help.intent).toBe('help');
      expect(help.body).toContain(docLabel(facts));
      expect(help.suggestions.length).toBeGreaterThanOrEqual(3);
      expect(unanswered(engine, help.suggestions), english ? 'en' : 'zh').toEqual([]);
    }
  });

  // The first refusal builds the line index (jieba's dictionary): seconds on a busy machine.
  it('offers under a refusal examples built from this document, each answered', { timeout: 30_000 }, () => {
    const refusal = engine.ask('今天天气怎么样');
    expect(refusal.answered).toBe(false);
    expect(refusal.suggestions.length).toBeGreaterThan(0);
    expect(unanswered(engine, refusal.suggestions)).toEqual([]);
  });

  it('suggests after each figure the follow-ups the disclosure can answer, each answered', () => {
    const stated = facts.amounts.filter((a) => a.value > 0);
    const asked = (concept: ConceptKey) => [`${lexicon.concepts[concept].name}是多少`, `How much is the ${lexicon.concepts[concept].en.replace(/"/g, '')}?`];
    for (const question of stated.flatMap((a) => asked(a.concept))) {
      const answer = askFresh(engine, question);
      if (!answer.answered) continue;
      expect(unanswered(engine, answer.suggestions, question), question).toEqual([]);
    }
    // A figure's answer states its change, so does not offer it again; its definition does not, so does.
    const changed = stated.find((a) => a.change && a.change.direction !== '持平' && ['expense.basic', 'expense.project', 'sangong.total', 'admin'].includes(a.concept));
    if (changed) {
      const name = lexicon.concepts[changed.concept].name;
      expect(askFresh(engine, `${name}是多少`).suggestions).not.toContain(strings('zh').ask.change(name));
      expect(askFresh(engine, `什么是${name}`).suggestions).toContain(strings('zh').ask.change(name));
    }
    // A change stated with its reason is followed by the question of the reason.
    const reasoned = stated.find((a) => a.change?.reason && a.change.direction !== '持平');
    if (reasoned) expect(askFresh(engine, `${lexicon.concepts[reasoned.concept].name}是多少`).suggestions.some((q) => /原因/.test(q))).toBe(true);
  });

  it('explains a term the document does not define from the general glossary, labelled as general, with its size here', () => {
    for (const concept of ['expense.basic', 'expense.project', 'sangong.total', 'admin'] as ConceptKey[]) {
      const amount = amountOf(doc, concept);
      const name = lexicon.concepts[concept].name;
      const reply = engine.ask(`什么是${name}`);
      expect(reply.answered, name).toBe(true);
      if (reply.intent === 'definition') {
        // The document's own 名词解释 answers, cited from it.
        expect(facts.glossary.some((g) => reply.citations.some((c) => c.quote.includes(g.term.slice(0, 4)))), name).toBe(true);
        continue;
      }
      expect(reply.intent, name).toBe('definition.general');
      expect(reply.body).toContain('通用解释，不是这份披露的原文');
      if (amount) expect(reply.body).toContain(`${figure(amount.value)} 万元`);
    }
  });
});

describe('several documents loaded', () => {
  const engine = new Engine(all);

  it.each(['你能做什么', 'what can you do'])('lists every loaded document in help (%s), and only those, with examples each answered', (question) => {
    const help = engine.ask(question);
    for (const doc of all) expect(help.body).toContain(docLabel(doc.facts));
    expect(help.body.split('\n').filter((l) => l.startsWith('- ')).length).toBe(all.length);
    expect(unanswered(engine, help.suggestions)).toEqual([]);
  });

  it('gives the overview of the body or year named, and asks which when none is', () => {
    for (const doc of all) {
      const { year, department } = doc.facts.identity;
      const overview = engine.ask(`${year}年${department}概况`);
      expect(overview.intent, department).toBe('overview');
      expect(overview.citations.every((c) => doc.facts.identity.id.includes(c.doc)), department).toBe(true);
    }
    const which = engine.ask('介绍一下').clarify ?? [];
    expect(which.length).toBeGreaterThan(1);
    // Each reading offered is itself an overview question, answered from its document.
    for (const reading of which) expect(askFresh(engine, reading).intent, reading).toBe('overview');
  });
});
