/**
 * Typos generated from every shared disclosure's fact base: each key figure's own label, with one
 * character swapped for a homophone taken from the disclosures' own text, still finds that figure,
 * and the reply says how the question was read.
 */
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { num } from '../src/answer/answer.js';
import { replyBody } from './replyBody.js';
import { Engine } from '../src/engine/engine.js';
import { defaultLexicon } from '../src/intent/lexicon.js';

const CONCEPTS = defaultLexicon().concepts;
import { EnglishSpelling } from '../src/intent/spelling.js';
import { isEnglishWord } from '../src/intent/englishWords.js';
import { TypoRepair } from '../src/intent/typos.js';
import { loadDocuments } from '../src/parse/load.js';
import { SEED_PATH, SHARED_DOCS } from './helpers.js';

const { documents } = loadDocuments([SEED_PATH, SHARED_DOCS]);

/** Characters of the disclosures by their toneless reading, so a homophone is one the texts use. */
const byReading = new Map<string, string[]>();
for (const doc of documents) {
  for (const ch of new Set(doc.text.stream.match(/[\u4e00-\u9fff]/g) ?? [])) {
    const [reading] = pinyin(ch, { toneType: 'none', type: 'array' });
    byReading.set(reading, [...(byReading.get(reading) ?? []), ch]);
  }
}
const homophone = (ch: string) => (byReading.get(pinyin(ch, { toneType: 'none', type: 'array' })[0]) ?? []).find((other) => other !== ch);

describe('typo repair', () => {
  it('repairs a one-character homophone and a missing inner character, not a word already there', () => {
    const repair = new TypoRepair(['政府采购', '机关运行经费', '公务用车运行维护费']);
    expect(repair.repair('政府菜购预算多少')).toEqual({ text: '政府采购预算多少', typed: '政府菜购', word: '政府采购' });
    expect(repair.repair('机关运型经费')?.word).toBe('机关运行经费');
    expect(repair.repair('公务用车运行维护多少')).toBeUndefined();
    expect(repair.repair('公务车运行维护费多少', true)?.word).toBe('公务用车运行维护费');
    expect(repair.repair('政府采购预算')).toBeUndefined();
  });

  it('repairs a two-character word only in the last pass, only by a homophone of its second character', () => {
    const repair = new TypoRepair(['三公', '政府采购']);
    expect(repair.repair('三工多少')).toBeUndefined();
    expect(repair.repair('三工多少', true)).toEqual({ text: '三公多少', typed: '三工', word: '三公' });
    expect(repair.repair('三个多少', true)).toBeUndefined();
  });

  it('never repairs into a phrase that asks, which would put words in the asker\'s mouth', () => {
    const repair = new TypoRepair(['要买多少', '接待几批', '政府采购']);
    expect(repair.repair('办身份证要多少钱', true)).toBeUndefined();
    expect(repair.repair('接待几次', true)).toBeUndefined();
  });

  it('takes no known word for a slip of another that sounds like it (出国经费 is no 出国境费)', () => {
    const repair = new TypoRepair(['出国经费', '出国境费']);
    expect(repair.repair('出国经费预算多少')).toBeUndefined();
    expect(repair.repair('出国竟费预算多少')?.word).toMatch(/^出国[经境]费$/);
  });
});

describe.each(documents.map((d) => [d.facts.identity.id, d] as const))('homophone typos in %s', (_, doc) => {
  const engine = new Engine([doc]);
  // Each figure by the name users know it by (the lexicon's name of its concept); 上年… names ask about last year.
  const named = doc.facts.amounts
    .map((a) => ({ a, name: CONCEPTS[a.concept].name }))
    .filter(({ name }) => name.length >= 4 && /^[\u4e00-\u9fff]+$/.test(name) && !name.startsWith('上年'));
  it.runIf(named.length > 0)('finds each key figure by its name with one character mistyped', () => {
    const missed = named.flatMap(({ a, name }) => {
      const at = name.length - 2;
      const swap = homophone(name[at]);
      if (!swap) return [];
      const typed = name.slice(0, at) + swap + name.slice(at + 1);
      const reply = replyBody(engine.ask(`${typed}是多少`, `typo-${typed}`).text);
      return reply.includes(`${num(Number(a.value.toFixed(2)))} 万元`) ? [] : [`${typed} (${name} ${a.value}): ${reply.slice(0, 50)}`];
    });
    expect(missed).toEqual([]);
  });
  it.runIf(named.length > 0)('finds each key figure with its last two characters typed as another word that reads the same', () => {
    const missed = named.flatMap(({ a, name }) => {
      const [first, second] = [homophone(name.at(-2)!), homophone(name.at(-1)!)];
      if (!first || !second) return [];
      const typed = `${name.slice(0, -2)}${first}${second}`;
      const reply = replyBody(engine.ask(`${typed}多少`, `typo2-${typed}`).text);
      return reply.includes(`${num(Number(a.value.toFixed(2)))} 万元`) ? [] : [`${typed} (${name} ${a.value}): ${reply.slice(0, 50)}`];
    });
    expect(missed).toEqual([]);
  });
  // 信访业务的预算执行律: a word that asks a measure, mistyped, asks it still (the line's 决算 execution).
  const executed = doc.facts.executions.find((e) => e.name.length >= 4 && doc.facts.executions.filter((o) => o.name === e.name).length === 1);
  it.runIf(!!executed)('reads a measure word with its last character mistyped (执行律) as the measure', () => {
    const typed = `执行${homophone('率')}`;
    const body = replyBody(engine.ask(`${executed!.name}的预算${typed}是多少`, `measure typo`).text);
    expect(body).toContain(`（按「执行率」理解“${typed}”）`);
    expect(body).toContain(num(executed!.actual));
  });
});

describe('a missing character supposed', () => {
  const repair = new TypoRepair(['政府采购', '购买服务', '年末结转结余', '单位预留机动经费']);

  it('at the end of a long word that ends the question (年末结转结), not of a short one', () => {
    expect(repair.repair('年末结转结', true)?.word).toBe('年末结转结余');
    expect(repair.repair('年末结转结多少', true)).toBeUndefined();
  });

  it('never where the span cuts through another word the text holds (政府购买服务 is no 政府采购)', () => {
    expect(repair.repair('财政拨款政府购买服务预算合计多少', true)).toBeUndefined();
    expect(repair.repair('政府购预算多少', true)?.word).toBe('政府采购');
  });
});

describe('a word typed in pinyin', () => {
  const repair = new TypoRepair(['基本支出', '项目支出', '三公经费', '政府采购']);

  it('is read as the word whose first characters the letters spell and whose rest follows (jiben支出, sangong经费)', () => {
    expect(repair.repair('jiben支出')?.word).toBe('基本支出');
    expect(repair.repair('xiangmu支出多少')?.text).toBe('项目支出多少');
    expect(repair.repair('sangong经费多少')?.word).toBe('三公经费');
  });

  it('is read with spaces between its syllables\' groups (sangong jingfei, xiangmu zhichu)', () => {
    expect(repair.repair('sangong jingfei 今年多少')?.word).toBe('三公经费');
    expect(repair.repair('xiangmu zhichu多少')?.text).toBe('项目支出多少');
  });

  it('is read where the word\'s first characters are typed before the letters (事业收ru, 因公出guo(境)费)', () => {
    const more = new TypoRepair(['事业收入', '出国', '基本支出']);
    expect(more.repair('学校今年事业收ru多少来着')?.word).toBe('事业收入');
    expect(more.repair('好像叫因公出guo(境)费')?.text).toBe('好像叫因公出国(境)费');
  });

  it('is not read where the letters spell no word\'s start, or the characters after them do not follow (pc服务器, jiben收入)', () => {
    expect(repair.repair('pc服务器多少')).toBeUndefined();
    expect(repair.repair('jiben收入')).toBeUndefined();
  });
});

describe('an English word mistyped by one letter', () => {
  const spelling = new EnglishSpelling(['government procurement', 'reception', 'expense', 'expenses', 'official reception', 'office rent', 'office rental']);

  it('is read as the one vocabulary word it is a slip of: a letter dropped, added, changed or two swapped', () => {
    expect(spelling.repair('what is the govenment procurment budget')).toEqual({ text: 'what is the government procurement budget', typed: 'govenment, procurment', word: 'government, procurement' });
    expect(spelling.repair('how much for receptoin')?.text).toBe('how much for reception');
    expect(spelling.repair('how much for recepxion')?.text).toBe('how much for reception');
    expect(spelling.repair('how much for receeption')?.text).toBe('how much for reception');
  });

  it('leaves a known word, a short word, a plural of a known word, and a slip two words fit', () => {
    expect(spelling.repair('official reception expenses')).toBeUndefined();
    expect(spelling.repair('how much is the rant')).toBeUndefined();
    // An English word of its own is no slip of the vocabulary word one letter away.
    expect(new EnglishSpelling(['reason'], (w) => w === 'season').repair('spending on the season')).toBeUndefined();
    expect(['season', 'hearing', 'received'].every(isEnglishWord)).toBe(true);
    expect(['procurment', 'govenment', 'recepton'].some(isEnglishWord)).toBe(false);
    // count is a word of its own, one letter from court: a short word is never repaired.
    expect(new EnglishSpelling(['court']).repair('the review count target')).toBeUndefined();
    expect(spelling.repair('rent of offices')).toBeUndefined();
    expect(spelling.repair('the office rentak')?.text).toBe('the office rental');
    expect(new EnglishSpelling(['parking', 'marking']).repair('the aarking fee')).toBeUndefined();
  });
});

describe.each(documents.map((d) => [d.facts.identity.id, d] as const))('English typos in %s', (_, doc) => {
  const engine = new Engine([doc]);
  const lexicon = defaultLexicon();
  const known = new Set(lexicon.englishVocabulary.flatMap((t) => t.split(/[^a-z]+/)));
  // Each key figure by its concept's English name, its longest word with an inner letter left out.
  const named = [...new Set(doc.facts.amounts.map((a) => a.concept))].flatMap((concept) => {
    const en = CONCEPTS[concept].en?.toLowerCase().replace(/[^a-z ]/g, '');
    const longest = en?.split(' ').sort((a, b) => b.length - a.length)[0];
    if (!en || !longest || longest.length < 7) return [];
    const typo = longest.slice(0, 3) + longest.slice(4);
    return known.has(typo) ? [] : [{ en, longest, typed: en.replace(longest, typo) }];
  });
  it.runIf(named.length > 0)('answers each key figure asked by its English name with a letter missing as it answers the name spelled right', () => {
    const missed = named.flatMap(({ en, longest, typed }) => {
      const right = replyBody(engine.ask(`What is the ${en}?`, `en-right-${en}`).text);
      const slipped = replyBody(engine.ask(`What is the ${typed}?`, `en-typo-${en}`).text);
      return slipped === `(reading "${typed.split(' ').find((w) => !en.split(' ').includes(w))}" as "${longest}") ${right}` ? [] : [`${typed}: ${slipped} | ${right}`];
    });
    expect(missed).toEqual([]);
  });
});
