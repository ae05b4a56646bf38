/**
 * A question asking for words, not a figure, answered with the disclosure's own sentence: widened
 * over the pieces a layout extraction breaks it into, never a table row, never in place of a figure.
 */
import { describe, expect, it } from 'vitest';
import { answerFromPassage } from '../src/answer/passage.js';
import { analyze } from '../src/intent/frame.js';
import { SourceText } from '../src/parse/sourceText.js';
import { LineIndex } from '../src/search/lineIndex.js';

const text = new SourceText('fixture.txt', [
  '三、工作保障',
  '',
  '本单位建立了值班值守制度、来访登记制度、',
  '',
  '档案借阅制度和印章管理制度，保证各项工作有序开展。',
  '',
  '项目名称      值班值守制度经费      12.5',
  '本单位全年值班值守经费 12.5 万元。',
  '',
  '加强档案管理。',
  '',
  '建立档案借阅登记台账，定期核对，',
  '确保档案完整安全。',
].join('\n'));
const index = new LineIndex(text);
const ask = (question: string) => {
  const frame = analyze(question);
  return answerFromPassage(text, index.top(frame.text), frame);
};

describe('answers from the prose', () => {
  it('gives the whole sentence a broken line stands in, with every line cited', () => {
    const reply = ask('单位建立了哪些制度，值班值守、来访登记、档案借阅');
    expect(reply?.body).toBe('披露原文（第3–5行）：「本单位建立了值班值守制度、来访登记制度、档案借阅制度和印章管理制度,保证各项工作有序开展。」');
    expect(reply?.citations.map((c) => c.line)).toEqual([3, 5]);
  });

  it('answers a list asked in two words by a line that lists such things, and nothing else by it', () => {
    expect(ask('单位建立了哪些制度')?.body).toContain('来访登记制度');
    // The line lists 制度, not 材料: no answer from it.
    expect(ask('单位建立要带哪些材料')).toBeUndefined();
  });

  it('gives the paragraph under a line that is only a heading', () => {
    expect(ask('加强档案管理要做到什么')?.body).toBe('披露原文（第10–13行）：「加强档案管理。建立档案借阅登记台账,定期核对,确保档案完整安全。」');
  });

  it('gives no sentence in place of a figure, and none from a table row', () => {
    expect(ask('值班值守制度、来访登记制度、档案借阅制度花了多少钱')).toBeUndefined();
    expect(ask('值班值守制度经费项目名称')).toBeUndefined();
  });
});
