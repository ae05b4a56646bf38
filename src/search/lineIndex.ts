/**
 * A minisearch index over a document's lines, tokenized with jieba like the questions. It finds
 * the closest line for a question no intent understood (shown as a pointer, never as an answer),
 * and it is the plain-retrieval baseline that `npm run bench` compares the bot with.
 */
import MiniSearch from 'minisearch';
import type { SourceText } from '../parse/sourceText.js';
import { compact } from '../parse/sourceText.js';
import { tokenizerWith } from './tokenizer.js';

interface LineDoc {
  id: number;
  text: string;
}

export interface LineHit {
  line: number;
  text: string;
  score: number;
  /** Query terms found in the line. */
  matched: number;
}

export class LineIndex {
  private readonly search: MiniSearch<LineDoc>;

  /** `names`: the document's own names, kept whole as tokens (see tokenizerWith). Default: none. */
  constructor(text: SourceText, names: Iterable<string> = []) {
    this.search = new MiniSearch<LineDoc>({ fields: ['text'], storeFields: ['text'], tokenize: tokenizerWith(names), processTerm: (t) => t });
    this.search.addAll(text.lines.map((raw, i) => ({ id: i + 1, text: compact(raw) })).filter((d) => d.text.length > 1));
  }

  /** The best line for a question, or undefined when nothing shares a term with it. */
  top(question: string): LineHit | undefined {
    const [hit] = this.search.search(question, { prefix: true, combineWith: 'OR' });
    if (!hit) return undefined;
    return { line: Number(hit.id), text: String(hit.text), score: hit.score, matched: hit.queryTerms.length };
  }
}
