/**
 * What a figure covers, where the line stating it says so: 2010302…一般行政管理事务24,129,258.22元，
 * 主要反映市政府办公室项目支出. Asked what a line is (主要反映什么), the disclosure's own words answer,
 * with the figure they are said of.
 */
import type { ParsedDocument } from '../parse/document.js';
import { answer, type Answer } from './answer.js';
import { strings } from './strings/index.js';

/** 主要反映 / 主要用于 / 是指 after a figure, up to the end of its clause. */
const MEANING = /\d(?:元|万元)?[，,]?\s*((?:主要)?(?:反映|用于|是指)[^。；;]{4,80})/;

/** The stated meaning of the figure an answer gives, from the lines it cites in this document, or none. */
export function figureMeaning(doc: ParsedDocument, figure: Answer, english: boolean): Answer | undefined {
  for (const citation of figure.citations) {
    if (citation.doc !== doc.facts.identity.file || citation.page !== undefined || citation.sheet !== undefined) continue;
    const line = doc.text.lines[citation.line - 1] ?? '';
    const meaning = line.match(MEANING)?.[1];
    if (meaning) return answer('definition', `${figure.body}\n${strings(english ? 'en' : 'zh').figureMeaning(meaning.trim())}`, english, figure.citations);
  }
  return undefined;
}
