/** 名词解释: `term：definition` items, numbered or not, each possibly broken across lines. */
import type { GlossaryTerm } from '../schema/fact.js';
import { numberedItems, region } from './regions.js';
import type { SourceText } from './sourceText.js';

const START = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)])?(?:专业)?名词解释$/;
/** The glossary ends at the next heading that is not itself a `term：` item, or at a short title line. */
const END = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、)(?![^:：]{1,40}[:：])|^[^,，。:：;；]{4,20}(?:说明|情况|预算表)$/;

/** An unnumbered entry's start, zero-width so the entry keeps its term: a short term and its colon (基本支出：指…). */
const TERM_START = /^(?=[^:：,，。;；]{2,24}[:：])/;

/** An item of a budget class defined inside the class's entry, after a full stop: 。提租补贴（项）：指… */
const CLASS_ITEM_START = /(?<=。)\s*(?=[^:：,，。;；]{2,24}[（(][项款类][）)]\s*[:：])/;
/** The class level a term is marked with (提租补贴（项）), which is no part of its name. */
const CLASS_MARK_END = /\s*[（(][项款类][）)]$/;

export function parseGlossary(text: SourceText): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  const lines = region(text.lines, START, END);
  const numbered = numberedItems(lines);
  for (const item of numbered.length ? numbered : numberedItems(lines, TERM_START)) {
    // 九、住房保障支出（类）…：… 提租补贴（项）：…: a class's entry goes on to define its items, each its own term.
    for (const entry of item.text.split(CLASS_ITEM_START)) {
      const m = entry.match(/^([^:：]{1,24})[:：](.+)$/);
      if (m) terms.push({ term: m[1].trim().replace(CLASS_MARK_END, ''), definition: m[2].trim(), source: text.source(item.line) });
    }
  }
  return terms;
}
