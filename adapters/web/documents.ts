/**
 * What the desk lists of the loaded disclosures: each document, and questions to suggest for it,
 * made from the figures that document itself states, so that any disclosure loaded gets its own.
 */
import type { LoadedDocument } from '../../src/engine/engine.js';

/** Suggestions a document gets: few enough to read at a glance. */
const SUGGESTIONS = 4;

export interface DocumentSummary {
  file: string;
  department: string;
  year: number | null;
  kind: string;
  title: string;
  suggestions: string[];
}

/** One figure of each kind (income, expense, 三公经费, procurement…) that is not zero, asked by the document's own label. */
function suggestions(doc: LoadedDocument): string[] {
  const kinds = new Set<string>();
  const asked: string[] = [];
  for (const amount of doc.facts.amounts) {
    const kind = amount.concept.split('.')[0];
    if (amount.value <= 0 || kinds.has(kind)) continue;
    kinds.add(kind);
    asked.push(`${amount.label}是多少`);
    if (asked.length === SUGGESTIONS) break;
  }
  return asked;
}

export function documentSummaries(documents: LoadedDocument[]): DocumentSummary[] {
  return documents.map((doc) => {
    const { file, department, year, kind, title } = doc.facts.identity;
    return { file, department, year, kind, title, suggestions: suggestions(doc) };
  });
}
