/**
 * 人员经费加日常公用经费等于基本支出吗: the figures named, added, against the whole named. Each is
 * resolved from its own words as a share's part and whole are; the sum is shown, so the reader sees
 * the arithmetic, and a difference is said as a difference, never smoothed over.
 */
import type { Frame } from '../intent/frame.js';
import type { Lexicon } from '../intent/lexicon.js';
import { answer, cite, num, type Answer } from '../answer/answer.js';
import { changeOf, conceptName, findAmount, partsOf, wholeOf } from '../answer/amounts.js';
import type { Amount, FactBase } from '../schema/fact.js';
import type { ConceptKey } from '../schema/concept.js';
import { figureNamed } from './shareOf.js';
import type { NamedFigure } from '../answer/share.js';
import { fundingQualifier } from './resolve.js';
import { readingScore } from '../resolve/resolver.js';
import type { LoadedDocument } from './engine.js';

/** A figure in 万元 as the reader sees it: to the 元 (two decimals), whatever the table's own unit. */
const shown = (value: number) => num(Number(value.toFixed(2)));

/** Differences below this (万元) are rounding in the printed figures, not a gap. */
const ROUNDING = 0.005;

export function answerSumCheck(doc: LoadedDocument, frame: Frame, lexicon: Lexicon): Answer | undefined {
  if (!frame.sumOf) return undefined;
  // 社保就业和卫生健康的财政拨款加起来: each line's fiscal-appropriation figure, where its table states one.
  const named = figuresNamed(doc, frame.sumOf.parts, lexicon, frame.cues.fiscal);
  if (!named) return frame.sumOf.whole ? undefined : wholeOfUnstatedParts(doc.facts, frame.sumOf.parts, lexicon, frame);
  const sum = Number(named.reduce((total, p) => total + p.value, 0).toFixed(6));
  const terms = named.map((p) => `${p.name} ${shown(p.value)}`).join(' + ');
  if (!frame.sumOf.whole) {
    const whole = wholeMadeOf(doc.facts, frame.sumOf.parts, lexicon, frame.english);
    // 买东西和买服务一共: parts that make a stated whole (工程 0) add up to it, which is said as the disclosure prints it.
    const stated = whole && Math.abs(whole.value - sum) < PRINTED_ROUNDING ? (frame.english ? `, which is ${whole.label} as stated: ${shown(whole.value)} 万元` : `，即${whole.label}，披露所列为 ${shown(whole.value)} 万元`) : '';
    return answer('computed', `${terms} = ${shown(sum)} 万元${stated}${frame.english ? '.' : '。'}`, frame.english, cite(...named.map((p) => p.source), ...(stated ? [whole!.source] : [])));
  }
  const whole = figureNamed(doc, frame.sumOf.whole, lexicon);
  if (!whole || named.some((p) => p.name === whole.name)) return undefined;
  if (frame.sumOf.share) {
    if (whole.value <= 0) return undefined;
    const rate = ((sum / whole.value) * 100).toFixed(2);
    const body = frame.english
      ? `${terms} = ${shown(sum)} 万元, ${rate}% of ${whole.name} (${shown(sum)} ÷ ${shown(whole.value)}).`
      : `${terms} = ${shown(sum)} 万元，占${whole.name}的 ${rate}%（${shown(sum)} ÷ ${shown(whole.value)}）。`;
    return answer('computed', body, frame.english, cite(...named.map((p) => p.source), whole.source));
  }
  const gap = Number((whole.value - sum).toFixed(6));
  const same = Math.abs(gap) < ROUNDING;
  const body = frame.english
    ? `${same ? 'Yes' : 'No'}: ${terms} = ${shown(sum)} 万元; ${whole.name} is ${shown(whole.value)} 万元${same ? '.' : `, ${shown(Math.abs(gap))} 万元 ${gap > 0 ? 'more' : 'less'}.`}`
    : `${same ? '是的' : '不相等'}：${terms} = ${shown(sum)} 万元；${whole.name}为 ${shown(whole.value)} 万元${same ? '，两者相等。' : `，相差 ${shown(Math.abs(gap))} 万元。`}`;
  return answer('check', body, frame.english, cite(...named.map((p) => p.source), whole.source));
}

/** Parts printed to two decimals each may add up to their stated whole ± this much (万元). */
const PRINTED_ROUNDING = 0.05;

/** The concepts some words name, where each is a part of one whole (货物, 服务 of 政府采购), with that whole. */
function partsOfOneWhole(parts: string[], lexicon: Lexicon, english: boolean): { concepts: ConceptKey[]; whole: ConceptKey } | undefined {
  const concepts = parts.map((words) => lexicon.findConcepts(words, english)[0]?.concept);
  const whole = concepts[0] && wholeOf(concepts[0]);
  if (!whole || concepts.some((c) => !c || wholeOf(c) !== whole)) return undefined;
  return { concepts: concepts as ConceptKey[], whole };
}

/** The stated whole that the concepts named are all the non-zero parts of (货物 + 服务 of 政府采购 where 工程 is 0), if any. */
function wholeMadeOf(facts: FactBase, parts: string[], lexicon: Lexicon, english: boolean): Amount | undefined {
  const one = partsOfOneWhole(parts, lexicon, english);
  if (!one) return undefined;
  const rest = partsOf(one.whole).filter((c) => !one.concepts.includes(c));
  return rest.every((c) => !findAmount(facts, c)?.value) ? findAmount(facts, one.whole) : undefined;
}

/**
 * 买东西和买服务一共: parts of one whole (货物, 服务 of 政府采购) the disclosure does not state apart, asked
 * added: the whole is what it states, said to be the whole and not split.
 */
function wholeOfUnstatedParts(facts: FactBase, parts: string[], lexicon: Lexicon, frame: Frame): Answer | undefined {
  const one = partsOfOneWhole(parts, lexicon, frame.english);
  if (!one || one.concepts.some((c) => findAmount(facts, c))) return undefined;
  const { concepts, whole } = one;
  const total = findAmount(facts, whole);
  if (!total) return undefined;
  const names = concepts.map((c) => conceptName(c, frame));
  const name = conceptName(whole, frame);
  const body = frame.english
    ? `${name} in all: ${shown(total.value)} 万元. The disclosure does not split it into ${names.join(' and ')}; this is the whole they are part of.`
    : `${name}合计：${shown(total.value)} 万元。披露没有分别列出${names.join('和')}，这是它们所在的全部${name}。`;
  return answer('amount', body, frame.english, cite(total.source));
}

/** The figures several words name, each a different one; undefined where any names none, or two name the same. */
function figuresNamed(doc: LoadedDocument, parts: string[], lexicon: Lexicon, fiscal = false): NamedFigure[] | undefined {
  const figures = parts.map((words) => figureNamed(doc, words, lexicon, fiscal));
  if (figures.some((f) => !f) || new Set(figures.map((f) => f!.name)).size < figures.length) return undefined;
  return figures as NamedFigure[];
}

/** The figure some words name, or the figures several name added up (接待费 + 公务用车费), named by their names joined. */
function figureAdded(doc: LoadedDocument, parts: string[], lexicon: Lexicon): NamedFigure | undefined {
  const figures = figuresNamed(doc, parts, lexicon);
  if (!figures || figures.length === 1) return figures?.[0];
  const value = Number(figures.reduce((sum, f) => sum + f.value, 0).toFixed(6));
  return { name: figures.map((f) => `${f.name}（${shown(f.value)}）`).join('与') + '合计', value, source: figures[0].source, sources: figures.map((f) => f.source) };
}

/** A和B相差多少: both figures, which is more, and by how much. */
export function answerDifference(doc: LoadedDocument, frame: Frame, lexicon: Lexicon): Answer | undefined {
  if (!frame.differenceOf) return undefined;
  // 行政服务局本级的采购比政务服务中心多多少: what the first is said of (的采购) is said of the second too.
  const [first, second] = frame.differenceOf;
  const tail = first.includes('的') ? first.slice(first.lastIndexOf('的')) : '';
  const [firstParts, secondParts] = frame.differenceParts ?? [[first], [second]];
  // 基本支出里奖金: a side that, said inside its whole, names only the whole is named by its own words (奖金).
  const scope = frame.differenceScope;
  const scoped = scope ? figureNamed(doc, scope, lexicon) : undefined;
  const sideFigure = (parts: string[]) => {
    const figure = figureAdded(doc, parts, lexicon);
    return scope && (!figure || figure.name === scoped?.name) ? (figureAdded(doc, parts.map((p) => p.replace(scope, '')), lexicon) ?? figure) : figure;
  };
  // Of the ways to split the sides (at each 和 / 与), the one whose sides hold whole the names they read as.
  const asSplit = { a: sideFigure(firstParts), b: sideFigure(secondParts) ?? (tail ? figureNamed(doc, `${second}${tail}`, lexicon) : undefined), sides: [first, second] };
  const splits = [asSplit, ...(frame.differenceSplits ?? []).map(([x, y]) => ({ a: sideFigure([x]), b: sideFigure([y]), sides: [x, y] }))];
  const whole = (s: (typeof splits)[number]) => (s.a && s.sides[0].includes(s.a.name) ? 1 : 0) + (s.b && s.sides[1].includes(s.b.name) ? 1 : 0);
  // 服务器和台式计算机的单价相差多少: the unit prices of the two purchases, not their amounts.
  const priced = frame.attribute === 'unitPrice' ? [first, second].map((side) => unitPriceNamed(doc, scope ? side.replace(scope, '') : side)) : [];
  const { a, b } = priced.length && priced[0] && priced[1] ? { a: priced[0], b: priced[1] } : splits.reduce((best, s) => (s.a && s.b && whole(s) > whole(best) ? s : best));
  if (!a || !b || a.name === b.name) return undefined;
  const [more, less] = a.value >= b.value ? [a, b] : [b, a];
  const gap = Number((more.value - less.value).toFixed(6));
  // 项目支出是不是比基本支出还多: the supposition said true or not before the figures.
  const equal = gap < ROUNDING;
  const holds = frame.supposed === 'equal' ? equal : frame.supposed && !equal ? (frame.supposed === 'more') === (a.value > b.value) : undefined;
  const [yes, no] = frame.english ? ['Yes. ', 'No. '] : frame.supposed === 'equal' ? ['一致。', '不一致。'] : ['是的。', '不是。'];
  const verdict = holds === undefined ? '' : holds ? yes : no;
  const body = frame.english
    ? `${verdict}${a.name} ${shown(a.value)} 万元, ${b.name} ${shown(b.value)} 万元: ${equal ? 'the two are equal' : `${more.name} is ${shown(gap)} 万元 more`}.`
    : `${verdict}${a.name} ${shown(a.value)} 万元，${b.name} ${shown(b.value)} 万元：${equal ? '两者相等' : `${more.name}多 ${shown(gap)} 万元（${shown(more.value)} − ${shown(less.value)}）`}。`;
  return answer('computed', body, frame.english, cite(...(a.sources ?? [a.source]), ...(b.sources ?? [b.source])));
}

/** 人员经费是日常公用经费的多少倍: the first figure divided by the second, both shown. */
export function answerRatio(doc: LoadedDocument, frame: Frame, lexicon: Lexicon): Answer | undefined {
  if (!frame.ratioOf) return undefined;
  const [a, b] = frame.ratioOf.map((words) => figureNamed(doc, words, lexicon));
  if (!a || !b || a.name === b.name || b.value <= 0) return undefined;
  const times = (a.value / b.value).toFixed(2);
  const body = frame.english
    ? `${a.name} is ${times} times ${b.name}: ${shown(a.value)} ÷ ${shown(b.value)} (万元).`
    : `${a.name}是${b.name}的 ${times} 倍：${shown(a.value)} ÷ ${shown(b.value)}（万元）。`;
  return answer('computed', body, frame.english, cite(a.source, b.source));
}

/** The unit price of the one purchase some words name (台式计算机的单价), where its row states one. */
function unitPriceNamed(doc: LoadedDocument, words: string): NamedFigure | undefined {
  const [best, next] = doc.resolver.readings(words.replace(/的?单价$/, ''), undefined, ['procItem']);
  if (!best || best.entity.kind !== 'procItem' || (next && readingScore(next) >= readingScore(best))) return undefined;
  const { item } = best.entity;
  return item.unitPrice === undefined ? undefined : { name: `${item.item}单价`, value: item.unitPrice, source: item.source };
}

/** A change as a signed number: 增加 up, 减少 down, 持平 nought; undefined where no amount is printed. */
function signedChange(a: Amount | undefined): number | undefined {
  const c = a?.change;
  if (!c) return undefined;
  if (c.direction === '持平') return 0;
  if (c.amount === undefined) return undefined;
  return c.direction === '增加' ? c.amount : -c.amount;
}

/** The total whose change a question sets against its parts': the whole of the parts it names, else the total it names. */
function splitWhole(frame: Frame): ConceptKey | undefined {
  // 财政拨款三公经费: the source of funds said with a total only qualifies it.
  const qualifier = fundingQualifier(frame.concepts);
  const named = [...new Set(frame.concepts.filter((c) => c !== qualifier).map((c) => c.concept))];
  const ofParts = [...new Set(named.map((c) => wholeOf(c)).filter((w): w is ConceptKey => !!w))];
  if (ofParts.length === 1) return ofParts[0];
  // 总增加额 is set against parts the question names; 主要是哪项增加的 may name the total alone.
  if (ofParts.length || frame.cues.changeSplit !== 'whichPart') return undefined;
  // 总预算增加的主要是哪部分: the budget's total is broken down by its spending.
  const totals = [...new Set(named.map((c) => (c === 'budget.total' ? 'expense.total' : c)).filter((c) => partsOf(c).length))];
  return totals.length === 1 ? totals[0] : undefined;
}

/**
 * 基本支出增量和项目支出减量相抵，是否等于总增加额 / 总数却只多346万，差的那部分去哪了: a total's change
 * laid out as its parts' stated changes, added up and set against the change stated for the total.
 * Only where every part the disclosure gives states its change, so that no part is silently left out.
 * `talkedAbout`: the conversation's concept, which 是哪块减的 said after it breaks down.
 */
export function answerChangeParts(facts: FactBase, frame: Frame, talkedAbout?: ConceptKey): { answer: Answer; whole: ConceptKey } | undefined {
  if (!frame.cues.changeSplit) return undefined;
  const whole = splitWhole(frame) ?? (!frame.concepts.length && talkedAbout && partsOf(talkedAbout).length ? talkedAbout : undefined);
  if (!whole) return undefined;
  const parts = partsOf(whole).map((c) => findAmount(facts, c)).filter((a): a is Amount => !!a);
  const changes = parts.map(signedChange);
  if (parts.length < 2 || changes.some((c) => c === undefined)) return undefined;
  const sum = Number((changes as number[]).reduce((total, c) => total + c, 0).toFixed(6));
  const wholeAmount = findAmount(facts, whole);
  const stated = wholeAmount ? signedChange({ ...wholeAmount, change: changeOf(facts, wholeAmount) }) : undefined;
  const en = frame.english;
  const wholeName = conceptName(whole, frame);
  const said = (value: number) => (en ? `${value >= 0 ? 'up' : 'down'} ${shown(Math.abs(value))} 万元` : `${value >= 0 ? '增加' : '减少'} ${shown(Math.abs(value))} 万元`);
  const lines = parts.map((p, i) => {
    const reason = p.change?.reason ? (en ? ` (reason: ${p.change.reason})` : `（原因：${p.change.reason}）`) : '';
    return `- ${p.label}${en ? ' ' : ''}${changes[i] === 0 ? (en ? 'unchanged' : '与上年持平') : said(changes[i]!)}${reason}`;
  });
  const signed = (c: number) => (c < 0 ? `−${shown(-c)}` : shown(c));
  const arithmetic = (changes as number[]).map((c, i) => (i === 0 ? signed(c) : c < 0 ? ` − ${shown(-c)}` : ` + ${shown(c)}`)).join('');
  const gap = stated === undefined ? undefined : Number((stated - sum).toFixed(6));
  const same = gap !== undefined && Math.abs(gap) < ROUNDING;
  const verdict = gap === undefined || !frame.cues.yesNo ? '' : en ? (same ? 'Yes. ' : 'No. ') : same ? '是的。' : '不相等。';
  const head = stated === undefined
    ? en ? `The disclosure states no change for ${wholeName} as a whole; its parts changed as follows:` : `披露没有单独给出${wholeName}的变化，各组成部分的变化如下：`
    : en ? `${verdict}${wholeName} is ${said(stated)} on last year, made up of its parts' changes:` : `${verdict}${wholeName}比上年${said(stated)}，由各组成部分的变化构成：`;
  const tail = en
    ? `${arithmetic} = ${signed(sum)} 万元${gap === undefined ? '.' : same ? ', which matches the total.' : `, ${shown(Math.abs(gap))} 万元 off the total's stated change.`}`
    : `${arithmetic} = ${signed(sum)} 万元${gap === undefined ? '。' : same ? '，与总数相符。' : `，与总数相差 ${shown(Math.abs(gap))} 万元。`}`;
  const body = [head, ...lines, tail].join('\n');
  return { answer: answer(frame.cues.yesNo ? 'check' : 'change', body, en, cite(wholeAmount?.change?.source, ...parts.map((p) => p.change?.source))), whole };
}

/** A figure as its table prints it: to the 分 where the table is in 元 (804395.02 元), else in 万元 to two decimals. */
function printed(value: number, unit: '万元' | '元'): string {
  return unit === '元' ? `${num(Number((value * 10000).toFixed(2)))} 元` : `${shown(value)} 万元`;
}

/**
 * 三公经费合计数和各分项加起来一致吗: a whole's own parts, added, against the whole, in the unit the disclosure
 * prints them in, so that a gap of 0.18 元 in a table in 元 is said, not rounded away.
 */
export function answerPartsAddUp(facts: FactBase, concept: ConceptKey, frame: Frame): Answer | undefined {
  const whole = findAmount(facts, concept);
  const parts = partsOf(concept).map((c) => findAmount(facts, c)).filter((a): a is Amount => !!a);
  if (!whole || parts.length < 2) return undefined;
  const unit = [whole, ...parts].every((a) => a.statedUnit === '元') ? '元' : '万元';
  const sum = Number(parts.reduce((total, p) => total + p.value, 0).toFixed(8));
  const gap = Number((whole.value - sum).toFixed(8));
  const same = Math.abs(gap) < (unit === '元' ? YUAN_ROUNDING : ROUNDING);
  const en = frame.english;
  const terms = parts.map((p) => `${conceptName(p.concept, frame)} ${printed(p.value, unit)}`).join(' + ');
  const name = conceptName(concept, frame);
  const body = en
    ? `${same ? 'Yes' : 'No'}: ${terms} = ${printed(sum, unit)}; ${name} is ${printed(whole.value, unit)}${same ? '.' : `, ${printed(Math.abs(gap), unit)} ${gap > 0 ? 'more' : 'less'} (as printed).`}`
    : `${same ? '一致' : '不一致'}：${terms} = ${printed(sum, unit)}；${name}为 ${printed(whole.value, unit)}${same ? '，两者相等。' : `，相差 ${printed(Math.abs(gap), unit)}（披露原文如此）。`}`;
  return answer('check', body, en, cite(whole.source, ...parts.map((p) => p.source)));
}

/** Differences below this (万元: half a 分) are rounding in figures printed in 元 to the 分. */
const YUAN_ROUNDING = 0.0000005;
