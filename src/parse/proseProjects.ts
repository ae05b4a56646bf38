/**
 * Projects the prose lists with their funds, as narrative-only disclosures do under 重点项目:
 * （一）12345热线工作经费，年初预算16,790,000.00元，绩效目标：…  Each becomes a project with its funds and
 * goal (and no indicator rows), so a question about the project's money finds it.
 */
import type { ProjectTable } from '../schema/fact.js';
import { toWan } from './fromTables/columns.js';
import type { SourceText } from './sourceText.js';

const LISTED_PROJECT = /[（(][一二三四五六七八九十\d]{1,3}[）)]([^，,。；;（(：:]{2,30}?)[，,](?:年初)?预算(?:安排|资金|金额)?(?:为)?(\d+(?:\.\d+)?)(万元|元)(?:[，,;；]?绩效目标[:：]([^。；;]{2,300}))?/g;

/** `before`: the project tables already read, whose numbering these continue. */
export function proseProjects(text: SourceText, before: ProjectTable[]): ProjectTable[] {
  const out: ProjectTable[] = [];
  for (const m of text.stream.matchAll(LISTED_PROJECT)) {
    const [whole, project, figure, unit, goal] = m;
    if (before.some((t) => t.project === project) || out.some((t) => t.project === project)) continue;
    const at = m.index ?? 0;
    out.push({
      index: before.length + out.length + 1,
      project,
      goal: goal ?? '',
      rows: [],
      funds: toWan(Number(figure), unit === '元' ? '元' : '万元'),
      source: text.sourceAt(at + whole.indexOf(figure)),
      ...(goal ? { goalSource: text.sourceAt(at + whole.indexOf(goal)) } : {}),
    });
  }
  return out;
}
