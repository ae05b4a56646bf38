/**
 * The answer contract shared by the CLI, the adapters and the grader. An answer is structured —
 * its body, warnings, suggested questions, citations and clarify options are separate fields — and
 * `text` is the reply as a chat user reads it, rendered from them by `rendered`.
 */
import { z } from 'zod';
import type { Source } from '../schema/fact.js';
import { strings } from './strings/index.js';

/** `line` is the line on `page` where the source is a PDF, the row on `sheet` where it is a workbook, else the line in the file. */
export const Citation = z.object({ doc: z.string(), line: z.number().int(), quote: z.string(), section: z.string().optional(), page: z.number().int().optional(), sheet: z.string().optional() });
export type Citation = z.infer<typeof Citation>;

export const Lang = z.enum(['zh', 'en']);
export type Lang = z.infer<typeof Lang>;

export const Answer = z.object({
  answered: z.boolean(),
  intent: z.string(),
  /** The language the question was asked in, which the reply is framed in. */
  lang: Lang,
  /** What the answer says: the figure, its unit, what it is; or, for a refusal, why not. */
  body: z.string(),
  /** Caveats about the figures given (a consistency check that the disclosure fails). */
  warnings: z.array(z.string()),
  /** Questions that do work: examples under a refusal or help, the natural follow-ups after an answer. */
  suggestions: z.array(z.string()),
  citations: z.array(Citation),
  /** The one thing the answer singles out (the largest row's project), which a follow-up's 它 then means. */
  focus: z.string().optional(),
  /** The one indicator answered (评审数量), which 那…呢 about another project asks of that project in turn. */
  indicator: z.string().optional(),
  /** The things a list names, in its order, which a follow-up's 第二个 / the second one then means. */
  listed: z.array(z.string()).optional(),
  /** Readings of an ambiguous question, each a question that can be asked as it stands. */
  clarify: z.array(z.string()).optional(),
  /** The reply as a chat user reads it: body, warnings, suggestions, then the source lines. */
  text: z.string(),
});
export type Answer = z.infer<typeof Answer>;

/** Rounds away binary noise: 0.1 + 0.2 prints as 0.3. */
export function num(n: number): string {
  return String(Number(n.toFixed(6)));
}

/** A 万元 figure rounded as disclosures print it, without the 元 equivalent: for lines that name several. */
export function wanRounded(value: number): string {
  return `${num(Number(value.toFixed(2)))} 万元`;
}

/**
 * A 万元 figure as disclosures print it (two decimals), with its exact 元 equivalent in brackets:
 * a table's 50,665.496773 万元 reads 50665.5 万元（506654967.73 元）, nothing lost.
 */
export function wan(value: number, english = false): string {
  const yuan = value * 10000;
  const rounded = Number(value.toFixed(2));
  const bracket = value !== 0 && (Math.abs(value) < 100000 || rounded !== value) ? (english ? ` (= ${num(yuan)} yuan)` : `（${num(yuan)} 元）`) : '';
  return `${num(rounded)} 万元${bracket}`;
}

/** The citations of the sources, once each, in order. */
export function cite(...sources: (Source | undefined)[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const s of sources) {
    if (!s || seen.has(`${s.doc}:${s.line}`)) continue;
    seen.add(`${s.doc}:${s.line}`);
    out.push({ doc: s.doc, line: s.pageLine ?? s.line, quote: s.quote, ...(s.section ? { section: s.section } : {}), ...(s.page ? { page: s.page } : {}), ...(s.sheet ? { sheet: s.sheet } : {}) });
  }
  return out;
}

/** Source lines shown under an answer; the rest stay in `citations`. */
const SHOWN_SOURCES = 3;

/** The source lines a chat user sees under the answer. */
export function sourceLines(citations: Citation[], lang: Lang): string[] {
  return citations.slice(0, SHOWN_SOURCES).map(strings(lang).source);
}

type Parts = Omit<Answer, 'text'>;

/** What a reader sees above the sources: the body, its warnings and any suggested questions. */
export function shownBody(answer: Parts): string {
  const s = strings(answer.lang);
  // After an answer they are what to ask next; under a refusal or help, what can be asked at all.
  const lead = answer.answered && answer.intent !== 'help' ? s.followUp : s.suggest;
  const suggestions = answer.suggestions.length ? [lead(answer.suggestions)] : [];
  return [answer.body, ...answer.warnings.map((w) => `⚠ ${w}`), ...suggestions].join('\n');
}

/** The answer with its `text` rendered afresh from its parts: call after changing any of them. */
export function rendered(answer: Parts & { text?: string }): Answer {
  return { ...answer, text: [shownBody(answer), ...sourceLines(answer.citations, answer.lang)].join('\n') };
}

export function answer(intent: string, body: string, english: boolean, citations: Citation[], extra: Partial<Answer> = {}): Answer {
  return rendered({ answered: true, intent, lang: english ? 'en' : 'zh', body, warnings: [], suggestions: [], citations, ...extra });
}

/**
 * Several answers given as one reply, in order: their bodies joined, their citations together.
 * (A second question in one message; 基本支出和项目支出分别是多少; the parts of a concept named.)
 */
export function combined(answers: Answer[], extra: Partial<Answer> = {}): Answer {
  const first = answers.find((a) => a.answered) ?? answers[0];
  return rendered({
    ...first,
    clarify: undefined,
    // 增加了多少？原因 may be answered twice over by one sentence: said once, in the fuller of the two.
    body: answers.map((a) => a.body).filter((b, i, all) => !all.some((other, j) => (j < i ? other.includes(b) : j > i && other !== b && other.includes(b)))).join('\n'),
    warnings: [...new Set(answers.flatMap((a) => a.warnings))],
    suggestions: [],
    // Two parts that quote one line show it once.
    citations: answers.flatMap((a) => a.citations).filter((c, i, all) => all.findIndex((o) => o.doc === c.doc && o.line === c.line && o.page === c.page) === i),
    ...extra,
  });
}
