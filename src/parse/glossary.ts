/** 名词解释: numbered `term：definition` items, each possibly broken across lines. */
import type { GlossaryTerm } from '../schema/fact.js';
import { numberedItems, region } from './regions.js';
import type { SourceText } from './sourceText.js';

const START = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、)?名词解释$/;
/** The glossary ends at the next heading that is not itself a `term：` item, or at a short title line. */
const END = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]{1,3}、)(?![^:：]{1,16}[:：])|^[^,，。:：;；]{4,20}(?:说明|情况|预算表)$/;

export function parseGlossary(text: SourceText): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  for (const item of numberedItems(region(text.lines, START, END))) {
    const m = item.text.match(/^([^:：]{1,24})[:：](.+)$/);
    if (m) terms.push({ term: m[1].trim(), definition: m[2].trim(), source: text.source(item.line) });
  }
  return terms;
}
