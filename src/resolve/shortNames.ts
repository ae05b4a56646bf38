/**
 * Short names people use for a disclosure's named things, derived from the names themselves: the
 * name without its numbering and generic ending (档案扫描服务费 → 档案扫描), so that no alias list
 * ever names one document's rows.
 */

/** Numbering and codes before a name: 6949-, 3、, (二), 22、. */
const NUMBERING = /^(?:[\d０-９]+[-、.．]\s*|[(（][一二三四五六七八九十\d]+[)）]\s*|[一二三四五六七八九十]+、\s*)/;
/** Endings that say what kind of thing a name is, not which: 服务费, 工作经费, 项目, 专项资金… */
export const GENERIC_ENDING = /(?:工作经费|专项经费|专项资金|项目经费|服务费|经费|费用|资金|专项|项目|支出|补助|购置|购买|采购|费)$/;
/** A short name must keep this many characters to still say which thing it is. */
const MIN_SHORT = 3;

/** The name without numbering and generic endings (repeatedly: 评估服务项目经费 → 评估). */
export function coreName(name: string): string {
  let core = name.replace(NUMBERING, '').replace(/\s+/g, '');
  for (let shorter = core.replace(GENERIC_ENDING, ''); shorter !== core && shorter.length >= MIN_SHORT; shorter = core.replace(GENERIC_ENDING, '')) core = shorter;
  return core;
}

/** The forms a question may name a thing by: its name and, where it differs, its core. */
export function nameForms(name: string): string[] {
  const core = coreName(name);
  return core !== name ? [name, core] : [name];
}
