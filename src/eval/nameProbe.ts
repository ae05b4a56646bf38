/**
 * How well the bot finds the named things of a document the way people name them: every project,
 * classified line, procurement row, 分项目标 and asset row of the fact base, asked by its full name,
 * by its core (without numbering and generic endings), by a distinctive segment of it (a run no other
 * name shares), with one character swapped for a homophone, and with one inner character missing.
 * A thing is found when the answer cites its source line or offers it as a reading to pick.
 */
import { pinyin } from 'pinyin-pro';
import type { Engine, LoadedDocument } from '../engine/engine.js';
import { num, shownBody } from '../answer/answer.js';
import { defaultLexicon, type Lexicon } from '../intent/lexicon.js';
import { coreName } from '../resolve/shortNames.js';
import type { Entity } from '../search/entities.js';

export const PROBE_FORMS = ['name', 'core', 'segment', 'homophone', 'omission'] as const;
export type ProbeForm = (typeof PROBE_FORMS)[number];

export interface ProbeCase {
  form: ProbeForm;
  question: string;
  name: string;
  lines: number[];
  /** The figures the things of that name carry, printed as answers print them. */
  figures: string[];
}

export interface ProbeResult {
  doc: string;
  /** Per form: things asked, and how many were found. */
  rates: Record<ProbeForm, { asked: number; found: number }>;
  misses: ProbeCase[];
}

const PROBED: Entity['kind'][] = ['lineItem', 'table', 'procItem', 'procProject', 'subGoal', 'asset'];
/** A segment shorter than this says too little; a longer one is no longer a short name. */
const SEGMENT = { min: 3, max: 5, run: 4 };

/** The figure a thing carries, which an answer about it states. */
function figureOf(entity: Entity): number | undefined {
  switch (entity.kind) {
    case 'lineItem':
      return entity.item.value;
    case 'procItem':
      return entity.item.amount;
    case 'table':
      return entity.table.funds;
    case 'asset':
      return entity.row.value ?? undefined;
    default:
      return undefined;
  }
}

function sourceLines(entity: Entity): number[] {
  switch (entity.kind) {
    case 'lineItem':
      return [entity.item.source.line, ...(entity.item.fiscal ? [entity.item.fiscal.source.line] : [])];
    case 'table':
      return [entity.table.source.line, ...(entity.table.goalSource ? [entity.table.goalSource.line] : []), ...entity.table.rows.map((r) => r.source.line)];
    case 'procItem':
      return [entity.item.source.line];
    case 'procProject':
      return entity.items.map((i) => i.source.line);
    case 'subGoal':
      return [entity.goal.source.line, entity.goal.indicatorSource.line];
    case 'asset':
      return [entity.row.source.line];
    default:
      return [];
  }
}

/** Characters by toneless reading, from the document's own text, so that a homophone is one writers use. */
function homophones(doc: LoadedDocument): (ch: string) => string | undefined {
  const byReading = new Map<string, string[]>();
  for (const ch of new Set(doc.text.stream.match(/[\u4e00-\u9fff]/g) ?? [])) {
    const [reading] = pinyin(ch, { toneType: 'none', type: 'array' });
    byReading.set(reading, [...(byReading.get(reading) ?? []), ch]);
  }
  return (ch) => (byReading.get(pinyin(ch, { toneType: 'none', type: 'array' })[0]) ?? []).find((other) => other !== ch);
}

/**
 * What sets a name apart: the core without the beginning it shares with other names (综合便民服务中心
 * 窗口办公 → 窗口办公), else the longest run of it no other name contains.
 */
function distinctiveSegment(core: string, others: string[]): string | undefined {
  let shared = 0;
  for (const other of others) {
    let k = 0;
    while (k < core.length && core[k] === other[k]) k++;
    shared = Math.max(shared, k);
  }
  const rest = core.slice(shared, shared + SEGMENT.max + 3);
  if (shared >= 2 && rest.length >= SEGMENT.min && !others.some((o) => o.includes(rest))) return rest;
  // Names end in what sets them apart more often than they begin with it: runs are tried from the end.
  for (let len = Math.min(SEGMENT.run, core.length - 1); len >= SEGMENT.min; len--) {
    for (let at = core.length - len; at >= 0; at--) {
      const run = core.slice(at, at + len);
      if (/^[\u4e00-\u9fff]+$/.test(run) && !others.some((o) => o.includes(run))) return run;
    }
  }
  return undefined;
}

/** `lexicon`: the knowledge the engine reads with, whose concept words the probe leaves to the lexicon tests. */
export function probeCases(doc: LoadedDocument, lexicon: Lexicon = defaultLexicon()): ProbeCase[] {
  const swap = homophones(doc);
  // A name that is a concept's own word (会议费, 日常公用经费) is the concept's, which the lexicon tests cover.
  const conceptWords = new Set(lexicon.words);
  const names = [...new Set(doc.entities.filter((e) => PROBED.includes(e.kind) && !conceptWords.has(e.name)).map((e) => e.name))];
  const cases: ProbeCase[] = [];
  for (const name of names) {
    const same = doc.entities.filter((e) => e.name === name);
    const lines = same.flatMap(sourceLines);
    const figures = same.map(figureOf).filter((v): v is number => v !== undefined && v !== 0).map((v) => num(v));
    const core = coreName(name);
    const ask = (form: ProbeForm, words: string | undefined) => {
      if (words && words.length >= 2) cases.push({ form, question: `${words}是多少`, name, lines, figures });
    };
    ask('name', name);
    if (core !== name) ask('core', core);
    ask('segment', core.length > SEGMENT.max ? distinctiveSegment(core, names.filter((n) => n !== name)) : undefined);
    if (core.length >= 4) {
      const at = Math.floor(core.length / 2);
      const other = swap(core[at]);
      ask('homophone', other ? core.slice(0, at) + other + core.slice(at + 1) : undefined);
    }
    if (core.length >= 5) ask('omission', core.slice(0, Math.floor(core.length / 2)) + core.slice(Math.floor(core.length / 2) + 1));
  }
  return cases;
}

export function runProbe(engine: Engine, doc: LoadedDocument): ProbeResult {
  const rates = Object.fromEntries(PROBE_FORMS.map((f) => [f, { asked: 0, found: 0 }])) as ProbeResult['rates'];
  const misses: ProbeCase[] = [];
  probeCases(doc, engine.lexicon).forEach((c, i) => {
    const answer = engine.ask(c.question, `probe-${i}`);
    const body = shownBody(answer);
    // Found: the answer cites the thing, states its figure, names it (a 绩效目标表 without funds says so by name), or offers it.
    const found =
      answer.citations.some((cite) => c.lines.includes(cite.line)) ||
      body.includes(c.name) ||
      (answer.answered && c.figures.some((f) => new RegExp(`(?<![\\d.])${f.replace('.', '\\.')}(?![\\d])`).test(body))) ||
      !!answer.clarify?.some((r) => r.includes(c.name));
    rates[c.form].asked++;
    if (found) rates[c.form].found++;
    else misses.push(c);
  });
  return { doc: doc.facts.identity.id, rates, misses };
}
