/**
 * Generated from the fact base of every shared disclosure: each classified line is found by its code
 * and by its name, and the answer body carries its figure. Nothing here names a row of one document.
 */
import { describe, expect, it } from 'vitest';
import { num } from '../src/answer/answer.js';
import { replyBody } from './replyBody.js';
import { Engine } from '../src/engine/engine.js';
import { defaultLexicon } from '../src/intent/lexicon.js';

const CONCEPTS = defaultLexicon().concepts;
import { loadDocuments } from '../src/parse/load.js';
import { SEED_PATH, SHARED_DOCS } from './helpers.js';

const { documents } = loadDocuments([SEED_PATH, SHARED_DOCS]);
/** 类 whose 项 were ranked: the test below must have met some. */
let levelsRanked = 0;
/** Documents whose 类 were ranked by fiscal appropriation. */
let fiscalRanked = 0;
/** Lines asked by their name without their class's words. */
let stemsAsked = 0;
/** Documents whose prose states the shares of its 类. */
let sharesStated = 0;
const conceptTerms = new Set(Object.values(CONCEPTS).flatMap((c) => [c.name, ...c.terms]));

describe.each(documents.map((d) => [d.facts.identity.id, d] as const))('classified lines of %s', (_, doc) => {
  const engine = new Engine([doc]);
  const items = doc.facts.lineItems;
  const shown = (value: number) => num(Number(value.toFixed(2)));
  const body = (q: string) => replyBody(engine.ask(q, `t-${Math.random()}`).text);

  it.runIf(items.length > 0)('finds every line by its code', () => {
    const missed = items.filter((i) => !body(`${i.code}是多少`).includes(`${shown(i.value)} 万元`));
    expect(missed.map((i) => `${i.code} ${i.name}`)).toEqual([]);
  });

  it.runIf(items.length > 0)('finds every line by its name, where the name is its own', () => {
    // A name shared by two lines, or one that is also a budget concept (公务接待费), asks for something else first.
    const unique = items.filter((i) => items.filter((j) => j.name === i.name).length === 1 && !conceptTerms.has(i.name));
    const missed = unique.filter((i) => !body(`${i.name}是多少`).includes(`${shown(i.value)} 万元`));
    expect(missed.map((i) => `${i.code} ${i.name}: ${body(`${i.name}是多少`).slice(0, 60)}`)).toEqual([]);
  });

  // 租房方面的补贴 for 提租补贴 …: an allowance said of an area by the words before its ending.
  const allowances = items.filter((i) => /^[\u4e00-\u9fa5]{2,}(?:补贴|补助|津贴)$/.test(i.name) && items.filter((o) => o.name === i.name).length === 1);
  it.runIf(allowances.length > 0)('finds an allowance said of an area (X方面的补贴)', () => {
    for (const line of allowances) {
      const [, head, tail] = line.name.match(/^(.+?)(补贴|补助|津贴)$/)!;
      const q = `${head}方面的${tail}预算多少钱`;
      expect(body(q), q).toContain(shown(line.value));
    }
  });

  // 公积金今年预算数 for 住房公积金: a line asked by the word its name ends with, beside a generic budget word.
  const tails = items.filter((i) => i.name.length >= 5 && /^[\u4e00-\u9fa5]+$/.test(i.name) && !/(?:经费|服务费|费用|资金|专项|项目|支出|补助|购置|购买|采购|费|事务|管理|运行|其他|机构)$/.test(i.name) && items.filter((o) => o.name.includes(i.name.slice(-3))).length === 1 && !conceptTerms.has(i.name.slice(-3)));
  it.runIf(tails.length > 0)('finds a line by the word its name ends with, beside a budget word (公积金今年预算数)', () => {
    for (const line of tails) {
      const q = `${line.name.slice(-3)}今年预算数？`;
      expect(body(q), q).toContain(shown(line.value));
    }
  });

  it.runIf(items.length > 0)('ranks the 项 under a 类 when the 项 level is asked (城乡社区支出下面按项级科目看哪一项最多)', () => {
    const own = (i: (typeof items)[number]) => items.filter((j) => j.name === i.name).length === 1 && !conceptTerms.has(i.name);
    const classes = items.filter((c) => c.scheme === 'functional' && c.level === 1 && own(c));
    for (const c of classes) {
      const under = items.filter((i) => i.scheme === c.scheme && i.level === 3 && i.code.startsWith(c.code));
      if (new Set(under.map((i) => i.code)).size < 2) continue;
      const largest = [...under].sort((x, y) => y.value - x.value)[0];
      const reply = body(`${c.name}下面，按项级科目看哪一项预算最多？`);
      const first = reply.split('\n').find((l) => l.startsWith('- '));
      expect(first, `${c.name}: ${reply.slice(0, 80)}`).toContain(largest.code);
      levelsRanked++;
    }
  });

  it.runIf(items.length > 0)('ranks the 类 by their fiscal appropriation when 财政拨款 is asked (哪个支出功能类别的财政拨款最多)', () => {
    const fiscal = items.flatMap((i) => {
      const value = i.fiscal?.value ?? (/财政拨款|一般公共预算/.test(i.table?.title ?? '') ? i.value : undefined);
      return i.scheme === 'functional' && i.level === 1 && value !== undefined ? [{ code: i.code, value }] : [];
    });
    if (new Set(fiscal.map((f) => f.code)).size < 2) return;
    const largest = fiscal.sort((x, y) => y.value - x.value)[0];
    for (const q of ['哪个支出功能类别的财政拨款最多？', '财政拨款支出里哪一项最多']) {
      const first = body(q).split('\n').find((l) => /^1\. /.test(l));
      expect(first, q).toContain(`${largest.code} `);
      expect(first, q).toContain(`${shown(largest.value)} 万元`);
    }
    fiscalRanked++;
  });

  it.runIf(items.length > 0)('finds a line by its name without the words of its class (环境卫生 of 城乡社区环境卫生)', () => {
    const stemmed = items.flatMap((i) => {
      const top = items.find((t) => t.scheme === i.scheme && t.code === i.code.slice(0, 3));
      const stem = top?.name.replace(/支出$/, '');
      const rest = stem && i.code.length > 3 && i.name.startsWith(stem) ? i.name.slice(stem.length) : '';
      // The rest must name this line alone: no other line's name holds it, and no concept is called so.
      const own = rest.length >= 4 && !conceptTerms.has(rest) && items.every((j) => j.name === i.name || !j.name.includes(rest));
      // A 款 and its one 项 may share a name: the 款 stands for both.
      return own && !items.some((j) => j.name === i.name && j.code.length < i.code.length) ? [{ item: i, rest }] : [];
    });
    stemsAsked += stemmed.length;
    const missed = stemmed.filter(({ item, rest }) => !body(`搞${rest}要花多少钱`).includes(`${shown(item.value)} 万元`));
    expect(missed.map(({ item, rest }) => `${rest} (${item.name})`)).toEqual([]);
  });

  it.runIf(items.length > 0)('ranks the 类 with the shares the prose states for them, inside a whole a 决算 states (…支出中哪一类最多)', () => {
    const stated = items.filter((i) => i.scheme === 'functional' && i.level === 1 && i.statedShare !== undefined);
    if (stated.length < 2) return;
    const top = [...stated].sort((a, b) => b.value - a.value)[0];
    for (const q of ['支出里哪一类最多', '一般公共预算财政拨款支出中哪一类支出占比最高？']) {
      const first = body(q).split('\n').find((l) => /^1\. /.test(l));
      expect(first, q).toContain(top.name);
      expect(first, q).toContain(`${num(top.statedShare!)}%`);
    }
    sharesStated++;
  });

  it.runIf(items.length > 0)('finds a line said after the class above it, with the levels marked (城乡社区管理事务（款）城管执法（项）)', () => {
    const own = (i: (typeof items)[number]) => items.filter((j) => j.name === i.name).length === 1 && !conceptTerms.has(i.name);
    const level = (code: string) => ({ 3: '类', 5: '款', 7: '项' })[code.length];
    const paths = items.flatMap((child) => {
      const parent = items.find((p) => p.scheme === child.scheme && p.code.length < child.code.length && child.code.startsWith(p.code) && own(p));
      return parent && own(child) && level(parent.code) && level(child.code) ? [{ parent, child }] : [];
    });
    const missed = paths.filter(({ parent, child }) => !body(`${parent.name}（${level(parent.code)}）${child.name}（${level(child.code)}）预算多少？`).includes(`${shown(child.value)} 万元`));
    expect(missed.map(({ parent, child }) => `${parent.name} > ${child.name}`)).toEqual([]);
    // A figure word said with the path (财政拨款支出) qualifies the line; it names no subject of its own.
    const lost = paths.filter(({ parent, child }) => !body(`${parent.name}（${level(parent.code)}）${child.name}（${level(child.code)}）财政拨款支出是多少？`).includes(child.name));
    expect(lost.map(({ parent, child }) => `${parent.name} > ${child.name}`)).toEqual([]);
  });
});

it('ranked the 项 under some 类, and the 类 by fiscal appropriation, in the shipped disclosures', () => {
  expect(levelsRanked).toBeGreaterThan(3);
  expect(fiscalRanked).toBeGreaterThan(2);
  expect(stemsAsked).toBeGreaterThan(0);
  expect(sharesStated).toBeGreaterThan(0);
});
