/**
 * What the engine adds around an answer from the document itself: a warning where the figure
 * cited fails a consistency check, and, for a refusal, a pointer to the closest line.
 */
import { splitSources, type Answer } from '../answer/answer.js';
import type { Frame } from '../intent/frame.js';
import type { ParsedDocument } from '../parse/document.js';
import { LineIndex } from '../search/lineIndex.js';

/** A figure that a failed consistency check involves is answered as stated, with the contradiction pointed out. */
export function withCheckWarnings(reply: Answer, doc: ParsedDocument): Answer {
  const lines = new Set(reply.citations.map((c) => c.line));
  const failed = doc.checks.filter((c) => !c.ok && c.lines.some((l) => lines.has(l)));
  if (!failed.length || !reply.answered) return reply;
  const note = failed.map((c) => `⚠ 一致性检查未通过：${c.detail}（披露原文如此）`).join('\n');
  const { body, sources } = splitSources(reply.text);
  return { ...reply, text: [body, note, ...sources].join('\n') };
}

/** The tail of a body's name that identifies it: 石家庄高新区行政服务局 is the seed's 行政服务局. */
const NAME_TAIL = 5;

/** Whether a document knows the body a question names, in full or by the tail of its name. */
export function knowsBody(doc: ParsedDocument, name: string): boolean {
  return mentions(doc, name) || (name.length > NAME_TAIL && mentions(doc, name.slice(-NAME_TAIL)));
}

/** Whether a document's text (companion files included) mentions `name`. */
function mentions(doc: ParsedDocument, name: string): boolean {
  return [doc.text, ...(doc.companions ?? [])].some((t) => t.stream.includes(name));
}

/** Query terms a line must share before it is offered as a pointer. */
const POINTER_MIN_TERMS = 2;

/** Points a refusal at the closest line of the disclosure, clearly as a pointer and not as an answer. */
export function withNearestLine(refusal: Answer, doc: ParsedDocument & { lines?: LineIndex }, frame: Frame): Answer {
  doc.lines ??= new LineIndex(doc.text);
  const hit = doc.lines.top(frame.text);
  if (!hit || hit.matched < POINTER_MIN_TERMS) return refusal;
  const quote = hit.text.length > 60 ? `${hit.text.slice(0, 60)}…` : hit.text;
  const pointer = frame.english ? `Closest line in the disclosure (not an answer): line ${hit.line} "${quote}"` : `披露中最接近的一行（仅供参考，不是答案）：第${hit.line}行「${quote}」`;
  return { ...refusal, text: `${refusal.text}\n${pointer}` };
}
