/**
 * Classified lines that the prose states with their code, as narrative-only disclosures do:
 * 2010301一般公共服务支出-政府办公厅(室)及相关机构事务-行政运行40,051,558.64元. The names before the
 * last dash are the line's ancestors; the last is its own name.
 */
import type { LineItem, RowClass } from '../schema/table.js';
import { parentCode } from './fromTables/lineItems.js';
import { toWan } from './fromTables/columns.js';
import type { SourceText } from './sourceText.js';
import { rowClass } from './tables/codes.js';
import { FUNCTIONAL_CLASS_NAMES } from './classNames.js';

/** A 类 named with its level instead of its code: 住房保障支出（类）445.69万元. */
const NAMED_CLASS = /([\u4e00-\u9fa5]{2,16}?)\(类\)(\d+(?:\.\d+)?)(亿元|万元|元)/g;

const CODED_LINE = /(?<![\d.])([235]\d{2}|[235]\d{4}|[235]\d{6})([\u4e00-\u9fa5()（）、]+(?:[-－—][\u4e00-\u9fa5()（）、]+)*)(\d+(?:\.\d+)?)(亿元|万元|元)/g;

/** `phase` is the document's: a 决算's prose states actuals. */
export function proseLineItems(text: SourceText, phase: LineItem['phase']): LineItem[] {
  const out: LineItem[] = [];
  // A line once, the first statement of it kept; the figure's place is where its digits start.
  const add = (own: RowClass | undefined, m: RegExpMatchArray, printed: string, unit: string) => {
    if (!own || out.some((i) => i.code === own.code && i.scheme === own.scheme)) return;
    const parent = parentCode(own.code);
    const statedUnit = unit as LineItem['statedUnit'];
    const at = (m.index ?? 0) + m[0].length - printed.length - unit.length;
    out.push({ ...own, ...(parent ? { parent } : {}), value: toWan(Number(printed), statedUnit), printed, statedUnit, phase, breakdown: [], source: text.sourceAt(at) });
  };
  for (const m of text.stream.matchAll(CODED_LINE)) {
    const [, code, names, printed, unit] = m;
    add(rowClass(code, names.split(/[-－—]/).at(-1) ?? ''), m, printed, unit);
  }
  for (const m of text.stream.matchAll(NAMED_CLASS)) {
    const [, said, printed, unit] = m;
    // The standard name, said with or without its 支出 (住房保障（类）), after whatever words lead to it (其中).
    const name = [...said].map((_, at) => said.slice(at)).flatMap((n) => [n, `${n}支出`]).find((n) => FUNCTIONAL_CLASS_NAMES.has(n));
    const code = name && FUNCTIONAL_CLASS_NAMES.get(name);
    add(code && name ? rowClass(code, name) : undefined, m, printed, unit);
  }
  return out;
}
