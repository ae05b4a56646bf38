/**
 * Indicators asked across every project's table with no project named: 哪个项目评审次数最多,
 * 哪个项目满意度目标定得最高, 哪些项目设了经济效益指标, 法律顾问每周现场办公几个小时.
 */
import type { Frame } from '../intent/frame.js';
import type { FactBase, IndicatorRow, ProjectTable } from '../schema/fact.js';
import { bigrams, mention } from '../search/entities.js';
import { answer, cite, type Answer } from './answer.js';
import { kindsAsked, rowText, unitFits } from './details.js';

/** Bigrams of an indicator's name the question must hold, and the share of the name they cover. */
const NAME_BIGRAMS = 2;
const NAME_COVERAGE = 0.5;
/** Projects named in a ranking's lead when several tie. */
const TIED_NAMED = 3;
/** Rows listed under a ranking or a list. */
const SHOWN = 8;

interface Hit {
  table: ProjectTable;
  row: IndicatorRow;
}

/** Rows named by their kind (满意度), their 二级 kind in full (经济效益指标), by most of their name, or by a word of it in the unit of their value. */
function rowsAsked(facts: FactBase, frame: Frame): Hit[] {
  const q = bigrams(frame.mentionText);
  const kinds = kindsAsked(frame);
  return facts.projectTables.flatMap((table) =>
    table.rows
      .filter((row) => {
        const kind = mention(q, row.level2);
        const name = mention(q, row.level3);
        const said = name.matched + mention(q, row.description).matched;
        const sameKind = kinds.some((k) => row.level3.includes(k));
        return sameKind || (kind.coverage === 1 && kind.matched >= NAME_BIGRAMS) || (name.matched >= NAME_BIGRAMS && name.coverage >= NAME_COVERAGE) || (name.matched >= 1 && said >= NAME_BIGRAMS && unitFits(frame, frame.mentionText, row));
      })
      .map((row) => ({ table, row })),
  );
}

/** `among`: the projects the question names, where it sets two or more against each other (A和B，哪个的…更多). */
export function answerIndicatorsAcrossProjects(facts: FactBase, frame: Frame, among?: string[]): Answer | undefined {
  const asked = rowsAsked(facts, frame).filter((h) => !among || among.includes(h.table.project));
  // 培训人员合格率 named in full: its rows, not those sharing a word of it (培训人数).
  // The longest named wins: 完成调查样本量 over the 调查样本量 inside it.
  const named = asked.filter((h) => frame.mentionText.includes(h.row.level3));
  const longest = Math.max(0, ...named.map((h) => h.row.level3.length));
  const hits = named.length ? named.filter((h) => h.row.level3.length === longest) : asked;
  if (!hits.length) return undefined;
  const en = frame.english;
  const line = (h: Hit) => `- ${h.table.project}：${h.row.level3} ${h.row.value.raw}`;
  if (frame.operation === 'rank' || frame.aspects.has('compare')) {
    const numeric = hits.filter((h) => h.row.value.number !== undefined).sort((a, b) => (frame.ascending ? 1 : -1) * (a.row.value.number! - b.row.value.number!));
    if (!numeric.length) return undefined;
    const top = numeric.filter((h) => h.row.value.number === numeric[0].row.value.number);
    const all = [...new Set(top.map((h) => h.table.project))];
    // Many tied (every ≥90% satisfaction target): a few named, and how many.
    const projects = all.length > TIED_NAMED ? [...all.slice(0, TIED_NAMED), en ? `${all.length - TIED_NAMED} more` : `等 ${all.length} 个项目`] : all;
    const word = frame.ascending ? (en ? 'lowest' : '最低') : en ? 'highest' : '最高';
    const body = en
      ? `${top[0].row.level3}: the ${word} target is ${top[0].row.value.raw}, set by ${projects.join(', ')}.\n${numeric.slice(0, SHOWN).map(line).join('\n')}`
      : `${top[0].row.level3}指标值${word}的是${projects.join('、').replace(/、等/, '等')}：${top[0].row.value.raw}。\n${numeric.slice(0, SHOWN).map(line).join('\n')}`;
    return answer('compare', body, en, cite(...numeric.slice(0, SHOWN).map((h) => h.row.source)), { focus: all[0], listed: [...new Set(numeric.slice(0, SHOWN).map((h) => h.table.project))] });
  }
  const tables = [...new Set(hits.map((h) => h.table))];
  if (tables.length === 1) return answer('indicator', hits.map((h) => rowText(h.table, h.row, en)).join('\n'), en, cite(...hits.map((h) => h.row.source)), { focus: tables[0].project, ...(hits.length === 1 ? { indicator: hits[0].row.level3 } : {}) });
  const body = en
    ? `${tables.length} projects have such indicators:\n${hits.slice(0, SHOWN).map(line).join('\n')}`
    : `有 ${tables.length} 个项目设有这类指标：\n${hits.slice(0, SHOWN).map(line).join('\n')}`;
  return answer('indicator', body, en, cite(...hits.slice(0, SHOWN).map((h) => h.row.source)));
}
