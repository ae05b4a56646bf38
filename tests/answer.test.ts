import { describe, expect, it } from 'vitest';
import { evalFiles, runEval } from '../src/cli/eval.js';
import { Engine } from '../src/engine/engine.js';
import { readQuestions } from '../src/eval/grade.js';
import { seed } from './helpers.js';

const engine = new Engine([seed]);
const ask = (q: string, session?: string) => engine.ask(q, session ?? `t-${Math.random()}`);

describe('answers with exact figures and their source', () => {
  it('三公经费多少 → 0 万元 with its parts, 持平 and line 53', () => {
    const a = ask('三公经费多少');
    expect(a).toMatchObject({ answered: true, intent: 'amount' });
    expect(a.text).toMatch(/^三公经费：0 万元。其中：因公出国\(境\)费 0 万元，公务用车购置及运行费 0 万元，公务接待费 0 万元。与上年持平。/);
    expect(a.citations[0]).toMatchObject({ doc: '2020_gaoxinqu_xingzhengfuwuju_yusuan.txt', line: 53 });
    expect(a.text).toContain('第53行');
  });

  it('渣土处置单价 → 2.985 元/立方米, and the table’s 2.98 元 too', () => {
    const a = ask('渣土处置单价');
    expect(a.text).toMatch(/处置成本：2\.985 元\/立方米（表中指标值为 2\.98 元/);
    expect(a.citations[0].line).toBe(325);
  });

  it('states a 万元 figure with 元 in brackets', () => {
    expect(ask('机关运行费').text).toMatch(/^机关运行经费：78\.66 万元（786600 元）。比上年增加 13\.34 万元/);
  });

  it('computes with the inputs shown', () => {
    expect(ask('项目支出占比').text).toContain('项目支出占支出预算的 38.76%：1065.58 ÷ 2748.82');
    expect(ask('2019年机关运行费').text).toContain('2019年机关运行经费：65.32 万元');
    expect(ask('有多少个绩效目标表').text).toMatch(/共有 28 个项目绩效目标表/);
  });

  it('verifies a stated figure', () => {
    expect(ask('机关运行费是78.66万元吗')).toMatchObject({ intent: 'verify', text: expect.stringMatching(/^是的/) });
    expect(ask('机关运行费是80万元吗').text).toMatch(/^不是。机关运行经费为 78\.66 万元/);
  });

  it('answers in English with the Chinese term', () => {
    const a = ask('What is the agency operating cost?');
    expect(a.text).toMatch(/^agency operating cost \(机关运行经费\): 78\.66 万元 \(= 786600 yuan\)/);
    expect(a.text).toContain('Source:');
  });
});

describe('understanding the question', () => {
  it('treats spaced, traditional and shouted forms as one question', () => {
    const texts = ['机 关 运 行 费 ？', '機關運行費是多少', '机关运行费多少钱！！', '机关运行费'].map((q) => ask(q).text);
    expect(new Set(texts).size).toBe(1);
  });

  it('maps colloquial words to the disclosure’s terms', () => {
    expect(ask('买电脑花了多少').text).toMatch(/台式计算机采购金额：3\.6 万元/);
    expect(ask('渣土一方多少钱').text).toContain('2.985 元/立方米');
    expect(ask('公车费用').text).toMatch(/^公务用车购置及运行费：0 万元/);
  });
});

describe('zero, none and blank stay distinct', () => {
  it('a disclosed zero', () => expect(ask('公务接待费').text).toMatch(/^公务接待费：0 万元/));
  it('a stated absence', () => {
    const a = ask('国有资本经营预算多少');
    expect(a.text).toMatch(/^无。/);
    expect(a.text).toContain('不是金额为 0');
    expect(a.citations[0].line).toBe(510);
  });
  it('a blank cell', () => expect(ask('房屋面积').text).toContain('未填报（表中此格为空，不等于 0）'));
});

describe('honest refusals', () => {
  it.each([
    ['2023年预算多少', '没有2023年的数据'],
    ['公安局的预算是多少', '不包含公安局的预算'],
    ['有多少名编制人员', '不含人员编制'],
    ['你好，讲个笑话', '不在预算披露的范围内'],
  ])('%s', (q, reason) => {
    const a = ask(q);
    expect(a.answered).toBe(false);
    expect(a.text).toContain(reason);
    expect(a.text).toContain('可以这样问');
    expect(a.citations).toEqual([]);
  });

  it('says a project\'s amount is not given, then gives what its table does, cited', () => {
    const a = ask('律师服务费的预算金额');
    expect(a.answered).toBe(false);
    expect(a.text).toContain('只公开了它的绩效目标和指标');
    expect(a.text).toContain('≥50 次');
    expect(a.citations.length).toBeGreaterThan(0);
  });
});

describe('ambiguity', () => {
  it('lists the readings of an indicator shared by many tables', () => {
    const a = ask('服务对象满意度');
    expect(a.intent).toBe('clarify');
    expect(a.clarify?.length).toBeGreaterThanOrEqual(5);
    expect(a.clarify).toContain('网络安全维护费的服务对象满意度（≥90%）');
    expect(a.clarify).toContain('专家评审费的服务对象满意度（≥95%）');
    expect(ask(a.clarify?.find((c) => c.startsWith('专家评审费')) ?? '').text).toMatch(/^专家评审费服务对象满意度（服务对象满意度指标）：≥95%/);
  });
});

describe('follow-ups', () => {
  it('keeps the subject within a conversation', () => {
    expect(ask('三公经费多少', 'f1').answered).toBe(true);
    expect(ask('和上年比呢', 'f1').text).toMatch(/^三公经费与上年持平/);
    expect(ask('原因是什么', 'f1').text).toContain('八项规定');
    ask('服务器采购多少钱', 'f2');
    expect(ask('买几台', 'f2').text).toMatch(/^服务器采购数量：1 台/);
    ask('人员经费多少', 'f3');
    expect(ask('日常公用经费呢', 'f3').text).toMatch(/^日常公用经费：78\.66 万元/);
  });

  it('does not leak context between conversations, and forgets after the TTL', () => {
    let now = 0;
    const timed = new Engine([seed], { contextTtlMs: 1000, now: () => now });
    timed.ask('三公经费多少', 'a');
    expect(timed.ask('原因是什么', 'b').answered).toBe(false);
    now = 500;
    expect(timed.ask('原因是什么', 'a').answered).toBe(true);
    now = 5000;
    expect(timed.ask('原因是什么', 'a').answered).toBe(false);
  });
});

describe('hostile input', () => {
  it.each([
    ['', false],
    ['？？！！。。', false],
    ['三公经费'.repeat(25_000), true],
    ['😀😀 三公经费 \u0000\u0007 \ud800', true],
    ['<script>alert(1)</script> **三公经费** [x](http://e.vil)', true],
    ['@everyone <!channel> <!here> 三公经费', true],
  ])('answers %#', (q, answered) => {
    const a = ask(q);
    expect(a.answered).toBe(answered);
    expect(a.text).not.toMatch(/<!channel>|<!here>|@everyone|<script>/);
  });

  // The bound catches runaway matching (seconds), not speed, which `npm run bench` measures.
  it('never throws on random Unicode, in bounded time', () => {
    let state = 42;
    const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 500; i++) {
      const length = Math.floor(random() * 60);
      const q = String.fromCharCode(...Array.from({ length }, () => Math.floor(random() * 0xffff)));
      const start = performance.now();
      expect(() => ask(q)).not.toThrow();
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});

describe('the project question set (npm run eval)', () => {
  const results = Object.fromEntries(evalFiles().map((f) => [f.split('/').pop(), runEval(readQuestions(f))]));
  it('passes ≥ 97% of the shared seed samples, citing the right line', () => {
    const r = results['samples-seed.jsonl'];
    expect(r.passed / r.total).toBeGreaterThanOrEqual(0.97);
    expect(r.cited / r.citable).toBeGreaterThanOrEqual(0.9);
  });
  it('passes ≥ 90% of the other disclosures’ key facts, shared samples and our own', () => {
    for (const file of ['samples-general.jsonl', 'general-more.jsonl']) expect(results[file].passed / results[file].total).toBeGreaterThanOrEqual(0.9);
  });
  it('passes ≥ 95% of our own phrasings and ≥ 90% of cross-document questions', () => {
    expect(results['seed-more.jsonl'].passed / results['seed-more.jsonl'].total).toBeGreaterThanOrEqual(0.95);
    expect(results['cross-docs.jsonl'].passed / results['cross-docs.jsonl'].total).toBeGreaterThanOrEqual(0.9);
  });
});
