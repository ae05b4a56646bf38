/** The English catalogue: the same phrases as the Chinese one, for questions asked in English. */
import type { Citation } from '../answer.js';
import type { Place, Strings } from './index.js';

/** The page or sheet a line stands on, where the source has them; a sheet's lines are rows. */
const on = (p: Place) => (p.sheet ? `sheet ${p.sheet} ` : p.page ? `page ${p.page} ` : '');
const at = (p: Place) => `${on(p)}${p.sheet ? 'row' : 'line'} ${p.line}`;
const spanEn = (a: Place, b: Place) => (on(a) !== on(b) ? `${at(a)} to ${at(b)}` : a.line === b.line ? at(a) : `${on(a)}${a.sheet ? 'rows' : 'lines'} ${a.line}–${b.line}`);

/** The standard words units' tables state their nature, rank and funding in, said in English beside them. */
const VALUES: Record<string, string> = {
  行政: 'administrative body',
  事业: 'public institution',
  参照公务员法管理: 'managed under the Civil Servant Law',
  正部级: 'ministry level',
  副部级: 'deputy ministry level',
  正厅级: 'department level',
  副厅级: 'deputy department level',
  正处级: 'division level',
  副处级: 'deputy division level',
  正科级: 'section level',
  副科级: 'deputy section level',
  财政拨款: 'fiscal appropriation',
  全额拨款: 'fully funded by fiscal appropriation',
  差额拨款: 'partly funded by fiscal appropriation',
  财政补助: 'fiscal subsidy',
  财政性资金基本保证: 'basic needs guaranteed by fiscal funds',
  自收自支: 'self-funded',
};

export const en: Strings = {
  refusal: {
    year: (scope, detail) => `The loaded disclosures cover only ${scope}; there is nothing for ${detail || 'that year'}.`,
    department: (scope, detail) => `The loaded disclosures cover only ${scope}, not ${detail || 'that department'}.`,
    people: () => 'The disclosure is a budget statement: it has no staffing, leadership or contact details.',
    offTopic: () => 'That is outside the budget disclosure; I can only answer questions about it.',
    opinion: () => 'The disclosure gives figures and the reasons it states; it does not judge whether the money is well spent, and neither do I. Ask for a figure or its stated reason instead.',
    personalCase: () => 'The disclosure is a department budget: it records no one person\'s case or how far it has got. Ask the office that handled it.',
    notDisclosed: (_scope, detail) => `The disclosure does not give ${detail || 'that figure'}.`,
    empty: () => 'Please ask a question about the department budget.',
    which: (scope) => `Several disclosures are loaded (${scope}); which department or year do you mean?`,
  },
  suggest: (examples) => `You can ask, for example: ${examples.join(' / ')}`,
  followUp: (questions) => `You could ask next: ${questions.join(' / ')}`,
  ask: {
    value: (name) => `How much is the ${name}?`,
    change: (name) => `How did the ${name} change on last year?`,
    reason: (name) => `Why did the ${name} change?`,
    share: (name) => `What share is the ${name}?`,
    parts: (name) => `What is the ${name} made up of?`,
    largestProject: () => 'Which project has the largest budget?',
    project: (name) => `What are the performance indicators of ${name}?`,
    term: (term) => `What does ${term} mean?`,
    overview: (label) => `Overview of ${label}`,
  },
  help: {
    /** What a channel asks for a bare command (/budget with no question) or its home page. */
    question: 'help',
    intro: 'I answer questions about the loaded department budget / final-account disclosures, citing the line of every figure.',
    loaded: (count) => `${count} disclosure(s) loaded:`,
    kinds: 'You can ask about: amounts (income, expenditure, basic/project spending, the three public expenses 三公, agency operating costs, procurement), their change on last year and its reason, shares and breakdowns; projects and their performance indicators; purchases; glossary terms; an overview of a whole disclosure.',
    more: (rest) => `… and ${rest} more`,
  },
  overview: {
    title: (label) => `Overview of ${label}:`,
    line: (text, ref) => `- ${text}${ref ? ` (${ref})` : ''}`,
    amount: (name, value) => `${name} ${value}`,
    total: (amount, change, reason) => `${amount}. ${change}${reason}`,
    execution: (budgeted, actual, rate) => `initial budget ${budgeted}, actual ${actual}, ${rate}% executed`,
    variances: (items) => `largest differences from the initial budget: ${items.join('; ')}`,
    variance: (name, budgeted, actual) => `${name} (budget ${budgeted}, actual ${actual})`,
    share: (amount, rate, parts) => `${amount} (${rate}%${parts.length ? `, of which ${parts.join(', ')}` : ''})`,
    purchase: (item, project) => `${item} (${project})`,
    structure: (parts) => `spending by type: ${parts.join('; ')}`,
    sangong: (amount, parts) => (parts.length ? `${amount} (${parts.join(', ')})` : amount),
    projects: (count, top) => `${count} projects priced; the largest: ${top.join(', ')}`,
    procurement: (amount, top) => (top.length ? `${amount}; the largest items: ${top.join(', ')}` : amount),
    targets: (tables, indicators) => `${tables} performance target tables${indicators ? `, ${indicators} indicators in all` : ''}`,
    selfEvaluations: (tables, indicators) => `${tables} performance self-evaluation tables${indicators ? `, ${indicators} indicators in all` : ''}`,
    stated: (label, value, unit) => `${label} ${value} ${unit}`,
    none: 'This disclosure states no figures to summarise.',
  },
  generalDefinition: (term, definition) => `${term} (general definition, not this disclosure's words): ${definition}`,
  sizeHere: (amount) => `In this disclosure: ${amount}.`,
  ref: (p: Place) => at(p),
  covered: (year, department, kind) => `${year === null ? '' : `${year}年`}${department}部门${kind}`,
  andMore: (named, _count, rest) => `${named} and ${rest} more`,
  listJoin: '、',
  given: 'What it does give:',
  source: (c: Citation) => `Source: ${c.doc} ${at(c)}: "${c.quote}"`,
  sourceShort: (c: Citation) => `Source${c.section ? ` ${c.section}` : ''} ${at(c)}: "${c.quote}"`,
  several: () => 'Several items match; which one do you mean?',
  // An English word read as spelled is quoted as English is; a Chinese one in corner brackets.
  typoRead: (word, typed) => (/[a-z]/i.test(word) ? `(reading "${typed}" as "${word}") ` : `(reading "${typed}" as 「${word}」) `),
  checkFailed: (detail) => `Consistency check failed: ${detail} (as the disclosure prints it)`,
  nearestLine: (where, quote) => `Closest line in the disclosure (not an answer): ${at(where)} "${quote}"`,
  passage: (first, last, sentence) => `The disclosure says (${spanEn(first, last)}): 「${sentence}」`,
  notGiven: (name, attribute) => `the ${attribute} of ${name}`,
  unitAttributes: (unit, parts) => `${unit}: ${parts.map((p) => `${p.attribute} ${p.value}${VALUES[p.value] ? ` (${VALUES[p.value]})` : ''}`).join('; ')}.`,
  definitionOf: (name) => `a definition of "${name}" (its glossary has none)`,
  includesStated: (label, list) => `${label} mainly includes (as the disclosure says): ${list}.`,
  figureMeaning: (words) => `The disclosure says: ${words}.`,
};
