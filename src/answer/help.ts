/**
 * What the bot is for, said when asked (帮助, 你能做什么, an empty /budget): the disclosures loaded
 * (body, year, kind), what can be asked of them, and example questions built from their own
 * figures, offered as suggestions that each channel shows in its own way (buttons, links, text).
 */
import type { Lexicon } from '../intent/lexicon.js';
import type { ParsedDocument } from '../parse/document.js';
import { answer, type Answer, type Lang } from './answer.js';
import { docLabel } from './compare.js';
import { exampleQuestions } from './examples.js';
import { strings } from './strings/index.js';

/** Documents named one a line; past this many, the rest are counted. */
const LISTED = 10;
/** Documents whose examples are offered when several are loaded, each example naming its document. */
const EXAMPLE_DOCUMENTS = 2;
/** Examples offered from each of those documents. */
const EXAMPLES_EACH = 3;

const built = new WeakMap<readonly ParsedDocument[], Partial<Record<Lang, Answer>>>();

/** The help reply for the documents loaded now, in the language asked; built once per document list. */
export function helpAnswer(documents: readonly ParsedDocument[], lexicon: Lexicon, english: boolean): Answer {
  const lang: Lang = english ? 'en' : 'zh';
  const known = built.get(documents) ?? {};
  if (!known[lang]) built.set(documents, { ...known, [lang]: buildHelp(documents, lexicon, english) });
  return built.get(documents)![lang]!;
}

function buildHelp(documents: readonly ParsedDocument[], lexicon: Lexicon, english: boolean): Answer {
  const s = strings(english ? 'en' : 'zh');
  const listed = documents.slice(0, LISTED).map((d) => `- ${docLabel(d.facts)}`);
  const rest = documents.length - listed.length;
  const body = [s.help.intro, s.help.loaded(documents.length), ...listed, ...(rest > 0 ? [s.help.more(rest)] : []), s.help.kinds].join('\n');
  return answer('help', body, english, [], { suggestions: helpExamples(documents, lexicon, english) });
}

/**
 * The examples: one document's own, with an overview first; with several loaded, those of the first
 * few, each naming its body and year so that it is routed to it.
 */
function helpExamples(documents: readonly ParsedDocument[], lexicon: Lexicon, english: boolean): string[] {
  const s = strings(english ? 'en' : 'zh').ask;
  if (documents.length === 1) return [s.overview(english ? 'this budget' : '这份预算'), ...exampleQuestions(documents[0].facts, lexicon, english)];
  return documents.slice(0, EXAMPLE_DOCUMENTS).flatMap((d) => {
    const label = `${d.facts.identity.year ?? ''}年${d.facts.identity.department}`;
    const own = english ? [] : exampleQuestions(d.facts, lexicon, false).slice(0, EXAMPLES_EACH - 1).map((q) => `${label}${q}`);
    return [s.overview(label), ...own];
  });
}
