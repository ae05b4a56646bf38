/**
 * What the desk lists of the loaded disclosures: each document, and questions to suggest for it,
 * made from the figures that document itself states, so that any disclosure loaded gets its own.
 */
import { figureQuestions } from '../../src/answer/examples.js';
import type { LoadedDocument } from '../../src/engine/engine.js';

export interface DocumentSummary {
  file: string;
  department: string;
  year: number | null;
  kind: string;
  title: string;
  suggestions: string[];
}

export function documentSummaries(documents: LoadedDocument[]): DocumentSummary[] {
  return documents.map((doc) => {
    const { file, department, year, kind, title } = doc.facts.identity;
    return { file, department, year, kind, title, suggestions: figureQuestions(doc.facts) };
  });
}
