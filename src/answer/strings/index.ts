/**
 * The reply catalogues, one per language. Handlers ask for `strings(lang)` rather than writing
 * the framing phrases (refusals, source lines, clarify prompts, warnings) themselves.
 */
import { en } from './en.js';
import { zh } from './zh.js';
import type { Lang } from '../answer.js';

export type Strings = typeof zh;

/** Where a cited line stands: its line, on its page where the source is a PDF; its row, on its sheet where it is a workbook. */
export type Place = { page?: number; sheet?: string; line: number };

export function strings(lang: Lang): Strings {
  return lang === 'en' ? en : zh;
}

export function langOf(english: boolean): Lang {
  return english ? 'en' : 'zh';
}
