/** What a spending concept is made of: its named parts and its economic classes. */
import { partsOf } from '../answer/amounts.js';
import type { Frame } from '../intent/frame.js';
import type { ConceptKey } from '../schema/concept.js';
import { bigrams } from '../search/entities.js';

/**
 * The economic classes (部门支出经济分类) a spending concept is made of, in every disclosure:
 * 人员经费 is 301 工资福利支出 and 303 对个人和家庭的补助, 公用经费 is 302 商品和服务支出.
 */
export const ECONOMIC_CLASSES: Partial<Record<ConceptKey, string[]>> = {
  'expense.personnel': ['301', '303'],
  'expense.public': ['302'],
  'expense.basic': ['301', '302', '303'],
};

/**
 * The parts of a concept a question names by a word only that part's name has: 服务 of 服务采购 among
 * 货物采购, 工程采购 and 服务采购. The words are the question's own, with the asking words taken out.
 */
export function namedParts(frame: Frame, whole: ConceptKey): ConceptKey[] {
  const parts = partsOf(whole);
  const words = (c: ConceptKey) => frame.lexicon.wordsOf(c).join('|');
  // A word of the whole's own name (经费 of 三公经费) names no one part of it.
  const own = words(whole);
  const grams = [...bigrams(frame.subjectText)].filter((g) => !g.includes('|') && !own.includes(g));
  return parts.filter((p) => grams.some((g) => words(p).includes(g) && parts.filter((o) => words(o).includes(g)).length === 1));
}
