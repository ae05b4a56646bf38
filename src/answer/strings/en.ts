/** The English catalogue: the same phrases as the Chinese one, for questions asked in English. */
import type { Citation } from '../answer.js';
import type { Place, Strings } from './index.js';

/** The page or sheet a line stands on, where the source has them; a sheet's lines are rows. */
const on = (p: Place) => (p.sheet ? `sheet ${p.sheet} ` : p.page ? `page ${p.page} ` : '');
const at = (p: Place) => `${on(p)}${p.sheet ? 'row' : 'line'} ${p.line}`;
const spanEn = (a: Place, b: Place) => (on(a) !== on(b) ? `${at(a)} to ${at(b)}` : a.line === b.line ? at(a) : `${on(a)}${a.sheet ? 'rows' : 'lines'} ${a.line}–${b.line}`);

export const en: Strings = {
  refusal: {
    year: (scope, detail) => `The loaded disclosures cover only ${scope}; there is nothing for ${detail || 'that year'}.`,
    department: (scope, detail) => `The loaded disclosures cover only ${scope}, not ${detail || 'that department'}.`,
    people: () => 'The disclosure is a budget statement: it has no staffing, leadership or contact details.',
    offTopic: () => 'That is outside the budget disclosure; I can only answer questions about it.',
    notDisclosed: (_scope, detail) => `The disclosure does not give ${detail || 'that figure'}.`,
    empty: () => 'Please ask a question about the department budget.',
    which: (scope) => `Several disclosures are loaded (${scope}); which department or year do you mean?`,
  },
  examples: ['What is the total budget?', 'How much is the personnel expenditure?', 'What is the agency operating cost?'],
  suggest: (examples) => `You can ask, for example: ${examples.join(' / ')}`,
  covered: (year, department, kind) => `${year ?? ''}年${department}部门${kind}`,
  andMore: (named, _count, rest) => `${named} and ${rest} more`,
  listJoin: '、',
  given: 'What it does give:',
  source: (c: Citation) => `Source: ${c.doc} ${at(c)}: "${c.quote}"`,
  sourceShort: (c: Citation) => `Source${c.section ? ` ${c.section}` : ''} ${at(c)}: "${c.quote}"`,
  several: () => 'Several items match; which one do you mean?',
  typoRead: (word, typed) => `(reading "${typed}" as 「${word}」) `,
  checkFailed: (detail) => `Consistency check failed: ${detail} (as the disclosure prints it)`,
  nearestLine: (where, quote) => `Closest line in the disclosure (not an answer): ${at(where)} "${quote}"`,
  passage: (first, last, sentence) => `The disclosure says (${spanEn(first, last)}): 「${sentence}」`,
  notGiven: (name, attribute) => `the ${attribute} of ${name}`,
  definitionOf: (name) => `a definition of "${name}" (its glossary has none)`,
};
