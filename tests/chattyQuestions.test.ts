/**
 * Questions as newcomers write them, built from each shipped disclosure's own fact base: an aside of
 * the asker's own before the question, a greeting and 想知道 before the department's own name, a
 * term asked what it is and then how much, a part claimed to be all of the whole it names, words that
 * only ask, and the department called by the word a line of its budget is also named by.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { loadDocuments } from '../src/parse/load.js';
import { findAmount, parentOf, partsOf } from '../src/answer/amounts.js';
import { listEntities } from '../src/search/entities.js';
import { defaultLexicon } from '../src/intent/lexicon.js';
import { num } from '../src/answer/answer.js';
import { replyBody } from './replyBody.js';
import { SEED_PATH, SHARED_DOCS } from './helpers.js';

const { documents } = loadDocuments([SEED_PATH, SHARED_DOCS]);
const engines = documents.map((doc) => ({ doc, engine: new Engine([doc]) }));
/** A 万元 figure as replies print it, to two decimals. */
const two = (n: number) => num(Number(n.toFixed(2)));
/** The first figure a reply's body states. */
const firstFigure = (text: string) => replyBody(text).match(/\d+(?:\.\d+)?(?= ?万元| ?元| ?名| ?人| ?辆)/)?.[0];
let definitionsFollowed = 0;
/** Things found by two characters of their name set apart in a clause. */
let pairsFound = 0;
/** Disclosures whose opening names the rules they follow. */
let basesFound = 0;

describe.each(engines.map((e) => [e.doc.facts.identity.file, e] as const))('%s', (_file, { doc, engine }) => {
  const facts = doc.facts;

  it('answers the question after an aside of the asker\'s own (我要跟采购的同事对接，…)', () => {
    const total = findAmount(facts, 'procurement.total');
    const asked = engine.ask('我要跟采购的同事对接，政府采购预算一共是多少钱啊？', 'aside');
    if (!total) return expect(asked.answered).toBe(false);
    expect(asked.answered).toBe(true);
    expect(replyBody(asked.text)).toContain(two(total.value));
  });

  it('reads a greeting, an aside of who asks, and 想知道 / 想问下 before the department\'s own kind of body as no other body', () => {
    const sangong = findAmount(facts, 'sangong.total');
    if (!sangong) return;
    const kind = facts.identity.department.match(/(?:办公厅|办公室|办事处|局|院|学院|街道)$/)?.[0];
    if (!kind) return;
    // 上班 in an aside of who the asker is asks no office hours.
    // The body the asker came from (从区公安局调过来) is where they were, not what they ask about.
    for (const lead of ['您好，我是新来的，想知道咱们', '想问下', '你好，我刚来局里上班，想问下咱们', '我刚从区公安局调过来，想问下咱们', '我是刚调来的，想问问咱们', '刚上班，想问下咱们', '我侄子在那上班，想问下咱们']) {
      const asked = engine.ask(`${lead}${kind}的三公经费是多少？`, `lead-${lead}`);
      expect(asked.answered, asked.text).toBe(true);
      expect(replyBody(asked.text)).toContain(two(sangong.value));
    }
  });

  it('answers 多少钱 / 咱们单位今年预算是多少 after a term\'s definition with the figure of that term', () => {
    for (const { term } of facts.glossary) {
      const defined = engine.ask(`${term}是什么`, `define-${term}`);
      if (defined.intent !== 'definition') continue;
      // 想问一下 holds 下年 across its words: it asks about no next year.
      expect(engine.ask(`想问一下，${term}是啥意思？`, `define-asked-${term}`).intent, term).toBe('definition');
      const alone = engine.ask(`${term}多少钱`, `alone-${term}`);
      // Only where the term asked alone is answered as itself (the end of a path of classes, 住房保障(类)…住房公积金).
      const itself = term.split(/[（(][类款项][)）]/).at(-1)!;
      const figure = alone.answered && alone.intent === 'amount' && replyBody(alone.text).startsWith(itself) ? firstFigure(alone.text) : undefined;
      if (!figure) continue;
      const next = engine.ask('多少钱', `define-${term}`);
      expect(firstFigure(next.text), `${term}是什么 → 多少钱: ${next.text}`).toBe(figure);
      // 咱们单位今年 says whose and when: the follow-up is as short as 预算是多少.
      engine.ask(`${term}是什么`, `define-own-${term}`);
      const own = engine.ask('咱们单位今年预算是多少？', `define-own-${term}`);
      expect(firstFigure(own.text), `${term}是什么 → 咱们单位今年预算是多少: ${own.text}`).toBe(figure);
      definitionsFollowed++;
    }
  });

  it('defines a class the glossary names by its path of classes when asked by the class alone (信访事务是什么)', () => {
    for (const { term } of facts.glossary.filter((g) => /[(（][类款][)）]\p{Script=Han}{2}/u.test(g.term))) {
      const itself = term.split(/[(（][类款项][)）]/).filter(Boolean).at(-1)!;
      const asked = engine.ask(`${itself}是什么`, `class-${term}`);
      expect(asked.intent, `${itself}是什么: ${asked.text}`).toBe('definition');
      expect(replyBody(asked.text)).toContain(term.replace(/\s+/g, '').normalize('NFKC').split(/\([类款项]\)/).filter(Boolean).at(-1)!);
    }
  });

  it('says whether the income is all of one source when the question names both (收入是不是全部来自财政拨款)', () => {
    const fiscal = findAmount(facts, 'income.fiscal');
    const total = findAmount(facts, 'income.total');
    if (!fiscal || !total || total.value <= 0) return;
    const body = replyBody(engine.ask('部门收入是不是全部来自财政拨款？', 'claim-all').text);
    const all = Math.abs(fiscal.value - total.value) < 0.005;
    expect(body.startsWith(all ? '是的' : '不全是'), body).toBe(true);
    expect(body).toContain(two(fiscal.value));
  });

  it('says yes or no to a figure claimed to be nothing (三公经费一分钱都没花，是这样吗), with the figure', () => {
    for (const concept of ['sangong.total', 'sangong.abroad', 'sangong.reception'] as const) {
      const a = findAmount(facts, concept);
      if (!a) continue;
      const body = replyBody(engine.ask(`听同事说${a.label}一分钱都没花，是这样吗？`, `nothing-${concept}`).text);
      expect(body.startsWith(a.value === 0 ? '是的' : '不是'), body).toBe(true);
      expect(body).toContain(`${two(a.value)} 万元`);
    }
  });

  it('says a count of people or times is not given where only money is (培训多少人次), then gives the money', () => {
    for (const [concept, question] of [['training', '培训多少人次'], ['meeting', '一年开几次会']] as const) {
      const a = findAmount(facts, concept);
      if (!a || facts.statedCounts.some((c) => /培训|会议/.test(c.label))) continue;
      const asked = engine.ask(question, `count-${concept}`);
      expect(asked.answered, asked.text).toBe(false);
      expect(replyBody(asked.text)).toContain(`${two(a.value)} 万元`);
    }
  });

  it('answers two totals joined in one clause, each said with 总额 (政府采购预算总额及三公经费总额)', () => {
    const procurement = findAmount(facts, 'procurement.total');
    const sangong = findAmount(facts, 'sangong.total');
    if (!procurement || !sangong) return;
    const body = replyBody(engine.ask(`${procurement.label}总额及${sangong.label}总额`, 'joined-totals').text);
    expect(body).toContain(`${two(procurement.value)} 万元`);
    expect(body).toContain(`${two(sangong.value)} 万元`);
  });

  it('says whether there is any of the figure just explained (三公经费是啥 → 咱们单位今年有这笔钱吗)', () => {
    const sangong = findAmount(facts, 'sangong.total');
    if (!sangong) return;
    engine.ask('三公经费是啥来着？', 'any-of-it');
    const body = replyBody(engine.ask('咱们单位今年有这笔钱吗？', 'any-of-it').text);
    expect(body.startsWith(sangong.value > 0 ? '有' : '没有'), body).toBe(true);
    expect(body).toContain(`${two(sangong.value)} 万元`);
  });

  it('adds buying things and buying services (买东西和买服务一共多少), or gives procurement whole where they are not split', () => {
    const total = findAmount(facts, 'procurement.total');
    const goods = findAmount(facts, 'procurement.goods');
    const services = findAmount(facts, 'procurement.services');
    if (!total) return;
    const body = replyBody(engine.ask('他们今年对外买东西、买服务一共打算花多少？', 'buying-both').text);
    if (goods && services) expect(body).toContain(`${two(goods.value + services.value)} 万元`);
    else if (!goods && !services) expect(body).toMatch(new RegExp(`${two(total.value)} 万元[\\s\\S]*没有分别列出`));
    // Beside procurement named, buying things only says what procurement does.
    expect(replyBody(engine.ask('我们今年通过政府采购买东西一共多少钱', 'buying-via').text)).toContain(`${two(total.value)} 万元`);
  });

  it('says why a figure was spent under its budget (为什么花得比预算少), after its completion rate', () => {
    for (const a of facts.amounts.filter((x) => x.varianceReason && x.budgeted && findAmount(facts, x.concept) === x)) {
      const session = `variance-${a.concept}`;
      engine.ask(`${a.label}完成预算的百分之多少？`, session);
      const body = replyBody(engine.ask('为什么花得比预算少？', session).text);
      expect(body, a.label).toContain(a.varianceReason!.text.slice(0, 10));
    }
  });

  it('gives a part\'s own figure after its whole\'s change (比去年少了多少 → 其中X呢), not a refusal of last year\'s', () => {
    for (const whole of ['sangong.total', 'expense.basic'] as const) {
      const a = findAmount(facts, whole);
      if (!a?.change) continue;
      for (const part of partsOf(whole).map((c) => findAmount(facts, c)).filter((p) => p && !p.change)) {
        const session = `part-after-change-${part!.concept}`;
        engine.ask(`${a.label}是多少？`, session);
        engine.ask('比去年少了多少？', session);
        const reply = engine.ask(`其中${part!.label}呢？`, session);
        expect(reply.answered, reply.text).toBe(true);
        expect(replyBody(reply.text)).toContain(`${two(part!.value)} 万元`);
      }
    }
  });

  it('reads 一般公共预算 said alone as that money, and beside another figure as which money it is of', () => {
    const general = findAmount(facts, 'income.general');
    if (general) expect(replyBody(engine.ask('一般公共预算多少钱', 'general-alone').text)).toContain(`${two(general.value)} 万元`);
    const basic = findAmount(facts, 'expense.basic');
    if (basic && general) expect(replyBody(engine.ask('一般公共预算基本支出多少', 'general-basic').text)).not.toContain(`${general.label}：`);
  });

  it('finds a thing by two of its characters set apart in a clause (免费给刻章 for 免费刻制公章费用)', () => {
    const names = [...new Set(listEntities(facts).filter((e) => e.kind === 'table' || e.kind === 'procProject').map((e) => e.name))];
    const others = listEntities(facts).map((e) => e.name);
    for (const name of names) {
      // A character no other name holds, then a later one not next to it: 刻 … 章.
      // Characters that join a clause's words (及, 和, 给) part it, and generic endings (费, 项目) name nothing.
      const word = (ch: string) => /[\u4e00-\u9fa5]/.test(ch) && !/[费用经项目服务来去不没也都就还让给被把为这那着过么吧啊呀和跟与及的等]/.test(ch);
      const i = [...name].findIndex((ch) => word(ch) && others.every((o) => o === name || !o.includes(ch)));
      const j = i < 0 ? -1 : [...name].findIndex((ch, k) => k > i + 1 && word(ch));
      if (i < 0 || j < 0) continue;
      const pair = `${name[i]}${name[j]}`;
      const body = replyBody(engine.ask(`听说现在给${pair}不要钱，这个花了多少钱？`, `pair-${name}`).text);
      expect(body, `${pair} for ${name}`).toContain(name);
      pairsFound++;
      // Inside a clause, beside another word of the same name (开公司刻章免费了): two signs of one thing.
      // The word no other name holds; not where the clause would end as a body's name does (江法院).
      const support = [...name].slice(1).map((ch, k) => `${name[k]}${ch}`).find((b) => /^[\u4e00-\u9fa5]{2}$/.test(b) && ![...b].some((c) => pair.includes(c)) && !/[费用经项目服务的和及与、]/.test(b) && others.every((o) => o === name || !o.includes(b)));
      if (support && !/[局厅办院委部署队馆镇乡]/.test(pair + support)) {
        const inClause = replyBody(engine.ask(`听说现在开公司${pair}${support}了，那政府为这个掏了多少钱？`, `pair-supported-${name}`).text);
        expect(inClause, `${pair}${support} for ${name}`).toContain(name);
      }
      // Run together with the words before it (那会儿刻章), ended by a function character, said with 一年;
      // not a pair that starts as a body's name ends (会儿委 reads as a body, as 发改委 does).
      if (/[局厅办院委部署队馆镇乡]/.test(pair[0])) continue;
      const told = replyBody(engine.ask(`我开公司那会儿${pair}没要钱，这块一年安排多少钱`, `pair-told-${name}`).text);
      expect(told, `${pair} told of ${name}`).toContain(name);
      // Ended by hearsay said after it (开公司刻章听说现在不要钱了).
      const heard = replyBody(engine.ask(`开公司${pair}听说现在不要钱了，是政府掏的钱吗？掏多少`, `pair-heard-${name}`).text);
      expect(heard, `${pair} heard of ${name}`).toContain(name);
    }
  });

  it('reads 自助机 as the terminal devices bought (其他终端设备)', () => {
    const terminals = facts.procurement.items.filter((i) => i.item.includes('终端设备') && i.quantity !== undefined);
    if (!terminals.length) return;
    const body = replyBody(engine.ask('自助机买几台？', 'self-service').text);
    expect(body).toContain('终端设备');
    expect(terminals.some((t) => body.includes(`${num(t.quantity!)} 台`))).toBe(true);
  });

  it('says which rules the disclosure follows (这份预算公开是依据哪些规定做的), in its own words', () => {
    // The sentence that says under which rules the disclosure is published (按照《预算法》…的规定，现将…公开如下).
    const opening = doc.text.lines.slice(0, 40).join('').replace(/\s+/g, '').match(/(?:按照|根据|依据)《([^》]+)》[^。]{0,80}公开/);
    if (!opening) return;
    const body = replyBody(engine.ask(`这份${facts.identity.kind}公开是依据哪些规定做的呀？`, 'basis').text);
    expect(body).toContain(opening[1]);
    basesFound++;
  });

  it('gives a part\'s figure and its share of its whole when 及其占 joins them', () => {
    for (const part of ['sangong.reception', 'sangong.abroad', 'expense.basic'] as const) {
      const a = findAmount(facts, part);
      const whole = findAmount(facts, parentOf(part)!);
      if (!a || !whole || whole.value <= 0) continue;
      const body = replyBody(engine.ask(`${a.label}预算数及其占${whole.label}的比重？`, `and-its-share-${part}`).text);
      expect(body, a.label).toContain(`${two(a.value)} 万元`);
      expect(body, a.label).toMatch(/\d+(?:\.\d+)?%/);
    }
  });

  it('says whether a part is its whole\'s largest (X是不是三公经费里最多的), also of 它 after its share', () => {
    const parts = partsOf('sangong.total').map((c) => findAmount(facts, c)).filter((a) => !!a);
    const top = Math.max(...parts.map((p) => p!.value));
    if (parts.length < 2 || parts.filter((p) => p!.value === top).length > 1) return;
    for (const part of parts) {
      const verdict = part!.value === top ? '是的' : '不是';
      expect(replyBody(engine.ask(`${part!.label}是不是三公经费里最多的？`, `top-${part!.concept}`).text), part!.label).toMatch(new RegExp(`^${verdict}`));
      const session = `top-after-share-${part!.concept}`;
      engine.ask(`三公经费里${part!.label}占多大比例？`, session);
      expect(replyBody(engine.ask('它是不是三项里最高的？', session).text), `它 = ${part!.label}`).toMatch(new RegExp(`^${verdict}`));
    }
  });

  it('says yes or no to a share supposed above or below a bound (占比是否超过50%), then the share', () => {
    for (const part of ['sangong.reception', 'expense.basic', 'procurement.services'] as const) {
      const a = findAmount(facts, part);
      const whole = findAmount(facts, parentOf(part)!);
      if (!a || !whole || whole.value <= 0 || a.statedShare) continue;
      const rate = Number(((a.value / whole.value) * 100).toFixed(2));
      if (Math.abs(rate - 50) < 0.01) continue;
      const body = replyBody(engine.ask(`${a.label}占${whole.label}的比例是否超过50%？`, `share-claim-${part}`).text);
      expect(body, a.label).toMatch(new RegExp(`^${rate > 50 ? '是的' : '不是'}`));
      expect(body).toContain(`${rate.toFixed(2)}%`);
    }
  });

  it('counts the retired people asked for as 个 (退休的人有多少个), in 人', () => {
    const retired = facts.statedCounts.find((c) => /退休/.test(c.label) && c.unit === '人');
    if (!retired) return;
    expect(replyBody(engine.ask('退休的人有多少个？', 'retired').text)).toContain(`${num(retired.value)} 人`);
  });

  it('repairs no slip that would break a word the question holds (收入和其他收入 is no 收入合计)', () => {
    const fiscal = findAmount(facts, 'income.fiscal');
    const other = findAmount(facts, 'income.other');
    for (const first of fiscal && other?.label.startsWith('其他') ? [fiscal] : []) {
      const reply = engine.ask(`${first.label}和${other!.label}各多少？`, 'no-slip').text;
      expect(reply, `${first.label}和${other!.label}`).not.toMatch(/理解“/);
      expect(replyBody(reply)).toContain(`${two(other!.value)} 万元`);
    }
  });

  it('gives this year\'s figure with a growth rate the disclosure states (…支出及同比增幅)', () => {
    const lexicon = defaultLexicon();
    // Asked by the concept's own name; a rate of 0 is said as 持平.
    for (const a of facts.amounts.filter((x) => x.change?.rate && x.change.direction !== '持平' && findAmount(facts, x.concept) === x)) {
      const name = lexicon.concepts[a.concept]?.name;
      if (!name) continue;
      const body = replyBody(engine.ask(`${name}同比增幅是多少？`, `rate-${a.concept}`).text);
      expect(body, name).toContain(`${num(a.change!.rate!)}%`);
      expect(body, name).toContain(`${two(a.value)} 万元`);
    }
  });

  it('reads 完成了百分之几 after a 决算 figure as its completion of the budget', () => {
    for (const a of facts.amounts.filter((x) => x.budgeted && findAmount(facts, x.concept) === x && x.label.length >= 4)) {
      const session = `completion-${a.concept}`;
      engine.ask(`${a.label}决算是多少？`, session);
      const body = replyBody(engine.ask('完成了百分之几？', session).text);
      expect(body, a.label).toContain(`${((a.value / a.budgeted!) * 100).toFixed(2)}%`);
    }
  });

  it('finds the count stated under a concept\'s own words when the question names it in everyday ones (开会大概多少人参加)', () => {
    const meetingPeople = facts.statedCounts.find((c) => /^会议(?:人数|人次)$/.test(c.label));
    if (!meetingPeople || !findAmount(facts, 'meeting')) return;
    expect(replyBody(engine.ask('开会大概多少人参加？', 'meeting-people').text)).toContain(`${num(meetingPeople.value)} ${meetingPeople.unit}`);
  });

  it('answers, and does not throw, where the words before a generic one hold brackets or other marks (办公(用采购多少)', () => {
    for (const q of ['办公(用采购多少', '出国(境费采购预算多少', '办公[用采购多少', 'ab(c采购多少', '办公*+?采购预算多少']) {
      expect(() => engine.ask(q, `marks-${q}`), q).not.toThrow();
      expect(engine.ask(q, `marks-again-${q}`).text.length, q).toBeGreaterThan(0);
    }
  });

  it('reads words that only ask (今年一共安排了多少) as naming no line of the budget', () => {
    // 一共安排 holds 共安, which 公共安全支出 holds too: the question names the figure talked about, or none.
    engine.ask('三公经费是多少', 'only-asking');
    const body = replyBody(engine.ask('今年一共安排了多少', 'only-asking').text);
    for (const line of facts.lineItems.filter((l) => l.name.includes('共安'))) expect(body).not.toContain(line.name);
  });

  it('takes a line named as the department calls itself (法院这笔钱从哪来) as the department, unless 科目 is said', () => {
    const line = facts.lineItems.find((l) => facts.identity.department.endsWith(l.name) && l.name.length >= 2);
    const income = findAmount(facts, 'income.total');
    if (!line || !income) return;
    expect(replyBody(engine.ask(`${line.name}这笔钱都是从哪来的？`, 'own-line').text)).toContain(two(income.value));
    expect(replyBody(engine.ask(`${line.name}科目支出多少`, 'own-line-class').text)).toContain(line.name);
  });
});

describe('the shipped disclosures', () => {
  it('hold terms defined and then asked for their money, so the follow-up test above met some', () => {
    expect(definitionsFollowed).toBeGreaterThanOrEqual(5);
  });

  it('open with the rules they follow, in some shipped disclosures', () => {
    expect(basesFound).toBeGreaterThan(0);
  });

  it('hold things found by two characters of their names', () => {
    expect(pairsFound).toBeGreaterThan(3);
  });
});
