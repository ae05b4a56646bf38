/** A 决算 line against its budget: 年初预算, 支出决算, the share completed and why they differ. */
import type { Frame } from '../intent/frame.js';
import type { ExecutionStatement, FactBase } from '../schema/fact.js';
import { answer, cite, num, wan, type Answer } from './answer.js';
import { partsOf, WHOLE_BUDGET } from './amounts.js';

/**
 * 年初预算 135.9 万元，支出决算 135.25 万元，完成年初预算的 99.52%，比年初预算少 0.65 万元: a line's actual
 * against its budget, the rate as stated (or worked out and shown so), and the gap people ask for (差多少).
 */
export function executionText(budgeted: number, actual: number, statedRate: number | undefined, en: boolean): string {
  const rate = statedRate !== undefined ? `${num(statedRate)}%` : budgeted ? `${((actual / budgeted) * 100).toFixed(2)}%（${num(actual)} ÷ ${num(budgeted)}）` : undefined;
  const gap = Number((actual - budgeted).toFixed(2));
  const gapText = gap === 0 ? '' : en ? `, ${wan(Math.abs(gap), true)} ${gap < 0 ? 'under' : 'over'} budget` : `，比年初预算${gap < 0 ? '少' : '多'} ${wan(Math.abs(gap))}`;
  return en
    ? `budget at the start of the year ${wan(budgeted, true)}, actual ${wan(actual, true)}${rate ? `, ${rate} of the budget` : ''}${gapText}.`
    : `年初预算 ${wan(budgeted)}，支出决算 ${wan(actual)}${rate ? `，完成年初预算的 ${rate}` : ''}${gapText}。`;
}

export function answerExecution(statement: ExecutionStatement, frame: Frame): Answer {
  const en = frame.english;
  const path = statement.path.join(' > ');
  const why = statement.reason ? (en ? ` Why: ${statement.reason}.` : `差异原因：${statement.reason}。`) : '';
  // 干嘛用的: what the line is for leads, where the statement says.
  const uses = statement.uses && frame.aspects.has('uses') ? (en ? ` mainly for ${statement.uses};` : `主要用于${statement.uses}；`) : '';
  const body = `${path}${en ? ':' : '：'}${uses}${en ? ' ' : ''}${executionText(statement.budgeted, statement.actual, statement.rate, en)}${why}`;
  return answer(frame.aspects.has('reason') ? 'reason' : 'execution', body, en, cite(statement.source, statement.reasonSource));
}

/** One 决算 line in a list: its name, its figures against budget and the reason stated. */
function executionRow(e: ExecutionStatement, en: boolean): string {
  return `- ${e.path.at(-1)}${en ? ': ' : '：'}${executionText(e.budgeted, e.actual, e.rate, en)}${e.reason ? (en ? ` Why: ${e.reason}.` : `原因：${e.reason}。`) : ''}`;
}

/** Lines listed at most under 哪些…超过了年初预算; the count says how many there are in all. */
const MAX_LISTED_LINES = 8;

/**
 * 哪些项目的决算数超过了年初预算 / 哪些没花完: the 决算's lines whose actual stands above (or below) their
 * budget, the furthest first, each with its figures and the reason stated.
 */
export function answerExecutionsBeyond(facts: FactBase, frame: Frame): Answer | undefined {
  const beyond = frame.cues.beyondBudget;
  if (!beyond) return undefined;
  const en = frame.english;
  // The whole (path of one: 一般公共预算财政拨款支出) is no line of it.
  const parts = facts.executions.filter((e) => e.path.length > 1);
  if (!parts.length) return undefined;
  const lines = parts.filter((e) => (beyond === 'over' ? e.actual > e.budgeted : e.actual < e.budgeted));
  const sorted = lines.sort((a, b) => Math.abs(b.actual - b.budgeted) - Math.abs(a.actual - a.budgeted));
  const shown = sorted.slice(0, MAX_LISTED_LINES);
  const rows = shown.map((e) => executionRow(e, en));
  const which = beyond === 'over' ? (en ? 'above' : '超过') : en ? 'below' : '低于';
  const head = en
    ? `${lines.length} of the ${parts.length} lines the disclosure explains were spent ${which} their budget at the start of the year${lines.length > shown.length ? ` (the ${shown.length} furthest from it shown)` : ''}:`
    : `披露说明的 ${parts.length} 项中，支出决算${which}年初预算的有 ${lines.length} 项${lines.length > shown.length ? `（列出相差最多的 ${shown.length} 项）` : ''}：`;
  const body = lines.length ? [head, ...rows].join('\n') : en ? `None of the lines the disclosure explains was spent ${which} its budget at the start of the year.` : `披露说明的各项中，没有支出决算${which}年初预算的。`;
  return answer('list', body, en, cite(...shown.map((e) => e.source)), { listed: shown.map((e) => e.path.at(-1)!) });
}

/** Lines named under a ranking's answer: the first, and the next few to compare it with. */
const RANKED_SHOWN = 3;

/**
 * 哪一项完成年初预算比例最低 / 决算数和年初预算数差距最大的是哪一项 / 比年初预算少得最多: the 决算's lines
 * ranked by their completion rate, or by their gap from budget on the side asked (either side where none is).
 */
export function answerExecutionsRanked(facts: FactBase, frame: Frame): Answer | undefined {
  // 哪个项目预算执行率最低: projects' self-evaluations rank their own rates, not these lines, unless the
  // lines' own 年初预算 is said (各个项目里哪一项决算数比年初预算少得最多).
  const selfEvaluated = facts.projectTables.filter((t) => t.executionRate !== undefined).length > 1;
  if (frame.operation !== 'rank' || frame.attribute !== 'execution' || (frame.cues.projects && selfEvaluated && !frame.cues.budgetAsked)) return undefined;
  const parts = facts.executions.filter((e) => e.path.length > 1 && e.budgeted > 0);
  if (parts.length < 2) return undefined;
  const en = frame.english;
  const byRate = frame.aspects.has('share');
  const side = frame.cues.gapSide;
  const gap = (e: ExecutionStatement) => (side === 'under' ? e.budgeted - e.actual : side === 'over' ? e.actual - e.budgeted : Math.abs(e.actual - e.budgeted));
  const rate = (e: ExecutionStatement) => e.rate ?? (e.actual / e.budgeted) * 100;
  // On the side asked, only lines on that side of their budget are ranked.
  const ranked = byRate || !side ? parts : parts.filter((e) => gap(e) > 0);
  if (!ranked.length) return undefined;
  const sorted = [...ranked].sort((a, b) => (frame.ascending ? 1 : -1) * (byRate ? rate(a) - rate(b) : gap(a) - gap(b)));
  const shown = sorted.slice(0, RANKED_SHOWN);
  const [first] = shown;
  const most = frame.ascending ? (en ? 'least' : '最少') : en ? 'most' : '最多';
  const what = byRate ? (en ? `${frame.ascending ? 'lowest' : 'highest'} share of its budget spent` : `完成年初预算比例${frame.ascending ? '最低' : '最高'}`) : en ? `${most} ${side === 'under' ? 'under' : side === 'over' ? 'over' : 'apart from'} its budget` : `支出决算${side === 'under' ? `比年初预算少得${most}` : side === 'over' ? `比年初预算多得${most}` : `与年初预算相差${most}`}`;
  const head = en ? `Of the ${parts.length} lines the disclosure explains, the one ${what} is ${first.path.at(-1)}:` : `披露说明的 ${parts.length} 项中，${what}的是${first.path.at(-1)}：`;
  const rows = shown.map((e) => executionRow(e, en));
  return answer('compare', [head, ...rows].join('\n'), en, cite(...shown.map((e) => e.source)), { focus: first.name });
}

/**
 * 三公经费的三项里，哪一项完成预算的比例最低: the parts of a whole the question names, ranked by the share of
 * their budget the disclosure states each completed; undefined where fewer than two parts state one.
 */
export function answerPartsRankedByExecution(facts: FactBase, frame: Frame): Answer | undefined {
  // The whole named first is the scope; the whole budget's lines are the 决算's own statements, ranked elsewhere.
  const whole = frame.concepts[0]?.concept;
  if (frame.operation !== 'rank' || frame.attribute !== 'execution' || !whole || WHOLE_BUDGET.includes(whole)) return undefined;
  // A part that spent nothing and states 0% had nothing to spend (07's 三公 parts): it ranks nothing.
  const parts = partsOf(whole).flatMap((concept) => facts.amounts.filter((a) => a.concept === concept && a.statedExecution !== undefined && !(a.statedExecution === 0 && a.value === 0)));
  if (parts.length < 2) return undefined;
  const en = frame.english;
  const sorted = [...parts].sort((a, b) => (frame.ascending ? 1 : -1) * (a.statedExecution! - b.statedExecution!));
  const name = (a: (typeof parts)[number]) => frame.lexicon.concepts[a.concept]?.name ?? a.label;
  const rows = sorted.map((a, k) => (en ? `${k + 1}. ${name(a)}: actual ${wan(a.value, true)}, ${num(a.statedExecution!)}% of its budget` : `${k + 1}. ${name(a)}：决算 ${wan(a.value)}，完成预算的 ${num(a.statedExecution!)}%`));
  // Parts tied at the top are named together.
  const first = sorted.filter((a) => a.statedExecution === sorted[0].statedExecution).map(name).join(en ? ' and ' : '、');
  const which = frame.ascending ? (en ? 'lowest' : '最低') : en ? 'highest' : '最高';
  const head = en
    ? `Of the ${parts.length} parts, the ${which} share of its budget spent is ${first}, ${num(sorted[0].statedExecution!)}% (as the disclosure states):`
    : `${parts.length} 项中，完成预算比例${which}的是${first}，完成预算的 ${num(sorted[0].statedExecution!)}%（披露所述）：`;
  return answer('compare', [head, ...rows].join('\n'), en, cite(...sorted.map((a) => a.source)), { focus: name(sorted[0]) });
}
