/**
 * Readings of a question's own words the engine asks for, kept in the intent layer, which alone reads
 * question text: whether a term is all a question says, and the question asked again with the thing it
 * points at by a noun (那个中心) named instead.
 */
import type { Frame } from './frame.js';

/** Words of intent or estimate (打算, 大概), which ask nothing of their own. */
const INTENT_WORDS = /打算|准备|计划|预计|需要|大概|大约|大致|一共|总共|要|得/g;

/** 一共多少钱 / 打算花多少钱: the term is all the question says, beside at most one character and words of intent. */
export function saysOnly(frame: Frame, term: string): boolean {
  return frame.text.replace(term, '').replace(INTENT_WORDS, '').length <= 1;
}

/** 那个中心的政采小计多少 → <the centre's name>的政采小计多少: the question with the noun it points with replaced by `name`. */
export function namingPointed(frame: Frame, name: string): string | undefined {
  const noun = frame.cues.pointedNoun;
  if (!noun) return undefined;
  const named = frame.raw.replace(new RegExp(`(?:那个|这个|那家|这家)?${noun}(?:那边|这边|那里|这里)?`), name);
  return named === frame.raw ? undefined : named;
}
