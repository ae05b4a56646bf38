/**
 * Projects the prose lists with their funds, as narrative-only disclosures do under 重点项目:
 * （一）12345热线工作经费，年初预算16,790,000.00元，绩效目标：…  Each becomes a project with its funds and
 * goal (and no indicator rows), so a question about the project's money finds it.
 */
import type { ProjectTable } from '../schema/fact.js';
import { toWan } from './fromTables/columns.js';
import type { SourceText } from './sourceText.js';

const LISTED_PROJECT = /[（(][一二三四五六七八九十\d]{1,3}[）)]([^，,。；;（(：:]{2,30}?)[，,](?:年初)?预算(?:安排|资金|金额)?(?:为)?(\d+(?:\.\d+)?)(万元|元)(?:[，,;；]?绩效目标[:：]([^。；;]{2,300}))?/g;

/**
 * A project described under headings of its own (重点支出和重大投资项目): 项目名称:北京市第四次全国农业普查
 * 政策依据:… 绩效目标:… 预算安排:7000万元.
 */
const NAMED_PROJECT = /项目名称[:：]([^，,。；;:：\s]{2,40}?)(?=政策依据|立项依据|绩效目标|项目概况|实施|预算安排|主要内容)/g;
const BLOCK_BUDGET = /预算安排[:：]?(\d+(?:\.\d+)?)(万元|元)/;
const BLOCK_GOAL = /绩效目标[:：]([^。]{2,300})/;
/** Characters of a listed project's goal, at most: it runs on past its first sentence to the next project listed. */
const GOAL_SPAN = 1000;
/** Where the next listed project or heading starts: （三）, 3、, 四、. */
const NEXT_ITEM = /[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]+、/;

/** A listed project's goal, whole: its first clause and the sentences after it, up to the next item listed. */
function wholeGoal(stream: string, at: number, first: string): string {
  const rest = stream.slice(at, at + GOAL_SPAN);
  const end = rest.search(NEXT_ITEM);
  const run = end > 0 ? rest.slice(0, end) : rest;
  const lastStop = run.lastIndexOf('。');
  return lastStop > first.length ? run.slice(0, lastStop + 1) : first;
}

/** Characters of a named project's block, at most: its budget is stated within a page or so. */
const BLOCK_SPAN = 1500;

/** `before`: the project tables already read, whose numbering these continue. */
export function proseProjects(text: SourceText, before: ProjectTable[]): ProjectTable[] {
  const out: ProjectTable[] = [];
  // A project once, the first statement of it kept; `fundsAt` and `goalAt` are where the figure and goal stand.
  const add = (project: string, figure: string, unit: string, fundsAt: number, goal: string | undefined, goalAt: number) => {
    if (before.some((t) => t.project === project) || out.some((t) => t.project === project)) return;
    out.push({
      index: before.length + out.length + 1,
      project,
      goal: goal ?? '',
      rows: [],
      funds: toWan(Number(figure), unit === '元' ? '元' : '万元'),
      source: text.sourceAt(fundsAt),
      ...(goal ? { goalSource: text.sourceAt(goalAt) } : {}),
    });
  };
  for (const m of text.stream.matchAll(LISTED_PROJECT)) {
    const [whole, project, figure, unit, goal] = m;
    const at = m.index ?? 0;
    const goalAt = goal ? at + whole.indexOf(goal) : 0;
    add(project, figure, unit, at + whole.indexOf(figure), goal && wholeGoal(text.stream, goalAt, goal), goalAt);
  }
  for (const m of text.stream.matchAll(NAMED_PROJECT)) {
    const at = (m.index ?? 0) + m[0].length;
    // The block runs to the next project named, within which its budget and goal are stated.
    const next = text.stream.indexOf('项目名称', at);
    const block = text.stream.slice(at, Math.min(next < 0 ? Infinity : next, at + BLOCK_SPAN));
    const budget = block.match(BLOCK_BUDGET);
    const goal = block.match(BLOCK_GOAL)?.[1];
    if (budget) add(m[1], budget[1], budget[2], at + (budget.index ?? 0) + budget[0].indexOf(budget[1]), goal, goal ? at + block.indexOf(goal) : 0);
  }
  return out;
}
