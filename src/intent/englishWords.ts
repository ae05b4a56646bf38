/**
 * Whether a word is an English word at all, by the word-list package's list of about 275,000 English
 * words (a maintained list beats any we would keep): a word it holds (season, hearing, count) is never
 * taken for a slip of a budget word one letter away (reason, heating, court). Read at the first use,
 * not at start-up, since only English questions with a word the knowledge lacks need it.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | undefined;

export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return words.has(word);
}
