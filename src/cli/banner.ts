/** The start-up banner of the terminal chat. */
import type { ParsedDocument } from '../parse/document.js';

/** The banner: what is loaded, how much, and what the checks found. */
export function banner(documents: ParsedDocument[]): string {
  const lines = documents.map((d) => {
    const f = d.facts;
    const failed = d.checks.filter((c) => !c.ok);
    const counts = `${f.amounts.length} 项金额, ${f.tables.length} 张公开表, ${f.lineItems.length} 个分类科目, ${f.projectTables.length} 张绩效目标表, ${f.procurement.items.length} 条采购明细, ${f.glossary.length} 个名词`;
    const warnings = failed.length ? `\n  ⚠ ${failed.map((c) => `${c.name}: ${c.detail}`).join('\n  ⚠ ')}` : '';
    return `• ${f.identity.department} ${f.identity.year ?? '?'}年${f.identity.kind}（${f.identity.file}）：${counts}；一致性检查 ${d.checks.length - failed.length}/${d.checks.length} 通过${warnings}`;
  });
  return `budget-bot — 已载入 ${documents.length} 份披露\n${lines.join('\n')}\n输入问题，例如「三公经费多少」「项目支出占比」；Ctrl-D 退出。\n`;
}
