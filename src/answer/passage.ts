/**
 * A question that asks for words, not a figure (部门制定了哪些工作制度, 固定资产管理依据哪些文件), answered
 * with the disclosure's own sentence: the narrative line the search index ranks first, widened to the
 * whole sentence it stands in. Figures never come this way; they come from typed facts.
 */
import type { Frame } from '../intent/frame.js';
import type { SourceText } from '../parse/sourceText.js';
import { compact } from '../parse/sourceText.js';
import type { LineHit } from '../search/lineIndex.js';
import { answer, cite, type Answer } from './answer.js';
import { strings } from './strings/index.js';

/** Query terms the line must share with the question before its sentence is an answer. */
const PASSAGE_MIN_TERMS = 3;
/** A listing line: this many items, and this many of the question's terms. */
const LIST_MIN_ITEMS = 3;
const LIST_MIN_TERMS = 2;
/** Lines a sentence may run over before or after the line found. */
const SENTENCE_REACH = 3;
/** Characters of the sentence shown; the source line has the rest. */
const PASSAGE_MAX_CHARS = 220;

/** Aspects that ask for a figure, which a sentence must not stand in for. */
const FIGURE_ASPECTS = ['share', 'change', 'growthRate', 'unitPrice', 'quantity', 'count', 'execution', 'score', 'compare'] as const;

/** A table row, not prose: cells parted by tabs or by wide gaps. */
const TABLE_ROW = /\t|\S {3,}\S/;
/** Numbering that opens a heading or an item: 三、 (一) 1、 2. */
const NUMBERED = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])/;
/** A numbered line this short is a heading, not the start of a sentence's item. */
const HEADING_MAX_CHARS = 30;
/** A sentence this short is a heading (加强内部监督。), which the paragraph under it explains. */
const HEADING_MAX_SENTENCE = 16;
/** Where a sentence ends. */
const SENTENCE_END = /[。；;！!？?]$/;

export function asksForWords(frame: Frame): boolean {
  // 办公楼是哪一年建的: a time asked is a figure too, which no sentence that happens to hold a year answers.
  return !frame.cues.asksNumber && !frame.cues.money && !frame.cues.timeAsked && !FIGURE_ASPECTS.some((a) => frame.aspects.has(a)) && frame.verify === undefined;
}

/** The sentence around a prose line the index found, or undefined when the line is a table's or too weak a match. */
export function answerFromPassage(text: SourceText, hit: LineHit | undefined, frame: Frame): Answer | undefined {
  if (!hit || !asksForWords(frame)) return undefined;
  // 制定了哪些制度: a list asked for, and a line that lists (…、…、…) under two of its words, is answer enough.
  // The thing listed (制度 of 哪些制度) must be what the line's items are: the word after 哪些 ends one of them.
  const listed = frame.cues.listedThing;
  const items = hit.text.split(/[、，,。；;]/);
  const lists = frame.operation === 'list' && !!listed && items.length >= LIST_MIN_ITEMS && items.filter((item) => item.endsWith(listed)).length >= 2;
  if (hit.matched < (lists ? LIST_MIN_TERMS : PASSAGE_MIN_TERMS)) return undefined;
  const raw = (line: number) => text.lines[line - 1];
  const prose = (line: number) => raw(line) !== undefined && compact(raw(line)).length > 0 && !TABLE_ROW.test(raw(line).trim());
  if (!prose(hit.line)) return undefined;
  // Blank lines between the pieces of a broken sentence are stepped over.
  const step = (line: number, by: 1 | -1) => {
    let next = line + by;
    while (raw(next) !== undefined && !compact(raw(next))) next += by;
    return next;
  };
  const ends = (line: number) => SENTENCE_END.test(compact(raw(line)));
  const taken = [hit.line];
  // A sentence starts after the one before ends, at a heading, or where the line itself opens with numbering.
  const opens = (line: number) => NUMBERED.test(compact(raw(line)));
  const heading = (line: number) => opens(line) && compact(raw(line)).length <= HEADING_MAX_CHARS;
  for (let before = step(hit.line, -1); taken.length <= SENTENCE_REACH && !opens(taken[0]) && prose(before) && !ends(before) && !heading(before); before = step(before, -1)) taken.unshift(before);
  const onToSentenceEnd = () => {
    for (let after = step(taken.at(-1)!, 1); taken.length <= 2 * SENTENCE_REACH && !ends(taken.at(-1)!) && prose(after); after = step(after, 1)) taken.push(after);
  };
  onToSentenceEnd();
  // A line that is a heading of its own (加强内部监督。) says nothing yet: the paragraph under it does.
  const next = step(taken.at(-1)!, 1);
  if (taken.map((line) => compact(raw(line))).join('').length < HEADING_MAX_SENTENCE && prose(next)) {
    taken.push(next);
    onToSentenceEnd();
  }
  const first = taken[0];
  const last = taken.at(-1)!;
  const joined = taken.map((line) => compact(raw(line))).join('');
  const sentence = joined.length > PASSAGE_MAX_CHARS ? `${joined.slice(0, PASSAGE_MAX_CHARS)}…` : joined;
  return answer('passage', strings(frame.english ? 'en' : 'zh').passage(text.locate(first), text.locate(last), sentence), frame.english, cite(...taken.map((line) => text.source(line))));
}
