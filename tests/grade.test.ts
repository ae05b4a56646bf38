import { describe, expect, it } from 'vitest';
import { Answer } from '../src/answer/answer.js';
import { grade } from '../src/eval/grade.js';

const answer = (text: string) => Answer.parse({ answered: true, intent: 'amount', lang: 'zh', body: text.split('\n')[0], warnings: [], suggestions: [], citations: [], text });

describe('grading an answer as the shared grader does', () => {
  const q = { id: 't', cat: 't', q: '拟购置固定资产主要买什么', expect: ['54\\.28', '自助'] };

  it('counts a figure said in the answer itself', () => {
    expect(grade(q, answer('拟购置固定资产总额：54.28 万元，主要为自助终端。\n来源：第476行「…」')).ok).toBe(true);
  });

  it('does not count a figure that appears only in the quoted source line', () => {
    expect(grade(q, answer('拟购置固定资产总额：54.28 万元。\n来源：第476行「…主要为综合便民服务中心配备自助终端…」')).ok).toBe(false);
    expect(grade(q, answer('Planned fixed-asset purchases: 54.28 万元.\nSource: line 476 "…自助终端…"')).ok).toBe(false);
  });
});
