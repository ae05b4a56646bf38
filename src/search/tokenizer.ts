/**
 * The one tokenizer for questions and the index: nodejieba, with the curated domain lexicon
 * (knowledge/lexicon.txt) and the names found in the fact base added as words, so that
 * 渣土处置费 or 台式计算机 stay whole.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

interface Jieba {
  cutForSearch(text: string, hmm?: boolean): string[];
  insertWord(word: string): boolean;
}

const require = createRequire(import.meta.url);
/** Words for the dictionary; they are inserted when jieba first loads. */
const known = new Set<string>();
let loaded: Jieba | undefined;

/**
 * jieba's dictionary takes over a second to load, and only the search index needs it (answers
 * match concepts and names without it), so it loads on the first tokenize call, not at start.
 */
function jieba(): Jieba {
  if (!loaded) {
    loaded = require('nodejieba') as Jieba;
    for (const word of known) loaded.insertWord(word);
  }
  return loaded;
}

function addWord(word: string): void {
  if (word.length < 2 || known.has(word)) return;
  known.add(word);
  loaded?.insertWord(word);
}

const lexicon = readFileSync(fileURLToPath(new URL('../../knowledge/lexicon.txt', import.meta.url)), 'utf8');
for (const line of lexicon.split('\n')) addWord(line.trim().split(/\s+/)[0] ?? '');


const STOP = /^(?:的|了|是|吗|呢|多少|什么|有|和|与|在|为|年|年度|本|部门|我|你|请问|一下|how|much|is|the|what|of|a|an|are|to|in)$/;

/** Search tokens: jieba's search-mode cut, lower-cased, without stop words and punctuation. */
export function tokenize(text: string): string[] {
  return jieba()
    .cutForSearch(text, true)
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t && !STOP.test(t) && /[\p{L}\p{N}]/u.test(t));
}

/**
 * A tokenizer that keeps a document's own names whole (渣土处置费, 台式计算机) as tokens of their own,
 * and cuts the rest with jieba. The names are the caller's: no engine adds words to jieba's
 * process-wide dictionary, so documents loaded side by side never change each other's tokens.
 */
export function tokenizerWith(names: Iterable<string>): (text: string) => string[] {
  const known = [...new Set([...names].filter((n) => n.length >= MIN_NAME))].sort((a, b) => b.length - a.length);
  return (text) => {
    const whole: string[] = [];
    let rest = text;
    for (const name of known) {
      if (!rest.includes(name)) continue;
      whole.push(name.toLowerCase());
      rest = rest.split(name).join(' ');
    }
    return [...whole, ...tokenize(rest)];
  };
}

/** Names shorter than this are left to jieba. */
const MIN_NAME = 3;
