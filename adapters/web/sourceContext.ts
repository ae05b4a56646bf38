/**
 * The cited line among its neighbours, as the desk shows a source in place: the citation gives a
 * document and a line (on a PDF's page or a workbook's sheet, a line counted there), so the line
 * is found in the text read by its quote, which every citation carries.
 */
import type { Citation } from '../../src/answer/answer.js';
import type { LoadedDocument } from '../../src/engine/engine.js';
import { compact, type SourceText } from '../../src/parse/sourceText.js';

/** Lines shown above and below the cited one. */
const AROUND = 2;
/** Sources shown in place; the rest of the citations stay in the answer. */
const SHOWN = 3;

export interface SourceLine {
  line: number;
  text: string;
  cited: boolean;
}

export interface SourceInPlace {
  doc: string;
  department: string;
  section?: string;
  page?: number;
  sheet?: string;
  line: number;
  lines: SourceLine[];
}

/** A line as citations quote it: cells joined by ` | `, spaces compacted. */
const quoted = (raw: string) => raw.split('\t').map(compact).filter(Boolean).join(' | ');

/** The index of the cited line in `text`, or -1: the citation's own line where it quotes it, else the first line that holds the quote. */
function citedIndex(text: SourceText, citation: Citation): number {
  const core = citation.quote.replace(/^…|…$/g, '');
  if (!core) return -1;
  const own = citation.page === undefined && citation.sheet === undefined ? citation.line - 1 : -1;
  if (own >= 0 && quoted(text.lines[own] ?? '').includes(core)) return own;
  return text.lines.findIndex((raw) => quoted(raw).includes(core));
}

/** The indexes of the nearest lines with text from `at` going `step`: blank layout lines say nothing. */
function neighbours(text: SourceText, at: number, step: 1 | -1): number[] {
  const found: number[] = [];
  for (let i = at + step; i >= 0 && i < text.lines.length && found.length < AROUND; i += step) if (text.lines[i].trim()) found.push(i);
  return found;
}

function inPlace(documents: LoadedDocument[], citation: Citation): SourceInPlace | undefined {
  for (const doc of documents) {
    for (const text of [doc.text, ...(doc.companions ?? [])]) {
      if (text.doc !== citation.doc) continue;
      const at = citedIndex(text, citation);
      if (at < 0) return undefined;
      const shown = [...neighbours(text, at, -1).reverse(), at, ...neighbours(text, at, 1)];
      const lines = shown.map((i) => ({ line: i + 1, text: quoted(text.lines[i]), cited: i === at }));
      const { section, page, sheet, line } = citation;
      return { doc: citation.doc, department: doc.facts.identity.department, line, lines, ...(section ? { section } : {}), ...(page ? { page } : {}), ...(sheet ? { sheet } : {}) };
    }
  }
  return undefined;
}

export function sourcesInPlace(documents: LoadedDocument[], citations: Citation[]): SourceInPlace[] {
  return citations.slice(0, SHOWN).flatMap((c) => inPlace(documents, c) ?? []);
}
