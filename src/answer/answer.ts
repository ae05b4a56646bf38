/**
 * The answer contract shared by the CLI, the adapters and the grader:
 * {answered, text, intent, citations[{doc, line, quote}], clarify?}.
 */
import { z } from 'zod';
import type { Source } from '../schema/fact.js';

export const Citation = z.object({ doc: z.string(), line: z.number().int(), quote: z.string(), section: z.string().optional() });
export type Citation = z.infer<typeof Citation>;

export const Answer = z.object({
  answered: z.boolean(),
  text: z.string(),
  intent: z.string(),
  citations: z.array(Citation),
  clarify: z.array(z.string()).optional(),
});
export type Answer = z.infer<typeof Answer>;

/** Rounds away binary noise: 0.1 + 0.2 prints as 0.3. */
export function num(n: number): string {
  return String(Number(n.toFixed(6)));
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
    out.push({ doc: s.doc, line: s.line, quote: s.quote, ...(s.section ? { section: s.section } : {}) });
  }
  return out;
}

/** The source lines a chat user sees under the answer. */
export function sourceLines(citations: Citation[], english: boolean): string {
  return citations
    .slice(0, 3)
    .map((c) => (english ? `Source: ${c.doc} line ${c.line}: "${c.quote}"` : `来源：${c.section ? `${c.section}，` : ''}第${c.line}行「${c.quote}」（${c.doc}）`))
    .join('\n');
}

/** Splits a reply into its body and the source lines `sourceLines` appended, for renderers that show sources apart. */
export function splitSources(text: string): { body: string; sources: string[] } {
  const lines = text.split('\n');
  const isSource = (line: string) => /^(来源：|Source:)/.test(line);
  return { body: lines.filter((l) => !isSource(l)).join('\n'), sources: lines.filter(isSource) };
}

export function answer(intent: string, body: string, english: boolean, citations: Citation[], extra: Partial<Answer> = {}): Answer {
  const text = citations.length ? `${body}\n${sourceLines(citations, english)}` : body;
  return { answered: true, text, intent, citations, ...extra };
}
