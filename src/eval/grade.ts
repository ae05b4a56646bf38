/**
 * Grades answers against expectations, with the same rules as ../shared/eval/grade.mjs:
 * regexes match the answer before its first source line, after NFKC, without white space or thousands separators; ZERO is a
 * disclosed zero; refuse means answered=false; clarifyOrMany wants two readings.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Answer } from '../answer/answer.js';

export const EvalQuestion = z.object({
  id: z.string(),
  cat: z.string(),
  q: z.string(),
  session: z.string().optional(),
  /** One document to load instead of the seeds, relative to the project root. */
  doc: z.string().optional(),
  /** Several documents or folders to load together. */
  docs: z.array(z.string()).optional(),
  expect: z.array(z.string()).optional(),
  refuse: z.boolean().optional(),
  clarifyOrMany: z.array(z.string()).optional(),
  lines: z.array(z.number().int()).optional(),
});
export type EvalQuestion = z.infer<typeof EvalQuestion>;

const ZERO = '(?<![\\d.])0(\\.0+)?(万元|元|万)|零元|为零|均为0|都是0|为0(?![\\d.])';
const pattern = (p: string) => new RegExp(p === 'ZERO' ? ZERO : p);

export function readQuestions(path: string): EvalQuestion[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => EvalQuestion.parse(JSON.parse(l)));
}

export interface Grade {
  ok: boolean;
  cited: boolean;
}

export function grade(q: EvalQuestion, a: Answer): Grade {
  // Only the answer itself counts: a figure that appears only in a quoted source line is not given.
  const text = a.text.split(/\n?(?:来源[:：]|Source:)/)[0].normalize('NFKC').replace(/\s+/g, '').replace(/(\d),(?=\d{3})/g, '$1');
  let ok: boolean;
  // A refusal may still be held to what it must say (未填报: the cell is blank, not zero).
  if (q.refuse) ok = !a.answered && (q.expect ?? []).every((p) => pattern(p).test(text));
  else if (q.clarifyOrMany) ok = (a.clarify?.length ?? 0) >= 2 || q.clarifyOrMany.filter((p) => pattern(p).test(text)).length >= 2;
  else ok = a.answered && (q.expect ?? []).every((p) => pattern(p).test(text));
  const cited = ok && !!q.lines?.some((line) => a.citations.some((c) => c.line === line));
  return { ok, cited };
}
