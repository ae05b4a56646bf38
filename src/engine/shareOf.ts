/** 教育支出占财政拨款支出的比例: the part and the whole of a share, each resolved from its own words. */
import type { Frame } from '../intent/frame.js';
import { analyze } from '../intent/frame.js';
import type { Lexicon } from '../intent/lexicon.js';
import { saysTotalOf } from '../intent/rewording.js';
import type { Answer } from '../answer/answer.js';
import { findAmount } from '../answer/amounts.js';
import { answerShareOf, type NamedFigure } from '../answer/share.js';
import { fundingQualifier, pickConcept, pickEntity } from './resolve.js';
import { entityFigure } from './figures.js';
import type { LoadedDocument } from './engine.js';

export function answerShare(doc: LoadedDocument, frame: Frame, lexicon: Lexicon): Answer | undefined {
  if (!frame.shareOf) return undefined;
  // A share of the fiscal appropriation takes the part's fiscal-only figure, where a table states it; a whole
  // said with its fund (财政拨款基本支出) is that fund's own figure too.
  const fiscalWhole = /财政拨款|一般公共预算/.test(frame.shareOf.whole);
  const whole = figureNamed(doc, frame.shareOf.whole, lexicon, fiscalWhole);
  // 政务大厅运行经费里政府采购 / 采购里服务: the part as it stands within the whole (the project's own purchases,
  // 服务 of 采购 read as 服务采购), where it does.
  const { part: partWords, whole: wholeWords } = frame.shareOf;
  // 收入里财政拨款占多少: a part of income is an income (财政拨款收入), not the spending of the same name.
  const ofIncome = whole?.concept?.startsWith('income.') && !partWords.endsWith('收入') ? [`${partWords}收入`] : [];
  const within = frame.shareOf.within ? [...ofIncome, `${wholeWords}的${partWords}`, `${partWords}${wholeWords}`] : [];
  const inWhole = within.map((words) => figureNamed(doc, words, lexicon, fiscalWhole)).find((f) => f && whole && f.name !== whole.name);
  const part = inWhole ?? figureNamed(doc, partWords, lexicon, fiscalWhole);
  return part && whole && part.name !== whole.name ? answerShareOf(part, whole, frame, frame.shareOf.whole) : undefined;
}

/** A fund said before the figure it qualifies: 一般公共预算财政拨款基本支出, 财政拨款基本支出. */
const FUND_SAID = /^(?:一般公共预算)?(?:财政拨款)?(?=基本支出|项目支出|人员经费|公用经费|日常公用经费)/;

/** The figure some words name: a classified line named more fully than any concept, else the concept. */
export function figureNamed(doc: LoadedDocument, words: string, lexicon: Lexicon, fiscal = false): NamedFigure | undefined {
  // 财政拨款基本支出: the fund said before a figure only says which of its figures, where the fund's own is
  // asked; the rest names the figure (基本支出), where it names one.
  const rest = fiscal ? words.replace(FUND_SAID, '') : words;
  const ofRest = rest !== words && rest.length >= 2 ? analyze(rest, lexicon) : undefined;
  const frame = ofRest?.concepts.length ? ofRest : analyze(words, lexicon);
  const qualifier = fiscal ? fundingQualifier(frame.concepts) : undefined;
  const concept = pickConcept(frame.concepts.filter((c) => c !== qualifier));
  // 支出总表项目支出合计: a figure named with its total word (项目支出合计) is that figure, not another total
  // whose name shares the total word (本年支出合计).
  const totalled = concept && saysTotalOf(frame, concept.term);
  const read = pickEntity(frame, doc, concept);
  const entity = totalled && read?.entity.kind === 'statedAmount' && !read.entity.name.includes(concept.term) ? undefined : read;
  if (entity?.entity.kind === 'lineItem') {
    const { item } = entity.entity;
    const figure = (fiscal && item.fiscal) || item;
    return { name: fiscal && item.fiscal ? `${item.name}（财政拨款）` : item.name, value: figure.value, source: figure.source };
  }
  // A thing named in full carries the figure even where a count concept shares its word (车辆: 3 辆, 46.93 万元).
  const full = entity ?? doc.resolver.readings(frame.text).find((r) => r.coverage === 1);
  // A project named without purchasing words is its money (its table's funds, else the 项目预算资金 its purchases
  // are listed with), not what is bought under it.
  const project = full?.entity.kind === 'procProject' && !frame.cues.procurement ? full.entity : undefined;
  const table = project && doc.entities.find((e) => e.kind === 'table' && e.name === project.name && e.table.funds !== undefined);
  const stated = project && !table ? project.items[0].projectFunds : undefined;
  const funds = project && stated !== undefined && stated > 0 ? { name: project.name, value: stated, source: project.items[0].source } : undefined;
  const named = funds ?? (full && entityFigure(table || full.entity));
  // A purchasing project named as a line is (日常公用经费) stands for its purchases only: the line's own figure comes first.
  const namedAsLine = concept && full?.entity.kind === 'procProject' && lexicon.findConcepts(full.entity.name, false).some((c) => c.term === full.entity.name);
  const line = namedAsLine ? findAmount(doc.facts, concept.concept) : undefined;
  if (named && !line) return named;
  const amount = line ?? (concept && !entity ? findAmount(doc.facts, concept.concept) : undefined);
  // 一般公共预算基本支出: the fund's own figure, where a table of that fund states one apart from all funds'.
  if (amount && fiscal && amount.fiscal) return { name: `${amount.label}（${amount.fiscal.fund}）`, value: amount.fiscal.value, source: amount.fiscal.source, concept: amount.concept };
  return amount && { name: amount.label, value: amount.value, source: amount.source, concept: amount.concept, ...(amount.statedShare ? { statedShare: amount.statedShare } : {}) };
}
