/**
 * Answers built from facts every disclosure may carry, checked on every shipped disclosure from
 * its own fact base: projects ranked by the money stated for them, the projects procurement is
 * listed under, a count with the parts the prose gives, standard line names asked in English,
 * and bodies or attributes the disclosure does not cover refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { defaultLexicon } from '../src/intent/lexicon.js';
import { analyze } from '../src/intent/frame.js';
import { isOwnUnit } from '../src/engine/resolve.js';
import { loadDocuments } from '../src/parse/load.js';
import { parseDocument } from '../src/parse/document.js';
import { isWholeDepartment, pricedProjects } from '../src/answer/projects.js';
import { countParts, findStatedCount } from '../src/answer/counts.js';
import { num } from '../src/answer/answer.js';
import { findAmount, partsOf } from '../src/answer/amounts.js';
import { INDICATOR_KINDS } from '../src/answer/details.js';
import { replyBody } from './replyBody.js';
import { SourceText } from '../src/parse/sourceText.js';
import { statedCounts } from '../src/parse/statedCounts.js';
import { extractKeyFacts, readChange } from '../src/parse/keyFacts.js';
import { statedAmounts } from '../src/parse/statedAmounts.js';
import { proseProjects } from '../src/parse/proseProjects.js';
import { orgListings } from '../src/parse/orgListings.js';
import { selfDescription } from '../src/parse/selfDescription.js';
import { assetsAsOf } from '../src/parse/assetsAsOf.js';
import { statedMeaning } from '../src/resolve/definitions.js';
import { parseGlossary } from '../src/parse/glossary.js';
import { ROOT, SEED_PATH, SHARED_DOCS } from './helpers.js';
import { coreName } from '../src/resolve/shortNames.js';
import { sharedStart } from '../src/resolve/resolver.js';
import { tokenize } from '../src/search/tokenizer.js';
import { soundsAlike } from '../src/intent/typos.js';
import { FUNCTIONAL_CLASS_NAMES } from '../src/parse/classNames.js';
import { inOrder, listEntities } from '../src/search/entities.js';

const { documents } = loadDocuments([SEED_PATH, SHARED_DOCS]);
const engines = documents.map((doc) => ({ doc, engine: new Engine([doc]) }));
const english = JSON.parse(readFileSync(`${ROOT}knowledge/english.json`, 'utf8')) as { words: Record<string, string> };
const two = (n: number) => num(Number(n.toFixed(2)));
/** Units whose rank was asked by their English name. */
let unitsInEnglish = 0;
const bigramsOf = (text: string) => [...new Set([...text].slice(1).map((ch, i) => `${text[i]}${ch}`))];
const lexiconWords = new Set(defaultLexicon().words);
const lexiconConceptName = (concept: string) => defaultLexicon().concepts[concept as keyof ReturnType<typeof defaultLexicon>['concepts']]?.name;

/**
 * The procurement subtotals of the document's units, each with the unit's name without the place all
 * units share (政务服务中心 of 高新区政务服务中心, its subtotal 石家庄高新技术产业开发区政务服务中心), as people say it.
 */
function unitSubtotals(facts: (typeof documents)[number]['facts']): { short: string; amount: number }[] {
  if (facts.units.length < 2) return [];
  const names = facts.units.map((u) => u.name);
  const place = sharedStart(names).length;
  return facts.procurement.subtotals.flatMap((t) => {
    const short = names.map((n) => n.slice(place)).find((s) => s.length >= 3 && t.unit.endsWith(s));
    return short ? [{ short, amount: t.amount }] : [];
  });
}

describe.each(engines.map((e) => [e.doc.facts.identity.file, e] as const))('%s', (_file, { doc, engine }) => {
  const facts = doc.facts;

  it('ranks the projects it states money for, either way round', () => {
    const projects = pricedProjects(facts).sort((a, b) => b.funds - a.funds);
    if (projects.length < 2) return;
    const most = replyBody(engine.ask('哪个项目钱最多').text);
    expect(most).toContain(projects[0].name);
    expect(most).toContain(two(projects[0].funds));
    const least = replyBody(engine.ask('预算最少的项目是哪个').text);
    expect(least).toContain(projects.at(-1)!.name);
  });

  it('finds a project described by words of its goal that no other goal and no name holds (搞XY的那个项目)', () => {
    const projects = listEntities(facts).filter((e) => e.kind === 'table' && e.table.goal);
    const names = listEntities(facts).map((e) => e.name);
    // Numerals excepted: 十九四中 of 十九届四中全会 is no word anyone says.
    const hanzi = /^(?![^一二三四五六七八九十]*[一二三四五六七八九十])[\u4e00-\u9fa5]{2}$/;
    let asked = 0;
    for (const project of projects) {
      if (project.kind !== 'table') continue;
      // Words of the goal (jieba's), each in this goal alone and in no name, none sharing a character,
      // and none the intent layer reads as anything (最大 asks a rank, 城乡 names a place).
      const plain = (w: string) => { const f = analyze(w, defaultLexicon()); return !f.aspects.size && !f.concepts.length && !f.orgs.length && !f.orgPlaces.length; };
      const own = [...new Set(tokenize(project.table.goal!))].filter((w) => hanzi.test(w) && !lexiconWords.has(w) && plain(w) && projects.filter((p) => p.kind === 'table' && p.table.goal!.includes(w)).length === 1 && !names.some((n) => [...bigramsOf(w)].some((g) => n.includes(g))) && !facts.identity.department.includes(w));
      const [first, second] = [own[0], own.find((w) => ![...w].some((ch) => own[0]?.includes(ch)))];
      if (!first || !second) continue;
      asked++;
      expect(replyBody(engine.ask(`那个搞${first}${second}的项目有多少钱`, `described ${project.name}`).text), `${first}${second}`).toContain(project.name);
      // Described first, then pointed back at (…，这个项目今年给了多少钱).
      expect(replyBody(engine.ask(`听说你们请人${first}，还${second}，这个项目今年给了多少钱？`, `described then ${project.name}`).text), `${first} ${second}`).toContain(project.name);
    }
    if (projects.length >= 2 && facts.identity.file.includes('b03')) expect(asked).toBeGreaterThan(0);
  });

  it('takes a word that leads one family of classified lines (住房那块儿) as the family\'s head, and what it is spent on as the lines under it', () => {
    const lines = facts.lineItems;
    let asked = 0;
    for (const head of lines.filter((l) => l.level === 1)) {
      const lead = head.name.slice(0, 2);
      const led = lines.filter((l) => l.name.startsWith(lead));
      // The rule's own condition, read from the facts: every line the word leads, of the head's scheme, is under it,
      // and no name starts with a longer lead the question's word would be.
      const family = led.filter((l) => l.scheme === head.scheme);
      if (family.length < 2 || !family.every((l) => l.code.startsWith(head.code)) || led.some((l) => l.code.length < head.code.length)) continue;
      if (listEntities(facts).some((e) => e.kind !== 'lineItem' && e.name.includes(lead))) continue;
      asked++;
      const body = replyBody(engine.ask(`${lead}那块儿的钱是干嘛用的`, `family ${head.code}`).text);
      expect(body, lead).toContain(head.name);
      expect(body, lead).toContain(two(head.value));
    }
    if (facts.identity.file.startsWith('02_')) expect(asked).toBeGreaterThan(0);
  });

  it('reads a concept said as an area of money (搞项目的钱, 人员那块儿的钱) where its stem starts a word', () => {
    const project = facts.amounts.find((a) => a.concept === 'expense.project');
    if (project) expect(replyBody(engine.ask('咱们搞项目的钱总共多少啊', 'area project').text)).toContain(two(project.value));
    const personnel = facts.amounts.find((a) => a.concept === 'expense.personnel');
    if (personnel) expect(replyBody(engine.ask('人员那块儿的钱有多少', 'area personnel').text)).toContain(two(personnel.value));
  });

  it('reads a long abbreviation (可研评审费) as the one name holding it in order, over another read by a shared word (专家评审费)', () => {
    const entities = listEntities(facts);
    const names = [...new Set(entities.filter((e) => e.kind === 'procProject' || e.kind === 'table').map((e) => e.name))];
    let asked = 0;
    for (const name of names.filter((n) => n.length >= 9 && /^[\u4e00-\u9fa5]+$/.test(n))) {
      // The name's first two characters, a word of it another name shares, and its last character.
      for (const shared of tokenize(name).filter((w) => w.length === 2 && name.indexOf(w) >= 2 && name.indexOf(w) + 2 < name.length - 1)) {
        const rival = names.find((o) => o !== name && o.includes(shared));
        const piece = `${name.slice(0, 2)}${shared}${name.at(-1)}`;
        if (!rival || new Set(entities.filter((e) => inOrder(piece, e.name)).map((e) => e.name)).size !== 1 || lexiconWords.has(piece)) continue;
        expect(replyBody(engine.ask(`${piece}给了多少`, `long abbreviation ${piece}`).text), `${piece} → ${name}`).toContain(name);
        asked++;
        break;
      }
    }
    if (facts.identity.file.startsWith('2020_')) expect(asked).toBeGreaterThan(0);
  });

  it('takes the line a ranking under a class singles out as what 它 means next (X下面哪一项钱最多 → 它比上年增加了多少)', () => {
    let asked = 0;
    for (const parent of facts.lineItems.filter((l) => l.scheme === 'functional' && l.code.length === 5 && facts.lineItems.filter((o) => o.name === l.name).length === 1)) {
      const children = facts.lineItems.filter((c) => c.scheme === 'functional' && c.code.length === 7 && c.code.startsWith(parent.code)).sort((x, y) => y.value - x.value);
      const top = children[0];
      if (children.length < 2 || top.value === children[1].value || !top.change?.amount || facts.lineItems.filter((o) => o.name === top.name).length > 1) continue;
      const session = `ranked then it ${parent.code}`;
      engine.ask(`${parent.name}下面哪一项钱最多？`, session);
      expect(replyBody(engine.ask('它比上年变化了多少？', session).text), parent.name).toContain(two(top.change.amount));
      // The level pointed at as the tables mark it (法院这一款下面), the largest set aside: the next one.
      // A ranking asked whole (排个序) singles nothing out: 它 is still the class.
      const sorted = `sorted then it ${parent.code}`;
      engine.ask(`${parent.name}下面各项排个序`, sorted);
      expect(replyBody(engine.ask('它比上年变化了多少？', sorted).text), parent.name).not.toMatch(new RegExp(`^${top.name}（`));
      // The level pointed at (这一款下面) is read as the tables mark it (（款）下面).
      const pointed = replyBody(engine.ask(`${parent.name}这一款下面哪一项预算最多？`, `pointed ${parent.code}`).text);
      expect(pointed, parent.name).toBe(replyBody(engine.ask(`${parent.name}（款）下面哪一项预算最多？`, `marked ${parent.code}`).text));
      expect(pointed, parent.name).toContain(top.name);
      asked++;
    }
    if (facts.identity.file.startsWith('02_')) expect(asked).toBeGreaterThan(0);
  });

  it('gives no other thing\'s figure for a long name of its own that shares only a few words with it (全国信访信息系统维护费 ≠ 信息化运行维护)', () => {
    const names = [...new Set(listEntities(facts).filter((e) => e.kind === 'table' || e.kind === 'procProject').map((e) => e.name))].filter((n) => n.length >= 7 && /^[\u4e00-\u9fa5]+$/.test(n));
    for (const name of names.filter((n) => !/[及和与的其]/.test(n.slice(0, 4))).slice(0, 5)) {
      const q = `全国测绘${name.slice(0, 2)}管理${name.slice(2, 4)}中心维修费的预算执行率是多少`;
      const reply = engine.ask(q, q);
      // Refused (a line pointed at for reference may name it), or answered of something else.
      if (reply.answered) expect(replyBody(reply.text), q).not.toContain(name);
    }
  });

  it('answers a building project\'s overview asked in everyday words (楼有多高, 建在哪, 建成后做什么用), and its plan added up after its quarters', () => {
    for (const overview of facts.projectSections.filter((s) => s.label === '项目概况' && s.project && /高度|层/.test(s.text))) {
      const short = overview.project!.replace(/(?:新建|改建|扩建)?工程$|项目$/, '');
      for (const q of [`听说要新盖${short}，楼有多高？`, `${short}建在哪里`, `${short}建成以后做什么用`]) {
        const reply = engine.ask(q, q);
        expect(reply.answered, q).toBe(true);
        expect(replyBody(reply.text), q).toContain(overview.text.slice(0, 20));
      }
      const plan = facts.projectSections.find((s) => s.label === '年度预算安排' && s.project === overview.project && /季度/.test(s.text));
      if (!plan) continue;
      // A line sharing a word with the project (一般公共服务 of 社区公共服务中心) is no project asked.
      for (const line of facts.lineItems.filter((l) => l.level === 1 && l.name.length >= 4).slice(0, 3)) {
        expect(replyBody(engine.ask(`${line.name}有多大`, `line ${line.code}`).text), line.name).not.toContain(overview.text.slice(0, 20));
      }
      // Nor is another body whose name starts with 建设 (no verb of building).
      expect(engine.ask('建设管理中心的预算是多少', 'another body').answered).toBe(false);
      const session = `plan ${overview.project}`;
      engine.ask(`${short}今年的用款计划是怎么安排的？`, session);
      expect(replyBody(engine.ask('那全年加起来一共多少？', session).text)).toMatch(/个季度合计：.* = [\d.]+ 万元/);
      expect(replyBody(engine.ask('这个项目建成以后做什么用？', session).text)).toContain(overview.text.slice(0, 20));
    }
  });

  it('asks the indicator just answered of the other project named with 那…呢 (群众满意度 → 那另一个专项呢)', () => {
    const tables = facts.projectTables.filter((t) => !isWholeDepartment(t.project) && t.project.length >= 6);
    let asked = 0;
    for (const [i, a] of tables.entries()) {
      for (const b of tables.slice(i + 1)) {
        const shared = a.rows.find((r) => r.level3.length >= 4 && a.rows.filter((o) => o.level3 === r.level3).length === 1 && b.rows.filter((o) => o.level3 === r.level3).length === 1 && b.rows.find((o) => o.level3 === r.level3)!.value.raw !== r.value.raw);
        if (!shared || a.project.includes(b.project) || b.project.includes(a.project)) continue;
        const other = b.rows.find((o) => o.level3 === shared.level3)!;
        const session = `same indicator ${a.project} ${b.project}`;
        expect(replyBody(engine.ask(`${a.project}的${shared.level3}是多少`, session).text), shared.level3).toContain(shared.value.raw);
        const body = replyBody(engine.ask(`那${b.project}呢？`, session).text);
        expect(body, `${b.project} ${shared.level3}`).toContain(other.value.raw);
        // Money asked of the next one is money, and an indicator of two turns back is not asked again.
        expect(replyBody(engine.ask(`那${a.project}的预算呢？`, session).text), `${a.project} money`).not.toMatch(new RegExp(`^${a.project}${shared.level3}`));
        asked++;
        break;
      }
      if (asked >= 3) break;
    }
    if (facts.identity.file.startsWith('b03')) expect(asked).toBeGreaterThan(0);
  });

  it('takes 第二个 / 最后一个 / the first one after a list as the thing in that place of it', () => {
    // The whole department's table is no project of the list.
    const tables = facts.projectTables.filter((t) => !isWholeDepartment(t.project));
    if (tables.length >= 3) {
      const session = `places ${facts.identity.file}`;
      expect(engine.ask('有哪些项目', session).answered).toBe(true);
      expect(replyBody(engine.ask('第二个的绩效指标有哪些', session).text)).toContain(tables[1].project);
      // The list stays the one walked: a third place after the second.
      expect(replyBody(engine.ask('第三个呢', session).text)).toContain(tables[2].project);
      expect(replyBody(engine.ask('最后一个的绩效指标呢', session).text)).toContain(tables.at(-1)!.project);
      expect(replyBody(engine.ask('what about the first one', session).text)).toContain(tables[0].project);
    }
    if (facts.units.length >= 2 && facts.units[0].rank !== facts.units[1].rank) {
      const session = `units ${facts.identity.file}`;
      engine.ask('下面有哪几个单位', session);
      expect(replyBody(engine.ask('第二个是什么级别的', session).text)).toContain(facts.units[1].rank);
    }
  });

  it('answers what a line is for (X是干嘛用的) from its glossary entry where the disclosure states no uses of it', () => {
    const lexicon = defaultLexicon();
    const defined = facts.amounts.filter((a) => !a.uses && !['expense.project', 'expense.total'].includes(a.concept)).flatMap((a) => {
      const term = facts.glossary.find((g) => g.term === lexicon.concepts[a.concept]?.name);
      return term ? [term] : [];
    });
    for (const term of defined.slice(0, 3)) {
      const body = replyBody(engine.ask(`${term.term}是干嘛用的`).text);
      expect(body, term.term).toContain(term.definition.slice(0, 12));
    }
  });

  it('answers a stated score with its grade, and a disposal with its book value', () => {
    for (const scored of facts.statedCounts.filter((c) => c.unit === '分')) {
      const body = replyBody(engine.ask(`${scored.label.replace(/得分$/, '')}得了多少分，什么等级`).text);
      expect(body).toContain(num(scored.value));
      if (scored.grade) expect(body).toContain(scored.grade);
    }
    for (const disposed of facts.statedCounts.filter((c) => c.involves?.as === 'bookValue' && c.value > 0)) {
      expect(replyBody(engine.ask(`${disposed.label}几${disposed.unit}、原值多少`).text)).toContain(num(Number(disposed.involves!.value.toFixed(2))));
    }
  });

  it('counts the equipment above a million yuan however the price is said (百万元以上, 1 million yuan or more)', () => {
    const above = facts.statedCounts.find((c) => /^(?:单价)?100万元以上.*设备$/.test(c.label));
    if (!above) return;
    for (const q of ['百万元以上设备有几台', 'How many pieces of equipment worth 1 million yuan or more are there?']) {
      const body = replyBody(engine.ask(q).text);
      expect(body, q).toMatch(new RegExp(`(?<![\\d.])${above.value} 台`));
    }
  });

  it('answers whether a vehicle purchase is budgeted (有没有买公车的预算) with the purchase line, not purchase and running together', () => {
    const purchase = findAmount(facts, 'sangong.vehiclePurchase');
    if (!purchase) return;
    for (const q of ['今年有没有买公车的预算', '今年买公务车的钱安排了没有']) {
      const body = replyBody(engine.ask(q, q).text);
      expect(body, q).toContain(lexiconConceptName('sangong.vehiclePurchase'));
      expect(body, q).toContain(`${num(purchase.value)} 万元`);
    }
  });

  it('answers what a project mainly does this year from its plan of work only when the project is named', () => {
    const plan = facts.projectSections.find((s) => s.label === '实施方案' && s.project);
    if (!plan) return;
    expect(replyBody(engine.ask(`${coreName(plan.project!)}今年主要干啥`).text)).toContain(plan.text.slice(0, 15));
    expect(replyBody(engine.ask('你们单位主要做什么').text)).not.toContain(plan.text.slice(0, 15));
  });

  it('reads 比去年预算多了多少 as the total\'s change on last year, not as a line named 比上年预算', () => {
    const total = findAmount(facts, 'budget.total');
    if (!total?.change || total.change.direction === '持平' || total.change.amount === undefined) return;
    // A conversation of its own: the question before it in this file would be what 比去年 leans on.
    const body = replyBody(engine.ask(`比去年预算${total.change.direction === '增加' ? '多' : '少'}了多少`, 'last-year-budget').text);
    expect(body).toContain(two(total.change.amount!));
  });

  it('answers which of two purchasing projects costs more, and by how much, named by their short names', () => {
    const totals = new Map<string, number>();
    for (const item of facts.procurement.items) totals.set(item.project, (totals.get(item.project) ?? 0) + item.amount);
    const named = [...totals].filter(([name]) => coreName(name) !== name && coreName(name).length >= 4 && !facts.procurement.items.some((i) => i.item === name));
    const pair = named.find(([a, x], i) => named.slice(i + 1).some(([b, y]) => Math.abs(x - y) > 0.01 && !a.includes(coreName(b)) && !b.includes(coreName(a))));
    if (!pair) return;
    const other = named.find(([b, y]) => Math.abs(pair[1] - y) > 0.01 && !pair[0].includes(coreName(b)) && !b.includes(coreName(pair[0])))!;
    const body = replyBody(engine.ask(`${coreName(pair[0])}和${coreName(other[0])}哪个花钱多，多多少`).text);
    expect(body).toContain(two(Math.abs(pair[1] - other[1])));
    // 多花多少钱: the difference said with the spending verb.
    expect(replyBody(engine.ask(`${coreName(pair[0])}项目比${coreName(other[0])}项目多花多少钱？`, 'more spent').text)).toContain(two(Math.abs(pair[1] - other[1])));
  });

  it('adds or sets against each other the two things a conversation named last (这两个加起来多少 / 两者相差多少)', () => {
    const basic = findAmount(facts, 'expense.basic');
    const project = findAmount(facts, 'expense.project');
    if (!basic || !project || basic.value === project.value) return;
    const session = `both-${facts.identity.id}`;
    engine.ask('基本支出多少', session);
    engine.ask('那项目支出呢', session);
    expect(replyBody(engine.ask('这两个加起来多少', session).text)).toContain(two(basic.value + project.value));
    expect(replyBody(engine.ask('两者相差多少', session).text)).toContain(two(Math.abs(basic.value - project.value)));
  });

  it('adds two classified lines whatever verb stands before 多少 (两项加起来一共安排了多少 / 加起来决算一共多少), and gives the share of the sum asked next', () => {
    const names = facts.lineItems.map((l) => l.name);
    const words = new Set(defaultLexicon().words);
    const lines = facts.lineItems.filter((l) => l.scheme === 'functional' && l.code.length === 7 && l.value > 0 && l.name.length >= 4 && names.filter((n) => n.includes(l.name) || l.name.includes(n)).length === 1 && !words.has(l.name));
    const [a, b] = lines.filter((l, i) => lines.findIndex((o) => Math.abs(o.value - l.value) < 0.01) === i);
    if (!a || !b) return;
    const [verb, phase] = facts.identity.kind === '决算' ? ['决算', '决算'] : ['安排了', '预算'];
    const sum = two(a.value + b.value);
    for (const q of [`${a.name}和${b.name}两项加起来一共${verb}多少万元？`, `${a.name}和${b.name}加起来${phase}一共多少`, `${a.name}加${b.name}一共${verb}多少`]) {
      expect(replyBody(engine.ask(q, q).text), q).toContain(`= ${sum} 万元`);
    }
    const whole = findAmount(facts, 'expense.general');
    if (!whole) return;
    const q = `${a.name}加${b.name}一共${verb}多少？占一般公共预算支出多大比例？`;
    // A share of the appropriation's whole is of the lines' appropriated parts, where the table gives them.
    const fiscal = (a.fiscal?.value ?? a.value) + (b.fiscal?.value ?? b.value);
    expect(replyBody(engine.ask(q, q).text), q).toContain(`${((fiscal / whole.value) * 100).toFixed(2)}%`);
  });

  it('says there are no units below the department where the disclosure says only its own level is budgeted (有没有二级预算单位)', () => {
    const none = facts.orgListings.find((l) => l.kind === 'subordinate' && l.count === 0 && l.said);
    if (!none || facts.units.length > 1) return;
    for (const q of ['下面有没有二级预算单位？', '有几个预算单位', '下属单位有哪些']) {
      const body = replyBody(engine.ask(q, q).text);
      expect(body, q).toContain('0 个');
      expect(body, q).toContain(none.said!.slice(-12));
    }
  });

  it('gives the execution of a line its statement names with 支出 after (…缴费 → …缴费支出（项）), asked as 年初预算比决算多出多少', () => {
    let asked = 0;
    for (const line of facts.lineItems.filter((l) => l.phase === '决算' && !l.breakdown.some((b) => b.phase === '年初预算'))) {
      const stated = facts.executions.find((e) => e.name === `${line.name}支出` && e.actual === line.value && e.budgeted !== e.actual);
      if (!stated || facts.lineItems.filter((l) => l.name === line.name).length > 1) continue;
      const body = replyBody(engine.ask(`${line.name}，年初预算比决算多出多少？`, `gap ${line.code}`).text);
      expect(body, line.name).toContain(two(Math.abs(stated.budgeted - stated.actual)));
      asked++;
    }
    if (facts.identity.file.startsWith('b01')) expect(asked).toBeGreaterThan(0);
  });

  it('gives the gap of one figure\'s two phases asked after each (三公经费的预算和决算各是多少，差了多少)', () => {
    const sangong = findAmount(facts, 'sangong.total');
    if (facts.identity.kind !== '决算' || sangong?.budgeted === undefined) return;
    const body = replyBody(engine.ask('三公经费的预算和决算各是多少，差了多少？', 'phases gap').text);
    expect(body).toContain(two(Math.abs(sangong.budgeted - sangong.value)));
  });

  it('reads the appropriation and the general budget as one figure where the disclosure has no government-fund money', () => {
    const noFund = facts.absences.some((a) => a.subject.startsWith('政府性基金')) || ['income.govfund', 'expense.govfund'].some((c) => findAmount(facts, c as 'income.govfund')?.value === 0);
    const general = findAmount(facts, 'expense.general');
    if (!noFund || !general) return;
    expect(replyBody(engine.ask('财政拨款支出多少', 'fiscal as general').text)).toContain(`${two(general.value)} 万元`);
  });

  it('keeps a joined name whole after words of the asker\'s own (街道公务用车购置及运行费), and its parts joined by 和 (购置和运行这块)', () => {
    const vehicle = findAmount(facts, 'sangong.vehicle');
    if (!vehicle || vehicle.derivation) return;
    const place = facts.identity.department.slice(-2);
    for (const q of [`${place}公务用车购置及运行费预算多少？`, '公务用车购置和运行这块，预算是多少呢？']) {
      expect(replyBody(engine.ask(q, q).text), q).toMatch(new RegExp(`^公务用车购置及运行费[^：]*：${two(vehicle.value)} 万元`));
    }
  });

  it('asks of what was heard where the question after it only asks money (听说今年要买新车，要花多少钱)', () => {
    const purchase = findAmount(facts, 'sangong.vehiclePurchase');
    if (!purchase || purchase.value <= 0) return;
    const q = '听说今年要买新车，要花多少钱？';
    expect(replyBody(engine.ask(q, q).text), q).toContain(`${two(purchase.value)} 万元`);
  });

  it('adds up three things listed in one clause (A、B、C三项加起来多少)', () => {
    const parts = (['sangong.abroad', 'sangong.vehicle', 'sangong.reception'] as const).map((c) => findAmount(facts, c));
    if (parts.some((p) => !p)) return;
    const names = parts.map((p) => lexiconConceptName(p!.concept));
    const body = replyBody(engine.ask(`${names.join('、')}三项加起来多少`, 'three summed').text);
    expect(body).toContain(`= ${two(parts.reduce((sum, p) => sum + p!.value, 0))} 万元`);
    // Whether they add up to the total published, however asked: the sum and the verdict.
    const total = findAmount(facts, 'sangong.total');
    if (total) {
      for (const q of ['三公经费三项分项加起来，和公布的合计数对得上吗？', '三公经费合计数和出国、接待、用车三项加总对得上吗？', '三公经费三项加起来到底是多少？']) {
        expect(replyBody(engine.ask(q, q).text), q).toMatch(/^(?:一致|不一致)：因公出国/);
      }
    }
    // The three said by their short names beside 三公 (出国、用车、接待).
    const short = replyBody(engine.ask('三公经费出国、用车、接待三块加一起是多少？', 'three short').text);
    expect(short).toContain(`= ${two(parts.reduce((sum, p) => sum + p!.value, 0))} 万元`);
  });

  it('says whether the first of two figures is more, as the question supposes, before the figures (是不是比…还多)', () => {
    const [basic, project] = [findAmount(facts, 'expense.basic'), findAmount(facts, 'expense.project')];
    if (!basic || !project || Math.abs(basic.value - project.value) < 0.01) return;
    const body = replyBody(engine.ask('项目支出是不是比基本支出还多', 'supposed').text);
    expect(body.startsWith(project.value > basic.value ? '是的' : '不是')).toBe(true);
  });

  it('works out a project\'s money per thing its indicators count (平均每次多少钱), from its funds or its purchases', () => {
    const purchases = new Map<string, number>();
    for (const item of facts.procurement.items) purchases.set(item.project, (purchases.get(item.project) ?? 0) + item.amount);
    const measures = /^万?([页次人台件户批项场期天篇条份])/;
    const cases = facts.projectTables.flatMap((table) => {
      const money = table.funds ?? purchases.get(table.project);
      const row = table.rows.find((r) => (r.value.number ?? 0) > 0 && measures.test(r.value.unit ?? ''));
      return money && row ? [{ table, money, row }] : [];
    });
    for (const { table, money, row } of cases.slice(0, 3)) {
      const per = row.value.unit!.match(measures)![1];
      const count = row.value.number! * (row.value.unit!.startsWith('万') ? 10_000 : 1);
      const yuan = (money * 10_000) / count;
      const shown = yuan >= 10_000 ? `${num(Number((yuan / 10_000).toFixed(2)))} 万元` : `${num(Number(yuan.toFixed(2)))} 元`;
      const body = replyBody(engine.ask(`${table.project}平均每${per}多少钱`, `per ${table.project}`).text);
      expect(body, table.project).toContain(shown);
      // Asked of the project the conversation is about, with 平均下来 and a comma before 每.
      engine.ask(table.project, `per-after ${table.project}`);
      expect(replyBody(engine.ask(`那平均下来，每${per}多少钱`, `per-after ${table.project}`).text), table.project).toContain(shown);
    }
  });

  it('takes 那个中心 for the one unit whose name ends so, and 它 after it for that unit', () => {
    for (const noun of ['中心', '学院', '学校', '医院']) {
      const units = listEntities(facts).filter((e) => e.kind === 'unit' && e.name.endsWith(noun) && !isOwnUnit(e.name, facts));
      if (units.length !== 1) continue;
      const unit = facts.units.find((u) => units[0].name.includes(u.name) || u.name.includes(units[0].name));
      const subtotal = facts.procurement.subtotals.find((t) => t.unit.endsWith(noun));
      const session = `pointed ${noun}`;
      engine.ask('有几个单位', session);
      const body = replyBody(engine.ask(`那个${noun}是什么性质的单位`, session).text);
      if (unit) expect(body).toContain(unit.nature);
      if (subtotal) expect(replyBody(engine.ask('它的采购预算多少', session).text)).toContain(two(subtotal.amount));
      // Asked first, with no conversation: 那个中心的政采小计 / 中心那边政采小计.
      if (subtotal) for (const q of [`那个${noun}的政采小计多少`, `${noun}那边政采小计？`]) expect(replyBody(engine.ask(q, `first ${q}`).text), q).toContain(two(subtotal.amount));
    }
  });

  it('says a project sets no indicator of the kind asked (有满意度指标吗) before listing those it sets', () => {
    const without = facts.projectTables.filter((t) => t.rows.length && !t.rows.some((r) => `${r.level2}${r.level3}`.includes('满意度')) && !/满意/.test(t.project));
    for (const table of without.slice(0, 2)) {
      const body = replyBody(engine.ask(`${table.project}有满意度指标吗`, `no kind ${table.project}`).text);
      expect(body.startsWith('没有'), table.project).toBe(true);
    }
  });

  it('asks an item bought under several projects (里面/其中 X 多少) of the project the conversation is about', () => {
    const items = facts.procurement.items;
    const shared = items.find((i) => items.some((j) => j.item === i.item && j.project !== i.project && j.amount !== i.amount));
    if (!shared) return;
    for (const lead of ['里面', '其中']) {
      const session = `within ${lead}`;
      engine.ask(`${shared.project}多少`, session);
      const body = replyBody(engine.ask(`${lead}${shared.item}多少`, session).text);
      expect(body, lead).toContain(`${two(shared.amount)} 万元`);
      expect(body, lead).not.toContain('行采购');
    }
  });

  it('works out the vehicles\' value per vehicle when their worth is what is asked (车辆账面价值多少，平均一辆多少)', () => {
    const row = facts.assets.find((r) => /^车辆/.test(r.name) && r.quantity && r.value !== null);
    if (!row) return;
    expect(replyBody(engine.ask('车辆账面价值多少，平均一辆多少', 'worth each').text)).toContain(two(row.value! / row.quantity!));
  });

  it('ranks the purchases of the project talked about when a follow-up asks which costs most (那…哪个品目花钱最多)', () => {
    const byProject = new Map<string, typeof facts.procurement.items>();
    for (const item of facts.procurement.items) byProject.set(item.project, [...(byProject.get(item.project) ?? []), item]);
    const overall = Math.max(...facts.procurement.items.map((i) => i.amount));
    const entry = [...byProject].find(([, items]) => items.length > 1 && Math.max(...items.map((i) => i.amount)) < overall);
    if (!entry) return;
    const [project, items] = entry;
    const top = [...items].sort((a, b) => b.amount - a.amount)[0];
    const session = `rank within ${project}`;
    engine.ask(`${project}多少`, session);
    const body = replyBody(engine.ask('那采购明细里哪个品目花钱最多', session).text);
    expect(body.split('\n')[0]).toContain(`${top.item}（${project}），${two(top.amount)} 万元`);
  });

  it('names the bodies it counts when asked which they are (有几个，都叫啥), where the prose lists as many', () => {
    for (const listing of facts.orgListings.filter((l) => l.kind === 'subordinate' && l.names.length > 1)) {
      const counted = facts.statedCounts.find((c) => c.value === listing.names.length && /单位/.test(c.label));
      if (!counted) continue;
      const body = replyBody(engine.ask(`${counted.label}有几${counted.unit}，都叫啥`, `which ${counted.label}`).text);
      for (const name of listing.names) expect(body, name).toContain(name);
    }
  });

  it('gives a 决算\'s stated reason its actual differs from its budget (三公为什么没花完)', () => {
    for (const a of facts.amounts.filter((x) => x.varianceReason && x.budgeted)) {
      const body = replyBody(engine.ask(`${lexiconConceptName(a.concept)}为什么没花完`, `variance ${a.concept}`).text);
      expect(body, a.concept).toContain(a.varianceReason!.text.slice(0, 10));
    }
  });

  it('narrows an item bought under several projects to the project the question\'s other words name (大厅的印刷费)', () => {
    const items = facts.procurement.items;
    for (const row of items) {
      const others = items.filter((o) => o.item === row.item && o.project !== row.project);
      if (!others.length) continue;
      const taken = new Set([...bigramsOf(row.item), ...items.flatMap((o) => bigramsOf(o.unit)), ...others.flatMap((o) => bigramsOf(o.project))]);
      const word = bigramsOf(row.project).find((g) => !taken.has(g) && /^[\u4e00-\u9fa5]{2}$/.test(g) && !/经费|费用|服务|项目|其他/.test(g));
      if (!word) continue;
      const body = replyBody(engine.ask(`${word}的${row.item}多少`, `narrow ${row.project}`).text);
      expect(body, `${word} ${row.item}`).toContain(`（${row.project}）`);
      for (const other of others) expect(body, other.project).not.toContain(`（${other.project}）`);
      return;
    }
  });

  it('finds a line by the everyday short word for part of its name (环卫 for 环境卫生)', () => {
    const line = facts.lineItems.find((i) => i.name.includes('环境卫生') && facts.lineItems.filter((o) => o.name === i.name).length === 1);
    if (!line) return;
    expect(replyBody(engine.ask('环卫今年安排多少', 'sanitation').text)).toContain(two(line.value));
  });

  it('answers an English question joined to a second by and (…, and which item is the biggest?), the second leaning on the first', () => {
    const total = findAmount(facts, 'procurement.total');
    const items = facts.procurement.items;
    if (!total || items.length < 2) return;
    const largest = Math.max(...items.map((i) => i.amount));
    const body = replyBody(engine.ask('What is the government procurement budget, and which item is the biggest?', 'english and').text);
    expect(body).toContain(two(total.value));
    expect(body).toContain(two(largest));
  });

  it('counts the procurement table\'s rows when asked how many (采购明细一共多少行 / 政府采购有几项)', () => {
    const items = facts.procurement.items;
    if (!items.length || !findAmount(facts, 'procurement.total')) return;
    for (const q of ['采购明细表一共列了多少行采购项', '政府采购一共有几项']) {
      expect(replyBody(engine.ask(q, q).text), q).toContain(`共 ${items.length} 行`);
    }
  });

  it('works out the part of a line that is not fiscal appropriation (不是财政拨款的部分)', () => {
    const line = facts.lineItems.find((i) => i.fiscal && i.value - i.fiscal.value > 0.01 && i.name.length >= 4 && facts.lineItems.filter((o) => o.name === i.name).length === 1);
    if (!line) return;
    const body = replyBody(engine.ask(`${line.name}里不是财政拨款的部分有多少`, 'non-fiscal').text);
    expect(body).toContain(two(line.value - line.fiscal!.value));
  });

  it('gives the share the disclosure states beside a figure when the whole asked is the one its figures divide to', () => {
    const total = findAmount(facts, 'expense.total');
    for (const a of facts.amounts.filter((x) => x.statedShare && !x.statedShare.of && ['expense.basic', 'expense.project', 'expense.reserve'].includes(x.concept))) {
      if (!total || Math.abs((a.value / total.value) * 100 - a.statedShare!.rate) >= 0.1) continue;
      const body = replyBody(engine.ask(`${lexiconConceptName(a.concept)}占总支出多少比例`, `stated ${a.concept}`).text);
      expect(body, a.concept).toContain(`${num(a.statedShare!.rate)}%（披露原文所述`);
    }
    // A share stated of 本年支出预算 is the one given when that whole is asked with the year said (2026年支出预算).
    const year = facts.identity.year;
    for (const a of facts.amounts.filter((x) => x.statedShare?.of?.startsWith('本年') && ['expense.basic', 'expense.project'].includes(x.concept))) {
      if (!year) break;
      const body = replyBody(engine.ask(`${lexiconConceptName(a.concept)}在${year}年${a.statedShare!.of!.replace(/^本年/, '')}里占多少比例？`, `stated of year ${a.concept}`).text);
      expect(body, a.concept).toContain(`${num(a.statedShare!.rate)}%（披露原文所述`);
    }
  });

  it('answers what a classified line is, or its standard, from the glossary entry that defines it', () => {
    const defined = facts.lineItems.map((i) => facts.glossary.find((g) => g.term === i.name)).filter((g): g is NonNullable<typeof g> => !!g);
    for (const term of defined.slice(0, 3)) {
      for (const q of [`${term.term}是指什么`, `${term.term}是按什么标准发的`]) {
        expect(replyBody(engine.ask(q, q).text), q).toContain(term.definition.slice(0, 12));
      }
    }
  });

  it('adds two lines asked in English (water and electricity combined)', () => {
    const [water, power] = ['水费', '电费'].map((n) => facts.lineItems.filter((i) => i.name === n));
    if (water.length !== 1 || power.length !== 1) return;
    expect(replyBody(engine.ask('How much is budgeted for water and electricity combined?', 'en sum').text)).toContain(`= ${two(water[0].value + power[0].value)} 万元`);
  });

  it('answers what else makes up the income (除了<one source>还有别的收入吗) with every source it gives', () => {
    const parts = partsOf('income.total').flatMap((c) => findAmount(facts, c) ?? []).filter((a) => a.value > 0);
    if (parts.length < 2) return;
    const body = replyBody(engine.ask(`除了${lexiconConceptName(parts[0].concept)}还有别的收入来源吗`).text);
    for (const part of parts) expect(body, part.concept).toContain(num(part.value));
  });

  it('works out a vehicle cost per vehicle from the cost and the vehicles held, whatever cost word is used', () => {
    const vehicles = facts.counts.find((c) => c.concept === 'assets.vehicleCount' && c.value > 0);
    const cost = findAmount(facts, 'sangong.vehicleOperation') ?? findAmount(facts, 'sangong.vehicle');
    if (!vehicles || !cost) return;
    const each = two(cost.value / vehicles.value);
    for (const q of ['平均每辆车的运行费多少', '公车运维花了多少，平均每辆多少', '有多少辆公车，每辆车运维费平均多少', '咱局里公车一共几辆啊，一辆车一年的运行维护平均要花多少？', 'What is the running cost per vehicle?', '有多少辆车？一辆车一年养下来大概多少钱？']) {
      const body = replyBody(engine.ask(q).text);
      expect(body, q).toContain(each);
      expect(body, q).toContain(num(vehicles.value));
    }
    // The bare running cost (运行费) asked after the cars' costs is theirs, not the body's.
    if (findAmount(facts, 'sangong.vehicleOperation')) {
      engine.ask('公务用车购置及运行费多少？', 'cars then running');
      expect(replyBody(engine.ask('运行费多少？', 'cars then running').text)).toMatch(/^公务用车运行/);
    }
    // The running cost said of the cars (车的运行费), not the body's running costs (机关运行费).
    if (findAmount(facts, 'sangong.vehicleOperation')) expect(replyBody(engine.ask('车的运行费多少', 'car running').text)).toContain(two(cost.value));
  });

  it('reads 上年结转 as the carry-over line it names, not as last year', () => {
    const carried = findAmount(facts, 'income.carryover');
    if (!carried) return;
    for (const q of ['上年结转多少', '上年结转结余和其他收入分别多少']) {
      const reply = engine.ask(q);
      expect(reply.answered, q).toBe(true);
      expect(replyBody(reply.text), q).toContain(two(carried.value));
    }
  });

  it('gives words said once to both sides of a difference (A和B的采购金额差多少, 政府采购里服务比货物多多少)', () => {
    const goods = facts.amounts.find((a) => a.concept === 'procurement.goods');
    const services = facts.amounts.find((a) => a.concept === 'procurement.services');
    if (goods && services && goods.value !== services.value) {
      expect(replyBody(engine.ask('政府采购里服务比货物多多少', 'scope difference').text)).toContain(two(Math.abs(services.value - goods.value)));
    }
    const [first, second] = unitSubtotals(facts);
    if (first && second) {
      const question = `${first.short}和${second.short}的政府采购金额差多少`;
      expect(replyBody(engine.ask(question, 'measure difference').text), question).toContain(two(Math.abs(first.amount - second.amount)));
    }
  });

  it('gives a count no part that is all of it and named inside its name (离退休人员96人，其中…退休96人)', () => {
    for (const count of facts.statedCounts) {
      const parts = countParts(count, facts.statedCounts);
      if (parts.length === 1) expect(count.label.includes(parts[0].label), `${count.label}: ${parts[0].label}`).toBe(false);
    }
  });

  it('answers the whole 决算 against its initial budget asked in English (actually spent from general public budget appropriations, compared with its initial budget)', () => {
    const whole = facts.executions.find((e) => e.path.length === 1);
    if (!whole) return;
    const body = replyBody(engine.ask('How much was actually spent from general public budget appropriations, compared with the initial budget?', 'en whole execution').text);
    expect(body, body).toContain(two(whole.actual));
    expect(body, body).toContain(two(whole.budgeted));
  });

  it('gives the rank of a unit named in English (What administrative rank does the Government Service Center have?)', () => {
    if (facts.units.length < 2) return;
    const names = facts.units.map((u) => u.name);
    const place = sharedStart(names).length;
    for (const unit of facts.units) {
      const en = Object.entries(english.words).find(([, zh]) => zh === unit.name.slice(place))?.[0];
      if (!en || !unit.rank) continue;
      const body = replyBody(engine.ask(`What administrative rank does the ${en.replace(/\b\w/g, (c) => c.toUpperCase())} have?`, `en rank ${unit.name}`).text);
      expect(body, body).toContain(unit.rank);
      unitsInEnglish++;
    }
  });

  it('refuses a judgement asked (是不是在浪费纳税人的钱, is it reasonable), and answers a figure asked with 你觉得', () => {
    for (const q of ['你觉得这个单位的预算是不是在浪费纳税人的钱？', '三公经费合不合理', '你觉得三公经费压减得够不够？是不是还应该再减？', 'Is the budget reasonable?', 'Do you think the spending is wasteful?', '你觉得这里的预算安排合理吗？是不是钱花得太多了？']) {
      const asked = engine.ask(q, `opinion ${q}`);
      expect(asked.answered, q).toBe(false);
      expect(asked.intent, q).toBe('refuse');
    }
    const sangong = findAmount(facts, 'sangong.total');
    if (sangong) expect(replyBody(engine.ask('你觉得三公经费是多少', 'loose 你觉得').text)).toContain(two(sangong.value));
    // What was actually spent is not in a budget (预算), only in a 决算.
    expect(engine.ask('实际一共花了多少？', 'actually spent').answered).toBe(facts.identity.kind === '决算');
    // One person's case, and the economy's figures, are no budget's (我提交的事项办到哪一步了, GDP预计增长多少).
    for (const q of ['能帮我查一下我去年提交的那件事项办到哪一步了吗？', `${facts.identity.year ?? 2024}年GDP预计增长多少？`, '今年房价涨了多少', 'What is the GDP growth this year?', '上半年实际执行了多少预算？']) {
      expect(engine.ask(q, `not a budget's ${q}`).answered, q).toBe(false);
    }
    // A whole area's finances are no department's budget (全区一般公共预算收入).
    for (const area of ['全区', '全市']) expect(engine.ask(`${facts.identity.year ?? 2024}年${area}一般公共预算收入是多少？`, `whole area ${area}`).answered).toBe(false);
  });

  it('adds water and electricity asked in everyday words, run together (一年用水用电加起来要花多少钱)', () => {
    const [water, power] = ['水费', '电费'].map((n) => facts.lineItems.filter((l) => l.name === n));
    if (water.length !== 1 || power.length !== 1) return;
    expect(replyBody(engine.ask('单位一年用水用电加起来要花多少钱？', 'water and power').text)).toContain(`= ${two(water[0].value + power[0].value)} 万元`);
  });

  it('reads retirees\' money, rent and building services in everyday words (退休金, 退休的老干部, 房租, 物业费) as the lines every classification has', () => {
    const only = (pattern: RegExp) => {
      const lines = facts.lineItems.filter((l) => pattern.test(l.name));
      return new Set(lines.map((l) => l.value)).size === 1 ? lines[0] : undefined;
    };
    const asked: [string, RegExp][] = [
      ['单位给退休的老同志发的退休金，一年多少钱？', /^退休费$/],
      ['离休金一年发多少', /^离休费$/],
      ['一年房租要交多少钱？', /^租赁费$/],
      ['给已经退休的老干部花了多少钱？', /离退休/],
      ['单位一年物业费预算多少啊？', /^物业管理费$/],
    ];
    for (const [q, name] of asked) {
      const line = only(name);
      if (line) expect(replyBody(engine.ask(q, `everyday ${q}`).text), q).toContain(two(line.value));
    }
  });

  it('reads the bureau said by its kind alone (信访局政府采购预算) as the body, not a subject nothing names', () => {
    const bureau = facts.identity.department.match(/[\u4e00-\u9fa5]{2}局$/)?.[0];
    // Where the bureau's own unit buys apart from its others (行政服务局本级), 服务局的采购 is that unit's.
    if (!bureau || facts.procurement.subtotals.length > 1) return;
    for (const [concept, said] of [['procurement.total', '政府采购'], ['sangong.total', '三公经费'], ['expense.basic', '基本支出']] as const) {
      const amount = findAmount(facts, concept);
      if (!amount) continue;
      const q = `${bureau}${said}预算一共多少`;
      expect(replyBody(engine.ask(q, `bureau ${q}`).text), q).toContain(two(amount.value));
    }
  });

  it('knows the department by the other word for a general office (市政府办公厅 for 市人民政府办公室)', () => {
    const office = facts.identity.department.match(/办公(厅|室)$/);
    const basic = findAmount(facts, 'expense.basic');
    if (!office || !basic) return;
    const other = facts.identity.department.replace(/办公(厅|室)$/, office[1] === '厅' ? '办公室' : '办公厅');
    const reply = engine.ask(`${other}的基本支出是多少`, 'other office word');
    expect(replyBody(reply.text), reply.text).toContain(two(basic.value));
  });

  it('gives the nature of each unit the question names (A跟B，哪个是行政单位哪个是事业单位)', () => {
    if (facts.units.length < 2) return;
    const names = facts.units.map((u) => u.name);
    const place = sharedStart(names).length;
    const [first, second] = facts.units;
    if (!first.nature || !second.nature || first.nature === second.nature) return;
    const body = replyBody(engine.ask(`${first.name.slice(place)}跟${second.name.slice(place)}，哪个是${first.nature}单位哪个是${second.nature}单位？`, 'natures').text);
    for (const unit of [first, second]) expect(body, body).toContain(`${unit.name}的单位性质：${unit.nature}`);
  });

  it('lists the units the budget is made up of, asked as how many the budget includes (这个部门预算包括几家单位)', () => {
    if (facts.units.length < 2) return;
    const body = replyBody(engine.ask('这个部门预算包括几家单位？', 'units of the budget').text);
    for (const unit of facts.units) expect(body, body).toContain(unit.name);
    // Cars are no units, though 单位 is said (单位有几辆车).
    expect(replyBody(engine.ask('单位有几辆车', 'cars of the unit').text)).not.toContain('机构设置');
  });

  it('keeps the rate a change states right after its amount (减少63.14万元，下降2.10%)', () => {
    for (const amount of facts.amounts.filter((a) => a.change?.amount !== undefined)) {
      const rate = amount.change!.source.quote.match(/(?:减少|增加)(?:\([^)]*\))?\s*[\d.]+(?:万元?|元)[,，](?:下降|增长|减少|增加)([\d.]+)\s?%/)?.[1];
      if (rate !== undefined) expect(amount.change!.rate, `${amount.label}: ${amount.change!.source.quote}`).toBe(Number(rate));
    }
  });

  it('knows the body said loosely with 总 before its kind (国家信访总局 for 国家信访局)', () => {
    const { department } = facts.identity;
    const sangong = findAmount(facts, 'sangong.total');
    if (!/[^总]局$/.test(department) || !sangong) return;
    const asked = engine.ask(`${department.replace(/局$/, '总局')}的三公经费是多少`, 'loose 总局');
    expect(asked.answered, asked.text).toBe(true);
    expect(replyBody(asked.text)).toContain(two(sangong.value));
  });

  it('refuses a change of something no disclosure covers (GDP增速, 房价涨了多少), and answers one of the whole', () => {
    const place = facts.identity.department.match(/^.{2,3}?[省市区县]/)?.[0] ?? '';
    for (const q of [`${place}GDP增速是多少？`, `${place}房价涨了多少`, 'CPI比去年涨了多少']) expect(engine.ask(q, `unknown change ${q}`).answered, q).toBe(false);
    const total = facts.amounts.find((a) => ['budget.total', 'expense.total', 'income.total'].includes(a.concept) && a.change);
    if (total) expect(engine.ask(`${place}今年比去年涨了多少`, 'whole change').answered).toBe(true);
  });

  it('reads a figure a bracket sets aside with 不算 (收入合计多少（不算年初结转）) as not asked', () => {
    const income = findAmount(facts, 'income.total');
    const carried = findAmount(facts, 'income.carryover');
    if (!income || !carried || income.value === carried.value) return;
    // The year's own income, where the tables give it apart from the 总计 that includes what was carried in.
    const ofYear = facts.statedAmounts.find((a) => a.label === '本年收入合计') ?? income;
    const body = replyBody(engine.ask('本年收入合计多少（不算年初结转）', 'set aside').text);
    expect(body).toContain(two(ofYear.value));
    expect(body).not.toMatch(/^上年结转/);
  });

  it('reads a unit a bracket sets aside (本级（不含政务服务中心）) as no subject and no other body', () => {
    const [first, second] = unitSubtotals(facts);
    if (!first || !second) return;
    for (const [asked, aside] of [[first, second], [second, first]]) {
      const question = `${asked.short}本级（不含${aside.short}）政府采购金额小计多少？`;
      const reply = engine.ask(question, `aside ${question}`);
      expect(reply.answered, question).toBe(true);
      expect(replyBody(reply.text), question).toContain(two(asked.amount));
    }
  });

  it('checks a claim about a named line against its figure (住房公积金是不是超过了400万), yes or no', () => {
    const names = listEntities(facts).map((e) => e.name);
    const line = facts.lineItems.find((l) => l.value >= 10 && l.name.length >= 4 && names.filter((n) => n === l.name).length === 1 && !defaultLexicon().words.includes(l.name));
    if (!line) return;
    const below = Math.floor(line.value * 0.9);
    const above = Math.ceil(line.value * 1.1) + 1;
    const yes = replyBody(engine.ask(`${line.name}是不是超过了${below}万`, 'claim yes').text);
    expect(yes, line.name).toMatch(/^是的/);
    expect(yes, line.name).toContain(two(line.value));
    expect(replyBody(engine.ask(`${line.name}是不是超过了${above}万`, 'claim no').text), line.name).toMatch(/^不是/);
  });

  it('answers the authorized posts asked in English (How many authorized staff positions…) as the 编制 stated', () => {
    const posts = facts.statedCounts.find((c) => /^在职人员编制$|^编制(?:人数|数)?$|^人员编制$/.test(c.label));
    if (!posts) return;
    expect(replyBody(engine.ask('How many authorized staff positions does the office have?', 'en posts').text)).toContain(`${num(posts.value)} ${posts.unit}`);
  });

  it('counts laws stated in 件 asked with 部 (打算制定和修改几部法规)', () => {
    for (const count of facts.statedCounts.filter((c) => c.unit === '件' && /制定|修改|法规/.test(c.label))) {
      const body = replyBody(engine.ask(`今年打算${count.label}几部法规呀`, `laws ${count.label}`).text);
      expect(body, body).toContain(`${num(count.value)} 件`);
    }
  });

  it('counts posts asked with 个 (编制一共多少个), as stated in 名 or 人', () => {
    for (const count of facts.statedCounts.filter((c) => (c.unit === '名' || c.unit === '人') && /编制$/.test(c.label))) {
      const body = replyBody(engine.ask(`${count.label}一共多少个`, `posts 个 ${count.label}`).text);
      expect(body, count.label).toContain(`${num(count.value)} ${count.unit}`);
    }
  });

  it('takes a long concept word cut off at the end of the question (年末结转结) as the word', () => {
    const lexicon = defaultLexicon();
    let asked = 0;
    for (const amount of facts.amounts) {
      // The concept's own name (年终结转结余), not a phrase users say it by, cut where what is left names no
      // concept and no thing of the document (机关运行经 is read as 政务大厅运行经费, rightly or not).
      const name = lexiconConceptName(amount.concept);
      const term = name && name.length >= 6 && !lexicon.findConcepts(name.slice(0, -1), false).length && !engine.documents[0].resolver.readings(name.slice(0, -1)).length && !facts.amounts.some((o) => o.concept !== amount.concept && lexicon.wordsOf(o.concept).some((t) => t.startsWith(name.slice(0, -1)))) ? name : undefined;
      if (!term || asked >= 3) continue;
      asked++;
      expect(replyBody(engine.ask(term.slice(0, -1), `cut ${term}`).text), term).toContain(two(amount.value));
    }
  });

  it('asks the money of a count the conversation holds (买几辆 → 花多少)', () => {
    const count = facts.counts.find((c) => c.concept === 'assets.vehiclePurchaseCount');
    const money = findAmount(facts, 'sangong.vehiclePurchase');
    if (!count || !money || count.value === 0) return;
    engine.ask('今年买几辆车', 'count then money');
    expect(replyBody(engine.ask('花多少', 'count then money').text)).toContain(two(money.value));
    // Asked whether, then how much with words of intent (打算花多少钱).
    engine.ask('今年是不是要买新公车？', 'whether then money');
    expect(replyBody(engine.ask('打算花多少钱？', 'whether then money').text)).toContain(two(money.value));
  });

  it('says the stated whole that parts named add up to (货物和服务加起来 where 工程 is 0)', () => {
    const [goods, works, services, total] = ['procurement.goods', 'procurement.works', 'procurement.services', 'procurement.total'].map((c) => findAmount(facts, c as Parameters<typeof findAmount>[1]));
    if (!goods || !services || !total || (works?.value ?? 0) !== 0) return;
    const body = replyBody(engine.ask('货物采购和服务采购加起来多少', 'parts whole').text);
    expect(body).toContain(two(goods.value + services.value));
    expect(body).toContain(two(total.value));
  });

  it('finds a unit by its name without the place every unit\'s name starts with (服务中心政采小计), and a thing said after 咱们', () => {
    const subtotals = facts.procurement.subtotals;
    if (subtotals.length >= 2) {
      let place = 0;
      while (subtotals.every((s) => s.unit[place] === subtotals[0].unit[place])) place++;
      for (const s of subtotals.filter((t) => t.unit.length - place >= 4)) {
        const short = s.unit.slice(place);
        expect(replyBody(engine.ask(`${short}政采小计`, `place ${short}`).text), short).toContain(two(s.amount));
      }
    }
    const fiscal = findAmount(facts, 'income.fiscal');
    const total = findAmount(facts, 'income.total');
    if (fiscal && total && fiscal.value === total.value) expect(replyBody(engine.ask('咱这钱是不是全都是财政给的啊', 'all fiscal').text)).toMatch(/^是的/);
  });

  it('answers a fund named without its side (有没有政府性基金预算) by its spending where only that is stated, and never an income asked by its spending', () => {
    const income = findAmount(facts, 'income.govfund');
    const spending = findAmount(facts, 'expense.govfund');
    if (income || !spending) return;
    const whether = replyBody(engine.ask('咱们今年有没有政府性基金的预算安排？', 'fund').text);
    if (spending.value === 0) expect(whether).toMatch(/^(?:没有|无)。/);
    else expect(whether).toContain(`${num(spending.value)} 万元`);
    expect(replyBody(engine.ask('政府性基金预算多少', 'fund amount').text)).toMatch(new RegExp(`^无。|政府性基金支出：${num(spending.value)} 万元`));
    expect(replyBody(engine.ask('政府性基金收入多少', 'fund income').text)).not.toContain('政府性基金支出：');
    expect(replyBody(engine.ask('基金拨款有没有', 'fund short').text)).toMatch(/^(?:没有|无|有)。/);
  });

  it('works out last year\'s figures of two concepts from their stated changes, the year said once for both (按增加额倒推，2019年的A和B各是多少)', () => {
    const changed = (['budget.total', 'expense.basic', 'expense.project', 'sangong.total'] as const)
      .map((c) => findAmount(facts, c))
      .filter((a): a is NonNullable<typeof a> => !!a?.change?.amount && a.change.direction !== '持平');
    const year = facts.identity.year;
    if (changed.length < 2 || !year) return;
    const [a, b] = changed;
    const previous = (x: typeof a) => x.value + (x.change!.direction === '增加' ? -1 : 1) * x.change!.amount!;
    const body = replyBody(engine.ask(`按今年增加额倒推，${year - 1}年的${a.label}和${b.label}各是多少？`, 'derive two').text);
    for (const x of [a, b]) expect(body, x.label).toContain(two(previous(x)));
    expect(replyBody(engine.ask(`按说明里的增加额倒推，上一年的${a.label}是多少？`, 'derive last').text)).toContain(two(previous(a)));
    // 增幅 names the rate the way goes by, not what is asked.
    expect(replyBody(engine.ask(`按说明里的增幅倒推，${a.label}上一年的预算大概是多少？`, 'derive by rate').text)).toContain(two(previous(a)));
    expect(replyBody(engine.ask(`根据增加额算一下，${year - 1}年${b.label}是多少？`, 'derive worked').text)).toContain(two(previous(b)));
    expect(replyBody(engine.ask(`根据文中的增减数，${year - 1}年的${b.label}是多少？`, 'derive by change').text)).toContain(two(previous(b)));
  });

  it('reads the staff\'s short words for the running costs (机运费) and the reserve (预留机动)', () => {
    const admin = findAmount(facts, 'admin');
    if (admin) expect(replyBody(engine.ask('机运费预算数报一下', 'admin short').text)).toContain(two(admin.value));
    const reserve = findAmount(facts, 'expense.reserve');
    if (reserve) expect(replyBody(engine.ask('预留机动多少', 'reserve short').text)).toContain(two(reserve.value));
  });

  it('reads what is set aside before 其他 as not asked (除了财政拨款，其他收入有多少), and 花纳税人多少钱 as the spending', () => {
    const other = findAmount(facts, 'income.other');
    if (other && findAmount(facts, 'income.fiscal')) expect(replyBody(engine.ask('收入里面除了财政拨款，其他收入有多少？', 'set aside other').text)).toMatch(new RegExp(`^其他收入[^：]*：${two(other.value)} 万元`));
    const spending = findAmount(facts, 'expense.total');
    if (spending) expect(replyBody(engine.ask('我就想知道这个局一年总共要花我们纳税人多少钱', 'taxpayers').text)).toContain(two(spending.value));
  });

  it('reads money the state or the government gives (国家给多少钱, 政府给你们拨了多少) as the fiscal appropriation', () => {
    const fiscal = findAmount(facts, 'income.fiscal');
    if (!fiscal) return;
    for (const q of ['你们这个局一年国家给多少钱？', '政府给你们拨了多少钱']) expect(replyBody(engine.ask(q, `given ${q}`).text), q).toContain(two(fiscal.value));
    // What the government pays someone else for is that thing's money, not the body's appropriation.
    for (const q of ['政府一年给外包公司多少钱？', '政府给的处理费一方多少钱']) expect(replyBody(engine.ask(q, `paid ${q}`).text), q).not.toMatch(/^财政拨款收入：/);
  });

  it('answers in English the fixed assets to be bought and what for, and reads common slips (personel, 几俩公车)', () => {
    const plan = findAmount(facts, 'assets.purchasePlan');
    if (plan?.uses) {
      const body = replyBody(engine.ask('How much does the bureau plan to spend on new fixed assets this year, and for what?', 'en plan').text);
      expect(body).toContain(two(plan.value));
      expect(body).toContain(`Mainly for: ${plan.uses}`);
    }
    // retirees' pensions, the possessive's quote dropped, is the 退休费 line.
    const pensions = facts.lineItems.find((i) => i.name === '退休费');
    if (pensions) expect(replyBody(engine.ask("How much is budgeted for retirees' pensions this year?", 'en pensions').text)).toContain('退休费');
    const personnel = findAmount(facts, 'expense.personnel');
    if (personnel) expect(replyBody(engine.ask('How much is budgeted for personel costs?', 'en slip').text)).toContain(two(personnel.value));
    // 俩 typed for 辆 is read as the question spelled right.
    expect(replyBody(engine.ask('一共有几俩公车？', 'cars slip').text)).toBe(replyBody(engine.ask('一共有几辆公车？', 'cars right').text));
  });

  it('says how much of a purchasing project\'s funds is not procured (82万里有多少走政府采购，剩下的呢)', () => {
    const projects = new Map<string, typeof facts.procurement.items>();
    for (const i of facts.procurement.items) projects.set(i.project, [...(projects.get(i.project) ?? []), i]);
    for (const [project, rows] of [...projects].filter(([, r]) => r.length >= 2 && r[0].projectFunds !== undefined)) {
      const bought = rows.reduce((sum, r) => sum + r.amount, 0);
      const rest = rows[0].projectFunds! - bought;
      if (rest <= 0.005) continue;
      const body = replyBody(engine.ask(`${project}里有多少走政府采购？剩下不走政采的有多少？`, `rest ${project}`).text);
      expect(body, project).toContain(`其余 ${two(rest)} 万元`);
    }
  });

  it('breaks the fixed assets down into the asset table\'s rows when what they are made of is asked', () => {
    const rows = facts.assets.filter((r) => !/总额|合计|总计/.test(r.name) && r.value !== null);
    if (!rows.length || !findAmount(facts, 'assets.total')) return;
    const body = replyBody(engine.ask('我们的固定资产主要由什么构成，分别多少？', 'assets parts').text);
    for (const r of rows) expect(body, r.name).toContain(`${two(r.value!)} 万元`);
  });

  it('answers the vehicles asked within the fixed assets (固定资产中有几辆车，值多少钱) from the asset table\'s vehicle row', () => {
    const row = facts.assets.find((r) => /^车辆/.test(r.name) && r.quantity !== null);
    if (!row) return;
    const body = replyBody(engine.ask('局里固定资产中有几辆车，值多少钱？', 'assets vehicles').text);
    expect(body).toContain(`${num(row.quantity!)} 辆`);
  });

  it('answers how many vehicles were disposed of and their book value, the vehicles said as 车', () => {
    const disposed = facts.statedCounts.find((c) => c.unit === '辆' && c.involves?.as === 'bookValue' && /车辆$/.test(c.label));
    if (!disposed) return;
    const verb = disposed.label.replace(/车辆$/, '');
    expect(replyBody(engine.ask(`${verb}了几辆车`, 'disposed count').text)).toContain(`${disposed.label}：${num(disposed.value)} 辆`);
    expect(replyBody(engine.ask(`听说${verb}了一辆车，那辆车原值多少`, 'disposed value').text)).toContain(two(disposed.involves!.value));
  });

  it('says whether there are any before how many (要买新公务车吗 → 没有。…0 辆), and what is left at the year\'s end', () => {
    const toBuy = facts.counts.find((c) => c.concept === 'assets.vehiclePurchaseCount');
    if (toBuy) expect(replyBody(engine.ask('今年要买新公务车吗', 'buy vehicles').text)).toMatch(toBuy.value > 0 ? /^有。/ : /^没有。/);
    const left = findAmount(facts, 'expense.carryForward');
    if (left) expect(replyBody(engine.ask('年底还剩多少钱', 'left over').text)).toContain(two(left.value));
  });

  it('takes a classified line said with a word between its halves (人大搞立法) beside a word that only asks (花多少钱)', () => {
    const names = listEntities(facts).map((e) => e.name);
    const lines = facts.lineItems.filter((l) => l.name.length === 4 && names.filter((n) => n.includes(l.name.slice(0, 2)) && n.includes(l.name.slice(2))).length === 1 && !defaultLexicon().findConcepts(l.name, false).length);
    for (const line of lines.slice(0, 4)) {
      const question = `${line.name.slice(0, 2)}搞${line.name.slice(2)}一年要花多少钱`;
      expect(replyBody(engine.ask(question, `split ${line.code}`).text), question).toContain(two(line.value));
      // The generic 预算 beside it names no other subject (人大开大会，一年预算要花多少钱).
      const budgeted = `${line.name.slice(0, 2)}搞${line.name.slice(2)}，一年预算要花多少钱`;
      expect(replyBody(engine.ask(budgeted, `split budgeted ${line.code}`).text), budgeted).toContain(two(line.value));
    }
  });

  it('says yes or no first to a claim of a change\'s direction, and to whether there is any of a figure', () => {
    const sangong = findAmount(facts, 'sangong.total');
    if (sangong?.change) {
      const wrong = sangong.change.direction === '减少' ? '增加' : '减少';
      expect(replyBody(engine.ask(`三公经费比上年${wrong}了，对吗？`, 'claimed change').text)).toMatch(/^不对。/);
    }
    if (sangong) expect(replyBody(engine.ask('有三公经费吗', 'any sangong').text)).toMatch(sangong.value > 0 ? /^有。/ : /^没有。/);
  });

  it('answers what kind of unit a named unit is and its rank, however casually asked (X算啥单位、啥级别的)', () => {
    const [first, second] = facts.units;
    if (!first || !second || first.nature === second.nature) return;
    let place = 0;
    while (first.name[place] === second.name[place]) place++;
    for (const unit of [first, second].filter((u) => u.name.length - place >= 4)) {
      const body = replyBody(engine.ask(`${unit.name.slice(place)}算啥单位、啥级别的？`, `kind ${unit.name}`).text);
      expect(body, unit.name).toContain(unit.nature);
      expect(body, unit.name).toContain(unit.rank);
    }
  });

  it('asks the vehicles to be bought when buying follows a question about the vehicles there are', () => {
    const toBuy = facts.counts.find((c) => c.concept === 'assets.vehiclePurchaseCount');
    if (!toBuy || !facts.counts.some((c) => c.concept === 'assets.vehicleCount')) return;
    engine.ask('现在有几辆公车', 'vehicles then buying');
    expect(replyBody(engine.ask('今年还打算再买吗', 'vehicles then buying').text)).toContain(`${num(toBuy.value)} 辆`);
  });

  it('ranks a whole\'s own parts when asked which of them is largest (三公经费里哪一项最多), each with its share', () => {
    const whole = facts.amounts.find((a) => a.concept === 'sangong.total');
    const parts = ['sangong.abroad', 'sangong.vehicle', 'sangong.reception'].map((c) => facts.amounts.find((a) => a.concept === c)).filter((a) => a !== undefined);
    if (!whole || whole.value <= 0 || parts.length < 2) return;
    const top = parts.reduce((a, b) => (b.value > a.value ? b : a));
    const body = replyBody(engine.ask('三公经费里哪一项占比最高', 'parts ranked').text);
    expect(body).toContain(top.label);
    expect(body).toContain(`${((top.value / whole.value) * 100).toFixed(2)}%`);
  });

  it('follows a conversation into one unit\'s procurement: its subtotal, what it bought, its largest purchase', () => {
    const unitOf = (subtotal: string) => facts.units.find((u) => subtotal.endsWith(u.name));
    const subtotals = facts.procurement.subtotals.filter((t) => unitOf(t.unit));
    if (subtotals.length < 2) return;
    const department = facts.identity.department;
    const common = (a: string, b: string) => [...a].findIndex((ch, i) => b[i] !== ch);
    for (const subtotal of subtotals) {
      // The unit as people call it: the department's own by its level (局本级), another without the shared place name.
      const unit = unitOf(subtotal.unit)!.name;
      const short = isOwnUnit(unit, facts) ? `${department.slice(-1)}本级` : unit.slice(common(unit, department));
      const items = facts.procurement.items.filter((i) => i.unit === subtotal.unit);
      const largest = items.reduce((a, b) => (b.amount > a.amount ? b : a));
      const talk = new Engine([doc]);
      talk.ask('政府采购预算多少', short);
      expect(replyBody(talk.ask(`其中${short}多少`, short).text), short).toContain(two(subtotal.amount));
      const bought = replyBody(talk.ask('它主要买了啥', short).text);
      for (const item of items) expect(bought, short).toContain(item.item);
      expect(replyBody(talk.ask('最大的一笔是哪个', short).text), short).toContain(two(largest.amount));
    }
  });

  it('answers a 决算\'s budget against actual, asked of nothing narrower, with its statement of the whole', () => {
    const whole = facts.executions.find((e) => e.path.length === 1);
    if (!whole || whole.budgeted === undefined) return;
    for (const q of ['决算数为啥比年初预算少？', '年初预算是多少', '完成年初预算的百分之几']) {
      const body = replyBody(engine.ask(q, `whole ${q}`).text);
      expect(body, q).toContain(two(whole.budgeted));
      expect(body, q).toContain(two(whole.actual));
    }
  });

  it('asks 那年初预算是多少 of the figure the conversation is about', () => {
    const sangong = findAmount(facts, 'sangong.total');
    if (facts.identity.kind !== '决算' || sangong?.budgeted === undefined) return;
    const talk = new Engine([doc]);
    talk.ask('三公经费实际花了多少', 'budgeted');
    expect(replyBody(talk.ask('那年初预算是多少', 'budgeted').text)).toContain(two(sangong.budgeted));
  });

  it('tells total assets from fixed assets, and gives either as it stood at the year-end it is stated for', () => {
    const all = findAmount(facts, 'assets.all');
    const fixed = findAmount(facts, 'assets.total');
    const before = (facts.identity.year ?? 0) - 1;
    if (all) {
      expect(replyBody(engine.ask('资产总额多少', 'assets').text)).toContain(two(all.value));
      expect(replyBody(engine.ask(`截至${before}年底资产总额多少`, 'assets').text)).toContain(two(all.value));
    }
    if (fixed) expect(replyBody(engine.ask(`${before}年末固定资产多少`, 'assets').text)).toContain(two(fixed.value));
  });

  it('takes a count asked by the last word of its label alone (编制多少) for the one the others are parts of', () => {
    const totals = facts.statedCounts.filter((c) => countParts(c, facts.statedCounts).length > 0);
    for (const total of totals) {
      const head = total.label.slice(-2);
      // Another count of the same last word, larger and with parts of its own, would be the one meant.
      if (totals.some((c) => c !== total && c.label.endsWith(head) && c.value >= total.value)) continue;
      // A word that alone names no one count (人员, 单位, 项目) is no head noun to ask by.
      if (facts.statedCounts.some((c) => c.label === head) || ['人员', '单位', '项目', '人数'].includes(head)) continue;
      expect(replyBody(engine.ask(`${head}多少`, `head ${head}`).text), total.label).toContain(num(total.value));
    }
  });

  it('gives both counts of a spending asked together (接待多少批次、多少人次), whichever it reads first', () => {
    for (const [batches, visits, spending] of [['sangong.receptionBatches', 'sangong.receptionVisits', '公务接待'], ['sangong.abroadGroups', 'sangong.abroadVisits', '因公出国']] as const) {
      const first = facts.counts.find((c) => c.concept === batches);
      const second = facts.counts.find((c) => c.concept === visits);
      if (!first || !second) continue;
      const body = replyBody(engine.ask(`${spending}计划多少${first.unit}、多少人次？`, `counts ${spending}`).text);
      expect(body, spending).toContain(`${num(first.value)} ${first.unit}`);
      expect(body, spending).toContain(`${num(second.value)} 人次`);
      // The counting words listed alone, no 多少 said (国内公务接待批次、人次？).
      const listed = replyBody(engine.ask(`${spending}${first.unit === '批次' ? '批次' : '次数'}、人次？`, `listed ${spending}`).text);
      expect(listed, spending).toContain(num(first.value));
      expect(listed, spending).toContain(`${num(second.value)} 人次`);
    }
  });

  it('answers a class the prose names with its level (住房保障支出（类）445.69万元), in Chinese and in English', () => {
    const enOf = Object.fromEntries(Object.entries(english.words).map(([en, zh]) => [zh, en]));
    for (const name of [...FUNCTIONAL_CLASS_NAMES.keys()].filter((n) => doc.text.stream.includes(`${n}(类)`))) {
      const item = facts.lineItems.find((i) => i.name === name && i.level === 1);
      expect(item, name).toBeDefined();
      expect(replyBody(engine.ask(`${name}多少`, `class ${name}`).text), name).toContain(two(item!.value));
      // A short class word (education → 教育) is too common inside other names to stand for the class alone.
      const en = name.length - 2 >= 4 ? enOf[name.replace(/支出$/, '')] : undefined;
      if (en) expect(replyBody(engine.ask(`How much was spent on ${en}?`, `class ${name}`).text), name).toContain(two(item!.value));
    }
  });

  it('answers an English share of total spending with the part over the total', () => {
    const total = findAmount(facts, 'expense.total');
    if (!total) return;
    for (const concept of ['expense.basic', 'expense.project'] as const) {
      const part = findAmount(facts, concept);
      const en = defaultLexicon().concepts[concept]?.en;
      if (!part || !en || part.value <= 0) continue;
      const body = replyBody(engine.ask(`What share of total spending goes to ${en}?`, `share ${concept}`).text);
      // The disclosure's own share of its spending total, where it states one; else the part over the total.
      const stated = part.statedShare && defaultLexicon().findConcepts(part.statedShare.of, false).some((c) => c.concept === 'expense.total');
      expect(body, concept).toContain(stated ? `${num(part.statedShare!.rate)}%` : `${((part.value / total.value) * 100).toFixed(2)}%`);
    }
  });

  it('says what a 决算 line is for where its statement says, when asked', () => {
    for (const statement of facts.executions.filter((e) => e.uses)) {
      const body = replyBody(engine.ask(`${statement.name}主要是干嘛用的`, `uses ${statement.name}`).text);
      expect(body, statement.name).toContain(statement.uses!.slice(0, 8));
    }
  });

  it('ranks the classified lines asked within the fiscal spending (财政拨款支出里哪一项最多)', () => {
    const classes = facts.lineItems.filter((i) => i.scheme === 'functional' && i.level === 1 && !i.derivation);
    if (new Set(classes.map((i) => i.code)).size < 2 || !findAmount(facts, 'expense.fiscal')) return;
    const body = replyBody(engine.ask('财政拨款支出里哪一项最多', 'fiscal rank').text);
    expect(body).toMatch(/从大到小/);
    expect(classes.some((i) => body.includes(i.name))).toBe(true);
  });

  it('finds a class by its abbreviation, the first characters of its first two words (社保就业支出, 卫健支出)', () => {
    const lines = facts.lineItems.filter((i) => i.scheme === 'functional' && i.level === 1);
    for (const line of lines) {
      const words = tokenize(line.name.replace(/支出$/, '')).filter((w) => w.length === 2 && line.name.includes(w));
      const plain = [...new Set(words)].filter((w, i, all) => all.findIndex((x) => line.name.indexOf(x) >= line.name.indexOf(w) + 2) >= 0 || i === all.length - 1);
      if (plain.length < 2) continue;
      const abbreviation = `${plain[0][0]}${plain[1][0]}${plain.slice(2).join('')}支出`;
      // Only where the characters stand in order in no other name, as with any abbreviation.
      if (listEntities(facts).some((e) => e.name !== line.name && inOrder(abbreviation, e.name))) continue;
      expect(replyBody(engine.ask(`${abbreviation}多少`, `abbr ${line.code}`).text), abbreviation).toContain(two(line.value));
      // Said after the table it stands in (预算01表卫健支出): the table's name is no part of it, nor a budget total.
      expect(replyBody(engine.ask(`预算01表${abbreviation}多少`, `abbr in table ${line.code}`).text), abbreviation).toContain(two(line.value));
    }
  });

  it('finds a line said short, with the generic word it is asked with (物业费预算 for 物业管理费)', () => {
    for (const line of facts.lineItems.filter((i) => i.scheme === 'economic' && /^[\u4e00-\u9fa5]{4}费$/.test(i.name))) {
      const short = `${line.name.slice(0, 2)}费`;
      // Only a name one line carries (委托业务费 is a line of two classifications), abbreviated to nothing else.
      if (facts.lineItems.filter((o) => o.name === line.name).length > 1 || listEntities(facts).some((e) => e.name !== line.name && (inOrder(short, e.name) || e.name === short)) || lexiconWords.has(short)) continue;
      expect(replyBody(engine.ask(`${short}预算多少`, `short ${line.code}`).text), short).toContain(two(line.value));
    }
  });

  it('takes an abbreviation said with its class\'s word (中职教育支出) for the line it abbreviates, not the class it ends like', () => {
    for (const line of facts.lineItems.filter((i) => i.scheme === 'functional' && /^[\u4e00-\u9fa5]{6}$/.test(i.name))) {
      const tail = line.name.slice(4);
      const abbreviation = `${line.name[0]}${line.name[2]}${tail}`;
      // Only where the class the abbreviation ends like is a line too, and the abbreviation names one thing.
      if (!facts.lineItems.some((o) => o.name === `${tail}支出`) || listEntities(facts).filter((e) => inOrder(abbreviation, e.name)).length !== 1) continue;
      expect(replyBody(engine.ask(`${abbreviation}支出多少`, `abbreviated class:${line.code}`).text), abbreviation).toContain(two(line.value));
    }
  });

  it('reads a project described under headings of its own (项目名称…预算安排) with its budget', () => {
    for (const m of doc.text.stream.matchAll(/项目名称[:：]([^，,。；;:：\s]{2,40}?)(?=政策依据|立项依据|绩效目标)[\s\S]{0,1500}?预算安排[:：]?(\d+(?:\.\d+)?)万元/g)) {
      const [, project, funds] = m;
      expect(replyBody(engine.ask(`${project}项目预算多少钱？`, `named ${project}`).text), project).toContain(num(Number(funds)));
    }
  });

  it('gives the people a trip or a reception counts when asked 去了几个人 after its cost', () => {
    for (const [spending, visits, words] of [['sangong.abroad', 'sangong.abroadVisits', '出国花了多少钱，去了几个人？'], ['sangong.reception', 'sangong.receptionVisits', '公务接待花了多少，接待了多少人？']] as const) {
      const cost = findAmount(facts, spending);
      const people = facts.counts.find((c) => c.concept === visits);
      if (!cost || !people) continue;
      const body = replyBody(engine.ask(words, `people ${spending}`).text);
      expect(body, words).toContain(two(cost.value));
      expect(body, words).toContain(`${num(people.value)} 人次`);
    }
  });

  it('answers whether vehicles are bought with the number to buy, or the money for it where no number is stated', () => {
    const purchase = findAmount(facts, 'sangong.vehiclePurchase');
    const count = facts.counts.find((c) => c.concept === 'assets.vehiclePurchaseCount');
    if (!purchase && !count) return;
    const reply = engine.ask('今年买新车吗', 'buy vehicles');
    expect(reply.answered).toBe(true);
    expect(replyBody(reply.text)).toContain(count ? `${num(count.value)} ${count.unit}` : two(purchase!.value));
  });

  it('checks whether two figures add up to a third, showing the sum and any gap', () => {
    for (const [a, b, whole, words] of [
      ['expense.basic', 'expense.project', 'expense.total', '基本支出加项目支出是不是等于支出总额？'],
      ['expense.basic', 'expense.project', 'expense.total', '基本支出和项目支出相加是否等于支出总额'],
      ['expense.personnel', 'expense.public', 'expense.basic', '人员经费加公用经费等于基本支出吗'],
      ['expense.personnel', 'expense.public', 'expense.basic', '人员经费和公用经费加起来跟基本支出对得上吗'],
    ] as const) {
      const [x, y, z] = [findAmount(facts, a), findAmount(facts, b), findAmount(facts, whole)];
      if (!x || !y || !z) continue;
      const body = replyBody(engine.ask(words, `sum ${a}`).text);
      const sum = Number((x.value + y.value).toFixed(6));
      expect(body, words).toContain(`= ${two(sum)} 万元`);
      expect(body, words).toContain(two(z.value));
      expect(body.startsWith(Math.abs(sum - z.value) < 0.005 ? '是的' : '不相等'), words).toBe(true);
    }
  });

  it('adds the units\' procurement subtotals up against the procurement total', () => {
    const subtotals = facts.procurement.subtotals;
    const total = findAmount(facts, 'procurement.total');
    if (subtotals.length < 2 || !total) return;
    const body = replyBody(engine.ask('各单位的采购小计加起来是不是等于采购合计').text);
    const sum = subtotals.reduce((all, u) => all + u.amount, 0);
    expect(body).toContain(`= ${two(sum)} 万元`);
    expect(body).toContain(Math.abs(sum - total.value) < 0.005 ? '相符' : '相差');
  });

  it('repairs a two-character word typed as a homophone (三工 for 三公) where the question found nothing as typed', () => {
    const sangong = findAmount(facts, 'sangong.total');
    if (!sangong) return;
    const reply = engine.ask('三工 多少', 'pair typo');
    expect(reply.answered).toBe(true);
    expect(replyBody(reply.text)).toContain(two(sangong.value));
  });

  it('asks 其中政府采购了哪些 of the project the conversation is about', () => {
    const projects = [...new Set(facts.procurement.items.map((i) => i.project))].filter((p) => facts.projectTables.some((t) => t.project === p));
    for (const project of projects) {
      const talk = new Engine([doc]);
      talk.ask(`${project}多少`, 'within');
      const body = replyBody(talk.ask('其中政府采购了哪些东西', 'within').text);
      for (const item of facts.procurement.items.filter((i) => i.project === project)) expect(body, project).toContain(item.item);
    }
  });

  it('counts the projects with performance targets however the filing is said (报了/编了绩效目标)', () => {
    const count = facts.statedCounts.find((c) => c.label.includes('编报绩效目标') && /项目$/.test(c.label));
    if (!count) return;
    for (const q of ['多少个项目报了绩效目标', '有几个项目编了绩效目标？']) expect(replyBody(engine.ask(q, `filed ${q}`).text), q).toContain(`${num(count.value)} 个`);
  });

  it('says a fund budget the disclosure states it has none of is none, however the statement words it', () => {
    if (!/无政府性?基金/.test(doc.text.stream)) return;
    // None, or the zero a table states for it.
    expect(replyBody(engine.ask('有没有政府性基金支出', 'no fund').text)).toMatch(/^无|：0 万元/);
  });

  it('gives what project spending is mainly used for where a sentence first says what it is', () => {
    const uses = doc.text.stream.match(/项目支出(?:预算)?[\d.]*万元[^。]*?主要用于([^。;、]+)/)?.[1];
    if (!uses) return;
    expect(replyBody(engine.ask('项目支出主要用在哪些方面', 'project uses').text)).toContain(uses.slice(0, 4));
  });

  it('counts an item bought by one unit only where the question names that unit', () => {
    const units = [...new Set(facts.procurement.items.map((i) => i.unit))];
    if (units.length < 2) return;
    const shared = [...units[0]].findIndex((ch, i) => units.some((u) => u[i] !== ch));
    for (const unit of units) {
      // An item more than one unit buys, in more than one row of this unit's.
      const rows = facts.procurement.items.filter((i) => i.unit === unit);
      const item = rows.find((r) => rows.filter((o) => o.item === r.item).length > 1 && facts.procurement.items.some((o) => o.item === r.item && o.unit !== unit))?.item;
      if (!item) continue;
      const own = rows.filter((r) => r.item === item);
      const body = replyBody(engine.ask(`${unit.slice(shared)}本级买的${item}一共几${own[0].measure}`, `unit ${unit}`).text);
      expect(body, unit).toContain(`共 ${num(own.reduce((n, r) => n + r.quantity!, 0))} ${own[0].measure}`);
    }
  });

  it('gives each class its fiscal figure when the funds are said once after the list (A、B的财政拨款各多少)', () => {
    const lines = facts.lineItems.filter((i) => i.scheme === 'functional' && i.level === 1 && i.fiscal && i.name.length - 2 >= 4).slice(0, 3);
    if (lines.length < 2) return;
    const body = replyBody(engine.ask(`${lines.map((l) => l.name.replace(/支出$/, '')).join('、')}的财政拨款各多少`, 'fiscal list').text);
    for (const line of lines) expect(body, line.name).toContain(two(line.fiscal!.value));
  });

  it('says which of two figures is more and by how much', () => {
    const [basic, project] = [findAmount(facts, 'expense.basic'), findAmount(facts, 'expense.project')];
    if (!basic || !project || basic.value === project.value) return;
    const body = replyBody(engine.ask('基本支出和项目支出相比哪个多？多多少？', 'difference').text);
    const [more] = basic.value > project.value ? ['基本支出'] : ['项目支出'];
    expect(body).toContain(`${more}多 ${two(Math.abs(basic.value - project.value))} 万元`);
  });

  it('gives each procurement unit\'s share of all the procurement when asked 各占多大比例', () => {
    const subtotals = facts.procurement.subtotals;
    if (subtotals.length < 2) return;
    const all = facts.procurement.items.reduce((sum, i) => sum + i.amount, 0);
    const shared = [...subtotals[0].unit].findIndex((ch, i) => subtotals.some((t) => t.unit[i] !== ch));
    const body = replyBody(engine.ask(`${subtotals.map((t) => t.unit.slice(shared)).join('和')}的采购预算各占多大比例`, 'unit shares').text);
    for (const t of subtotals) expect(body, t.unit).toContain(`${((t.amount / all) * 100).toFixed(2)}%`);
  });

  it('lists the projects with performance tables, each with the money stated for it', () => {
    const projects = facts.projectTables.filter((t) => !isWholeDepartment(t.project));
    if (!projects.length) return;
    const body = replyBody(engine.ask('有哪些项目，各多少钱').text);
    for (const table of projects) {
      expect(body).toContain(table.project);
      if (table.funds !== undefined) expect(body).toContain(two(table.funds));
    }
  });

  it('gives the money and the average score the prose states beside a count of projects', () => {
    for (const count of facts.statedCounts.filter((c) => c.involves && /项目$/.test(c.label))) {
      const body = replyBody(engine.ask(`${count.label}有几个，涉及多少钱`).text);
      expect(body, count.label).toContain(`${num(count.value)} ${count.unit}`);
      expect(body, count.label).toContain(two(count.involves!.value));
    }
  });

  it('answers each procurement unit of a pair asked together, the department\'s own one as 本级', () => {
    const units = facts.procurement.subtotals;
    const own = units.find((u) => u.unit.endsWith(facts.identity.department.slice(-3)));
    const other = units.find((u) => u !== own);
    if (!own || !other) return;
    const body = replyBody(engine.ask(`本级和${other.unit}的采购各多少`).text);
    expect(body).toContain(two(own.amount));
    expect(body).toContain(two(other.amount));
  });

  it('takes the project a ranking singles out as the subject of the next question', () => {
    const [top] = pricedProjects(facts).sort((a, b) => b.funds - a.funds);
    const table = top && facts.projectTables.find((t) => t.project === top.name && t.rows.length);
    if (!table) return;
    engine.ask('哪个项目钱最多', 'focus');
    const body = replyBody(engine.ask('它的绩效指标有哪些', 'focus').text);
    expect(body).toContain(table.project);
    expect(body).toContain(table.rows[0].level3);
  });

  it('lists every project that procurement rows are listed under', () => {
    const names = [...new Set(facts.procurement.items.map((i) => i.project))];
    if (!names.length) return;
    const body = replyBody(engine.ask('列出所有政府采购项目').text);
    for (const name of names) expect(body).toContain(name);
  });

  it('gives a vehicle count with the kinds the prose breaks it into', () => {
    const count = facts.counts.find((c) => c.concept === 'assets.vehicleCount');
    if (!count) return;
    const parts = countParts(count, facts.statedCounts);
    const body = replyBody(engine.ask('有几辆车，都是什么车').text);
    expect(body).toContain(`${num(count.value)} ${count.unit}`);
    for (const part of parts) expect(body).toContain(`${part.label} ${num(part.value)}`);
  });

  it('finds a standard classified line asked for by its English name', () => {
    const byChinese = new Map(Object.entries(english.words).map(([en, zh]) => [zh, en]));
    const lines = facts.lineItems.filter((i) => byChinese.has(i.name) && byChinese.get(i.name)!.includes(' '));
    for (const line of lines.slice(0, 5)) {
      const body = replyBody(engine.ask(`How much is the budget for the ${byChinese.get(line.name)}?`).text);
      expect(body, line.name).toContain(line.name);
    }
  });

  it('finds a self-evaluated project asked in English by the words of its name the lexicon translates (petition cadre training project)', () => {
    const byChinese = new Map(Object.entries(english.words).map(([en, zh]) => [zh, en]));
    // The name read left to right as words the lexicon has, longest first; undefined where any part has none.
    const inEnglish = (name: string): string | undefined => {
      if (!name) return '';
      for (let end = name.length; end > 0; end--) {
        const en = byChinese.get(name.slice(0, end));
        const rest = en && inEnglish(name.slice(end));
        if (en && rest !== undefined) return `${en}${rest ? ` ${rest}` : ''}`;
      }
      return undefined;
    };
    let asked = 0;
    for (const table of facts.projectTables.filter((t) => t.selfEvaluation && t.total)) {
      const words = inEnglish(table.project.replace(/(?:专项|项目)$/, ''));
      if (!words || !words.includes(' ')) continue;
      asked++;
      expect(replyBody(engine.ask(`What self-assessment score did the ${words} project get?`).text), table.project).toContain(`scored ${num(table.total!.score)}`);
    }
    // Not vacuous: the national bureau's 决算 has such a project.
    if (facts.identity.file.startsWith('b01_')) expect(asked).toBeGreaterThan(0);
  });

  it('answers in English a training budget with its trainees (…, and roughly how many trainees), and all assets said as the body\'s', () => {
    const training = findAmount(facts, 'training');
    const trainees = facts.statedCounts.find((c) => c.label === '培训人数');
    if (training && trainees) {
      for (const q of ['What is the training budget, and roughly how many trainees are planned?', 'What is the bureau\'s training budget, and roughly how many people will be trained?']) {
        const body = replyBody(engine.ask(q, q).text);
        expect(body, q).toContain(two(training.value));
        expect(body, q).toContain(`${num(trainees.value)} 人`);
      }
    }
    const all = findAmount(facts, 'assets.all');
    if (all) expect(replyBody(engine.ask('What was the total value of the office\'s assets?', 'en all assets').text)).toContain(two(all.value));
  });

  it('answers the headcount of a meeting or a training by what was held, after its cost', () => {
    for (const count of facts.statedCounts.filter((c) => /^[\u4e00-\u9fa5]{2,4}人数$/.test(c.label))) {
      const topic = count.label.replace(/人数$/, '');
      expect(replyBody(engine.ask(`${topic}大概多少人参加`).text), count.label).toContain(`${num(count.value)} 人`);
    }
  });

  it('answers the goods, works and services parts of procurement by their 类 names', () => {
    for (const [concept, word] of [['procurement.goods', '货物类'], ['procurement.works', '工程类'], ['procurement.services', '服务类']] as const) {
      const amount = facts.amounts.find((a) => a.concept === concept);
      if (amount) expect(replyBody(engine.ask(`政府采购里${word}采购多少`).text), word).toContain(two(amount.value));
    }
  });

  it('answers the rows of one item within the procurement project a question names', () => {
    const projects = new Map<string, typeof facts.procurement.items>();
    for (const i of facts.procurement.items) projects.set(i.project, [...(projects.get(i.project) ?? []), i]);
    for (const [project, rows] of projects) {
      const names = [...new Set(rows.map((r) => r.item))];
      if (names.length < 2) continue;
      // Each item of the project asked for within it, the rest of the project left out of the answer.
      for (const name of names.filter((n) => n.length >= 4)) {
        const question = `${project}里的${name}采购多少`;
        // Where the words of another project all stand in the question (设备购置费里的其他办公设备 holds 办公设备购置), it may be read: not asked.
        if ([...projects.keys()].some((p) => p !== project && bigramsOf(coreName(p)).every((g) => question.includes(g)))) continue;
        const body = replyBody(engine.ask(question).text);
        for (const row of rows.filter((r) => r.item === name)) expect(body, `${project}/${name}`).toContain(two(row.amount));
        for (const other of rows.filter((r) => !r.item.includes(name) && !name.includes(r.item))) expect(body, `${project}/${name}`).not.toContain(`- ${other.item}（`);
      }
    }
  });

  it('names the rows each procurement catalogue code classifies', () => {
    for (const code of [...new Set(facts.procurement.items.map((i) => i.catalogueCode ?? ''))].filter((c) => /^[ABC]\d+$/.test(c)).slice(0, 8)) {
      const body = replyBody(engine.ask(`${code}是什么东西`).text);
      for (const item of facts.procurement.items.filter((i) => i.catalogueCode === code)) expect(body, code).toContain(item.item);
    }
  });

  it('gives procurement unit by unit when each unit is asked', () => {
    const { subtotals } = facts.procurement;
    if (subtotals.length < 2) return;
    const body = replyBody(engine.ask(`${subtotals.length}个单位的政府采购分别是多少`).text);
    for (const unit of subtotals) expect(body).toContain(two(unit.amount));
  });

  it('answers the sibling part of procurement asked next by its bare word', () => {
    const goods = facts.amounts.find((a) => a.concept === 'procurement.goods');
    const services = facts.amounts.find((a) => a.concept === 'procurement.services');
    if (!goods || !services) return;
    const session = `parts-${facts.identity.id}`;
    engine.ask('政府采购多少', session);
    expect(replyBody(engine.ask('货物多少', session).text)).toContain(two(goods.value));
    expect(replyBody(engine.ask('服务多少', session).text)).toContain(two(services.value));
  });

  it('gives each reception count asked, batches and visits together', () => {
    const batches = facts.counts.find((c) => c.concept === 'sangong.receptionBatches');
    const visits = facts.counts.find((c) => c.concept === 'sangong.receptionVisits');
    if (!batches || !visits) return;
    const body = replyBody(engine.ask('公务接待安排了几批、多少人次').text);
    expect(body).toContain(`${num(batches.value)} ${batches.unit}`);
    expect(body).toContain(`${num(visits.value)} ${visits.unit}`);
  });

  it('answers the procurement set aside for small businesses', () => {
    for (const amount of facts.statedAmounts.filter((a) => /中小企业|小微企业/.test(a.label))) {
      expect(replyBody(engine.ask(`${amount.label.replace(/^面向|^授予/, '')}多少`).text), amount.label).toContain(two(amount.value));
    }
    // The share of contracts that went to them, asked in English, as the disclosure states it.
    const granted = facts.statedAmounts.find((a) => /^授予中小企业/.test(a.label) && a.statedShare);
    if (granted) expect(replyBody(engine.ask('What share of the procurement contracts went to small and medium-sized firms?', 'en sme').text)).toContain(`${num(granted.statedShare!.rate)}%`);
  });

  it('takes a speaker\'s tag or a word for the asker\'s own body, or the body talked about (他们局), as no other body', () => {
    for (const q of [`市民问：${facts.identity.department}三公经费多少`, '新同事问：咱们局三公经费多少', '我们在对比各单位，贵局三公经费多少', '想了解一下咱局三公经费多少', '他们局的三公经费多少', `想了解下${facts.identity.department}三公经费多少`, `为啥${facts.identity.department}三公经费变了`, `不好意思，想确认一下${facts.identity.department}三公经费多少`]) {
      expect(engine.ask(q).answered, q).toBe(true);
    }
  });

  it('says what a figure is mainly for where the disclosure does, when asked', () => {
    for (const amount of facts.amounts.filter((a) => a.uses).slice(0, 5)) {
      const body = replyBody(engine.ask(`${amount.label}主要用来干嘛`).text);
      expect(body, amount.label).toContain(amount.uses!.slice(0, 8));
    }
  });

  it('gives the reason stated for the whole when a part of it has none of its own, saying whose it is', () => {
    const whole = facts.amounts.find((a) => a.concept === 'sangong.total' && a.change?.reason);
    const part = facts.amounts.find((a) => a.concept === 'sangong.reception' && !a.change?.reason);
    if (!whole || !part) return;
    const session = `why-${facts.identity.id}`;
    engine.ask('公务接待费多少', session);
    const body = replyBody(engine.ask('为什么', session).text);
    expect(body).toContain('三公经费整体');
    expect(body).toContain(whole.change!.reason!.slice(0, 6));
    // Two levels down (公务用车运行维护费 → 公务用车 → 三公经费), where the level between states no reason either.
    const operation = findAmount(facts, 'sangong.vehicleOperation');
    if (!operation || operation.change?.reason || findAmount(facts, 'sangong.vehicle')?.change?.reason) return;
    engine.ask('公务用车运行维护费多少', `${session}:operation`);
    expect(replyBody(engine.ask('为什么', `${session}:operation`).text)).toContain(whole.change!.reason!.slice(0, 6));
  });

  it('says a definition is not given where the glossary lacks the term, then gives the figure', () => {
    const glossed = (name: string) => facts.glossary.some((g) => g.term.includes(name) || name.includes(g.term) || g.definition.includes(name));
    // A line whose own sentence says what it covers (…元，主要反映…) is explained there.
    const explained = (i: (typeof facts.lineItems)[number]) => i.source.doc === facts.identity.file && /主要反映|主要用于/.test(doc.text.lines[i.source.line - 1] ?? '');
    const line = facts.lineItems.find((i) => i.name.length >= 4 && /^[\u4e00-\u9fa5]+$/.test(i.name) && !glossed(i.name) && !explained(i) && facts.lineItems.filter((o) => o.name === i.name).length === 1);
    if (!line) return;
    const answer = engine.ask(`${line.name}是指什么`);
    expect(answer.answered, line.name).toBe(false);
    expect(replyBody(answer.text)).toContain('解释');
    expect(replyBody(answer.text)).toContain(two(line.value));
  });

  it('gives the growth rate the disclosure states, not one computed from rounded figures', () => {
    const stated = facts.amounts.filter((a) => a.change?.rate !== undefined && a.concept === 'budget.total');
    for (const amount of stated) {
      expect(replyBody(engine.ask('预算总额增长率多少').text), amount.label).toContain(`${num(amount.change!.rate!)}%`);
    }
  });

  it('finds an indicator asked by one word of its name and the unit of its value, project after project, and two asked together', () => {
    const asked = indicatorsByWord(facts);
    // All in one conversation: a question naming another project is about that project, not the last one.
    for (const { question, value } of asked) expect(replyBody(engine.ask(question, 'indicators by word').text), question).toContain(value);
    // Two of one project's, joined: each is answered.
    const [a, b] = asked.filter((q, _, all) => all.filter((o) => o.project === q.project).length >= 2).slice(0, 2);
    if (!a || a.project !== b.project) return;
    const both = replyBody(engine.ask(`${a.core}的${a.word}${a.unitWord}和${b.word}${b.unitWord}分别多少`).text);
    expect(both).toContain(a.value);
    expect(both).toContain(b.value);
    // Every indicator of every project is asked: seconds on a loaded machine.
  }, 30_000);

  it('ranks the projects by an indicator of a kind several of them set, either way round', () => {
    for (const kind of INDICATOR_KINDS) {
      const rows = facts.projectTables.flatMap((t) => t.rows.filter((r) => r.level3.includes(kind) && r.value.number !== undefined).map((r) => ({ project: t.project, value: r.value.number! })));
      if (new Set(rows.map((r) => r.project)).size < 2) continue;
      const highest = Math.max(...rows.map((r) => r.value));
      const top = replyBody(engine.ask(`哪个项目${kind}最高`, `rank:${kind}`).text);
      expect(top, kind).toContain(`${rows.find((r) => r.value === highest)!.project}`);
      expect(top, kind).toContain(num(highest));
      const lowest = Math.min(...rows.map((r) => r.value));
      expect(replyBody(engine.ask(`${kind}最低的是哪个项目`, `rank-low:${kind}`).text), kind).toContain(num(lowest));
    }
  });

  it('answers each section of a project\'s narrative asked in words of its own, the project named by its name', () => {
    const asks: Record<string, string> = { 项目概况: '建筑面积多大', 立项依据: '立项依据是什么', 实施主体: '实施主体是谁', 实施方案: '实施方案是什么', 实施周期: '实施周期', 年度预算安排: '每个季度用款计划多少', 问题及原因: '存在什么问题' };
    for (const section of facts.projectSections.filter((s) => s.project)) {
      const reply = engine.ask(`${section.project}${asks[section.label]}`, `section:${section.label}`);
      expect(reply.citations.map((c) => c.line), section.label).toContain(section.source.line);
      expect(replyBody(reply.text), section.label).toContain(section.text.slice(0, 12));
    }
  });

  it('gives what a self-evaluated project actually executed when asked so (实际执行了多少), by its name or as 它 after it', () => {
    for (const table of facts.projectTables.filter((t) => t.selfEvaluation && t.executed !== undefined)) {
      expect(replyBody(engine.ask(`${table.project}实际执行了多少？`, `executed by name:${table.project}`).text), table.project).toContain(two(table.executed!));
      const session = `executed:${table.project}`;
      engine.ask(`${table.project}全年预算多少？`, session);
      expect(replyBody(engine.ask('它实际执行了多少？', session).text), table.project).toContain(two(table.executed!));
    }
  });

  it('says why a project\'s execution was low, asked after its rate, from its self-evaluation\'s 存在的问题及原因', () => {
    for (const section of facts.projectSections.filter((s) => s.label === '问题及原因' && s.project)) {
      const session = `problems:${section.project}`;
      engine.ask(`${section.project}的预算执行率是多少？`, session);
      const reply = engine.ask('为什么偏低？', session);
      expect(reply.citations.map((c) => c.line), section.project).toContain(section.source.line);
      expect(replyBody(reply.text), section.project).toContain(section.text.slice(0, 12));
    }
  });

  it('tells the vehicles the budget buys from the vehicles the body has, and answers whether it has any', () => {
    const buys = facts.counts.find((c) => c.concept === 'assets.vehiclePurchaseCount');
    const has = facts.counts.find((c) => c.concept === 'assets.vehicleCount');
    if (buys) expect(replyBody(engine.ask('今年预算打算买几辆车', 'vehicles:buy').text)).toContain(`${num(buys.value)} 辆`);
    // 有公车吗 asks whether there are any: the count answers, not the running cost.
    if (has) expect(replyBody(engine.ask('单位有公车吗', 'vehicles:any').text)).toContain(`${num(has.value)} ${has.unit}`);
    if (buys && has) {
      const both = replyBody(engine.ask('现在有几辆车？今年要买几辆？', 'vehicles:both').text);
      expect(both).toContain(`${num(has.value)} 辆`);
      expect(both).toContain(`${num(buys.value)} 辆`);
    }
  });

  it('answers a planned count of a project by its one target in that unit, not by its purchases', () => {
    for (const table of facts.projectTables) {
      const counted = table.rows.filter((r) => r.value.number !== undefined && /[台套件]/.test(r.value.unit ?? r.value.raw));
      if (counted.length !== 1) continue;
      const body = replyBody(engine.ask(`${coreName(table.project)}计划新增多少台套`, `planned:${table.project}`).text);
      expect(body, table.project).toContain(num(counted[0].value.number!));
      expect(body, table.project).toContain(counted[0].level3);
    }
  });

  it('gives a department-wide figure asked of one of its units only as the department\'s, saying the unit\'s is not given', () => {
    const personnel = facts.amounts.find((a) => a.concept === 'expense.personnel');
    const own = facts.identity.department.slice(-3);
    const others = facts.units.length > 1 ? facts.units.filter((u) => !u.name.endsWith(own)) : [];
    if (!personnel) return;
    for (const unit of others) {
      const reply = engine.ask(`${unit.name}自己的人员经费是多少`, `unit:${unit.name}`);
      expect(reply.answered, unit.name).toBe(false);
      expect(reply.text, unit.name).toContain('单独');
      expect(replyBody(reply.text), unit.name).toContain(num(personnel.value));
    }
  });

  it('keeps the conversation on the unit figure just asked, for the department named next', () => {
    const personnel = facts.amounts.find((a) => a.concept === 'expense.personnel');
    const own = facts.identity.department.slice(-3);
    const other = facts.units.length > 1 ? facts.units.find((u) => !u.name.endsWith(own)) : undefined;
    if (!personnel || !other) return;
    engine.ask(`${other.name}的人员经费是多少`, `unitNext:${other.name}`);
    const reply = engine.ask(`那${facts.identity.department}呢`, `unitNext:${other.name}`);
    expect(replyBody(reply.text), other.name).toContain(num(personnel.value));
  });

  it('asks the next unit everything asked of the last one, over two questions', () => {
    const [first, second] = facts.units.filter((u) => u.nature && u.rank);
    if (!first || !second) return;
    const session = `unitAspects:${first.name}`;
    engine.ask(`${first.name}是什么性质单位`, session);
    engine.ask('啥级别', session);
    const body = replyBody(engine.ask(`那${second.name}呢`, session).text);
    expect(body, second.name).toContain(second.nature!);
    expect(body, second.name).toContain(second.rank!);
  });

  it('answers a figure by what it is spent on, though the question names its source of funds after it', () => {
    const sangong = facts.amounts.find((a) => a.concept === 'sangong.total');
    if (!sangong) return;
    for (const question of ['三公经费财政拨款预算是多少', '“三公”经费财政拨款支出预算是多少']) {
      const body = replyBody(engine.ask(question).text);
      expect(body, question).toMatch(/^三公经费/);
      expect(body, question).toContain(two(sangong.value));
    }
  });

  it('takes 这个项目 after a purchase as the project it is bought under', () => {
    const items = facts.procurement.items;
    // An item whose name is its own (no project of that name) and found as itself.
    const item = items.find((i) => i.item !== i.project && items.filter((o) => o.item === i.item).length === 1 && (i.projectFunds ?? 0) > 0);
    if (!item) return;
    const session = `projectOf:${item.item}`;
    engine.ask(`${item.item}采购了多少`, session);
    expect(replyBody(engine.ask('这个项目的预算资金一共多少', session).text), item.item).toContain(two(item.projectFunds!));
  });

  it('answers which of two projects is bought for more with both amounts', () => {
    const totals = new Map<string, number>();
    for (const i of facts.procurement.items) totals.set(i.project, (totals.get(i.project) ?? 0) + i.amount);
    const [a, b] = [...totals].filter(([name]) => name.length >= 4).sort((x, y) => y[1] - x[1]);
    if (!a || !b || a[1] === b[1]) return;
    const body = replyBody(engine.ask(`${b[0]}和${a[0]}哪个采购金额高`).text);
    expect(body, `${a[0]} / ${b[0]}`).toContain(two(a[1]));
    expect(body, `${a[0]} / ${b[0]}`).toContain(two(b[1]));
  });

  it('says a project\'s amount is not given where only its targets are, when asked what it is', () => {
    const bought = new Set(facts.procurement.items.map((i) => i.project));
    const table = facts.projectTables.find((t) => t.funds === undefined && t.rows.length && !bought.has(t.project) && !isWholeDepartment(t.project) && facts.projectTables.filter((o) => o.project === t.project).length === 1);
    if (!table) return;
    const reply = engine.ask(`${table.project}是多少`);
    expect(reply.answered, table.project).toBe(false);
    expect(reply.text, table.project).toContain('预算金额');
  });

  it('gives the change of the one part a figure is made of, where the figure states none, saying whose it is', () => {
    for (const whole of facts.amounts.filter((a) => !a.change)) {
      const part = facts.amounts.find((p) => partsOf(whole.concept).includes(p.concept) && p.value === whole.value && p.change?.amount !== undefined);
      if (!part) continue;
      const body = replyBody(engine.ask(`${whole.label}比上年变化多少`, `sole:${whole.concept}`).text);
      expect(body, whole.label).toContain(two(part.change!.amount!));
      expect(body, whole.label).toContain('全部为');
    }
  });

  it('lists the projects a word of their names names, when asked which projects have to do with it', () => {
    const names = [...new Set(facts.projectTables.map((t) => t.project))];
    // A run of four or more characters some projects' names share, but not all.
    const shared = names.flatMap((name) => [...name].map((_, i) => name.slice(i, i + 4))).filter((w) => w.length === 4 && !/项目|经费|费用|专项/.test(w));
    const word = shared.find((w) => { const n = names.filter((name) => name.includes(w)).length; return n >= 2 && n < names.length; });
    if (!word) return;
    for (const q of [`跟${word}有关的项目有哪些`, `预算里有哪些和${word}相关的项目`]) {
      const body = replyBody(engine.ask(q, `related:${q}`).text);
      for (const name of names.filter((n) => n.includes(word))) expect(body, q).toContain(name);
    }
  });

  it('gives the share of the line the conversation named, in the total a follow-up names', () => {
    const total = facts.amounts.find((a) => a.concept === 'expense.total');
    const line = facts.lineItems.find((i) => i.code.length === 3 && i.value > 0 && i.value < (total?.value ?? 0) && facts.lineItems.filter((o) => o.name === i.name).length === 1);
    if (!total || !line) return;
    const session = `shareNext:${line.name}`;
    engine.ask(`${line.name}多少`, session);
    const body = replyBody(engine.ask('占总支出比例多少', session).text);
    expect(body, line.name).toContain(line.name);
    expect(body, line.name).toContain(((line.value / total.value) * 100).toFixed(2));
  });

  it('answers a bare count after a figure by what that figure counts (多少人次 after 公务接待), and its money after', () => {
    const visits = facts.counts.find((c) => c.concept === 'sangong.receptionVisits');
    const batches = facts.counts.find((c) => c.concept === 'sangong.receptionBatches');
    const reception = facts.amounts.find((a) => a.concept === 'sangong.reception');
    if (!visits || !batches || !reception) return;
    engine.ask('公务接待多少批次', 'countNext');
    expect(replyBody(engine.ask('多少人次', 'countNext').text)).toContain(num(visits.value));
    expect(replyBody(engine.ask('花了多少', 'countNext').text)).toContain(two(reception.value));
    // Both counts asked at once, in everyday words (几拨客人) and in English with the full name.
    for (const q of ['招待了几拨客人，一共来了多少人？', 'How many official reception batches and visitor person-times are there?']) {
      const body = replyBody(engine.ask(q, q).text);
      expect(body, q).toContain(`${num(batches.value)} ${batches.unit}`);
      expect(body, q).toContain(`${num(visits.value)} ${visits.unit}`);
    }
  });

  it('finds a procurement project by its core name when the question only asks how much it costs', () => {
    const totals = new Map<string, number>();
    for (const i of facts.procurement.items) totals.set(i.project, (totals.get(i.project) ?? 0) + i.amount);
    for (const [project, total] of totals) {
      const core = coreName(project);
      // A project named as a concept (日常公用经费) is answered as the concept.
      if (core.length < 4 || lexiconWords.has(project) || [...totals.keys()].some((p) => p !== project && p.includes(core))) continue;
      // A project named after a classified line (商品和服务支出) asked without purchasing words is that line.
      if (facts.lineItems.some((l) => l.name.includes(core))) continue;
      expect(replyBody(engine.ask(`${core}要花多少钱`).text), project).toContain(two(total));
    }
  });

  it('follows a figure asked of the department to the unit a follow-up names', () => {
    const subtotals = facts.procurement.subtotals.filter((s) => !isOwnUnit(s.unit, facts));
    const unit = facts.units.find((u) => subtotals.some((s) => s.unit.endsWith(u.name.slice(-6))));
    const subtotal = unit && subtotals.find((s) => s.unit.endsWith(unit.name.slice(-6)));
    if (!unit || !subtotal) return;
    engine.ask('政府采购预算多少', `unitFollow:${unit.name}`);
    expect(replyBody(engine.ask(`其中${unit.name}的呢`, `unitFollow:${unit.name}`).text), unit.name).toContain(two(subtotal.amount));
  });

  it('gives every unit\'s nature and rank when the question asks of all of them', () => {
    const units = facts.units.filter((u) => u.nature && u.rank);
    if (units.length < 2) return;
    const body = replyBody(engine.ask(`${units.length === 2 ? '两家' : '各'}单位的单位性质和规格`).text);
    for (const unit of units) {
      expect(body, unit.name).toContain(unit.name);
      expect(body, unit.name).toContain(unit.rank);
    }
  });

  it('finds a stated count by the head noun of its label, whatever qualifies it', () => {
    const count = facts.statedCounts.find((c) => c.label.length >= 8 && /[\u4e00-\u9fa5]{4}$/.test(c.label) && facts.statedCounts.filter((o) => o.label.endsWith(c.label.slice(-4))).length === 1);
    const question = count && `有几${count.unit}${count.label.slice(-4)}`;
    // Where the head noun is a concept's word (公务用车), the concept's own count answers.
    if (!count || !question || analyze(question).concepts.length) return;
    expect(replyBody(engine.ask(question).text), count.label).toContain(`${num(count.value)} ${count.unit}`);
  });

  it('answers the figure of a term the conversation just defined, asked with a bare 预算', () => {
    const term = facts.glossary.find((g) => facts.amounts.some((a) => a.label === g.term || lexiconConceptName(a.concept) === g.term));
    const amount = term && facts.amounts.find((a) => a.label === term.term || lexiconConceptName(a.concept) === term.term);
    if (!term || !amount) return;
    engine.ask(`${term.term}是什么`, `defined:${term.term}`);
    expect(replyBody(engine.ask('今年预算多少', `defined:${term.term}`).text), term.term).toContain(two(amount.value));
  });

  it('answers what project spending includes by what the prose says it is mainly for, asked or followed up', () => {
    if (!facts.projectUses.length || !facts.amounts.some((a) => a.concept === 'expense.project')) return;
    expect(replyBody(engine.ask('项目支出包括哪些').text)).toContain(facts.projectUses[0]);
    engine.ask('项目支出多少', 'projectUses');
    expect(replyBody(engine.ask('主要包括哪些', 'projectUses').text)).toContain(facts.projectUses[0]);
  });

  it('gives an income part\'s share of income, not of spending', () => {
    const part = facts.amounts.find((a) => ['income.business', 'income.operating', 'income.superior', 'income.affiliated', 'income.other'].includes(a.concept));
    const income = facts.amounts.find((a) => a.concept === 'income.total');
    if (!part || !income || income.value <= 0) return;
    const body = replyBody(engine.ask(`${part.label}占比多少`, `incomeShare:${part.concept}`).text);
    // The share the disclosure states beside the figure, where it states one, or the division.
    expect(body, part.label).toContain(part.statedShare ? `${num(part.statedShare.rate)}%` : ((part.value / income.value) * 100).toFixed(2));
  });

  it('sets a total\'s change against its parts\' changes where every part states one, asked against the total or which part it came from', () => {
    let checked = 0;
    for (const whole of ['expense.total', 'sangong.total'] as const) {
      const parts = partsOf(whole).map((c) => findAmount(facts, c)).filter((p): p is NonNullable<typeof p> => !!p);
      const signed = parts.map((p) => (p.change?.direction === '持平' ? 0 : p.change?.amount === undefined ? undefined : p.change.direction === '增加' ? p.change.amount : -p.change.amount));
      if (parts.length < 2 || signed.some((c) => c === undefined)) continue;
      const sum = (signed as number[]).reduce((total, c) => total + c, 0);
      const moved = parts.filter((_part, i) => signed[i] !== 0);
      const against = replyBody(engine.ask(`${parts[0].label}和${parts[1].label}的变化相抵后，是否等于总的变化`).text);
      const which = replyBody(engine.ask(`${findAmount(facts, whole)?.label ?? parts[0].label}的变化主要来自哪部分`).text);
      for (const body of [against, which]) {
        expect(body, whole).toContain(`= ${sum < 0 ? '−' : ''}${two(Math.abs(sum))} 万元`);
        for (const part of moved) expect(body, part.label).toContain(`${part.label}${part.change!.direction} ${two(part.change!.amount!)} 万元`);
      }
      checked += 1;
    }
    // Only where the disclosure states every part's change: elsewhere the parts are answered one by one.
    if (!checked) expect(engine.ask('基本支出和项目支出的变化相抵后，是否等于总的变化').text).not.toContain('由各组成部分的变化构成');
  });

  it('reads 财政拨款 said right before a figure\'s name as where its money comes from, not as the fiscal income', () => {
    const sangong = findAmount(facts, 'sangong.total');
    if (!sangong) return;
    expect(replyBody(engine.ask('财政拨款三公经费比上年变化多少').text)).toContain(`${two(sangong.value)} 万元`);
  });

  it('gives the share of the figure talked about when a follow-up only points at it (那它占基本支出多大比例)', () => {
    for (const [part, whole, words] of [['expense.personnel', 'expense.basic', '基本支出'], ['sangong.reception', 'sangong.total', '三公经费']] as const) {
      const [x, y] = [findAmount(facts, part), findAmount(facts, whole)];
      if (!x || !y || y.value <= 0 || x.value <= 0) continue;
      engine.ask(`${lexiconConceptName(part)}多少`, `pointed:${part}`);
      const body = replyBody(engine.ask(`那它占${words}多大比例`, `pointed:${part}`).text);
      // The share the disclosure prints beside the figure, where it prints one, or the division.
      expect(body, part).toContain(`${x.statedShare ? num(x.statedShare.rate) : ((x.value / y.value) * 100).toFixed(2)}%`);
    }
  });

  it('reads 跟上年比 / 和去年比 before the figure named as the comparison, not as part of a name', () => {
    const total = ['budget.total', 'expense.total', 'income.total'].map((c) => findAmount(facts, c as 'budget.total')).find((a) => a?.change?.amount !== undefined);
    if (!total) return;
    for (const q of ['跟上年比预算涨了多少', '和去年比预算变化多少']) {
      const reply = engine.ask(q, `vs last year:${q}`);
      expect(reply.answered, q).toBe(true);
      expect(replyBody(reply.text), q).toContain(two(total.change!.amount!));
    }
  });

  it('gives each part\'s share where what a total is made of is asked (钱从哪来), and the figure to a bare 多少 after it', () => {
    const income = findAmount(facts, 'income.total');
    const parts = partsOf('income.total').map((c) => findAmount(facts, c)).filter((p): p is NonNullable<typeof p> => !!p);
    if (!income || income.value <= 0 || !parts.length) return;
    const body = replyBody(engine.ask('收入都有哪几块，从哪来的', 'sources').text);
    // A part too small for two decimals is said to be under 0.01%, never 0%.
    const shareOf = (value: number) => ((value / income.value) * 100 < 0.005 && value > 0 ? '不足 0.01%' : `${num(Number(((value / income.value) * 100).toFixed(2)))}%`);
    for (const part of parts) expect(body, part.label).toContain(`${part.label} ${two(part.value)} 万元（${shareOf(part.value)}）`);
    expect(replyBody(engine.ask('多少', 'sources').text)).toContain(two(income.value));
  });

  it('gives the share of a figure the prose states, in a whole named or in the total talked about before', () => {
    const total = findAmount(facts, 'expense.total');
    const lexicon = defaultLexicon();
    const stated = facts.statedAmounts.find((a) => total && a.value > 0 && a.value < total.value && !lexicon.findConcepts(a.label, false).length && a.label.length >= 4);
    if (!total || !stated) return;
    const share = `${((stated.value / total.value) * 100).toFixed(2)}%`;
    expect(replyBody(engine.ask(`${stated.label}占支出总额的比例`).text), stated.label).toContain(share);
    expect(replyBody(engine.ask(`${stated.label}占支出总额的百分之几？`).text), stated.label).toContain(share);
    engine.ask('支出总额多少', `stated share:${stated.label}`);
    expect(replyBody(engine.ask(`${stated.label}占多少`, `stated share:${stated.label}`).text), stated.label).toContain(share);
  });

  it('says the part\'s own figure beside its share when 占多少 is asked of a part (其中服务类占多少 → 那工程类呢)', () => {
    const [total, services, works] = (['procurement.total', 'procurement.services', 'procurement.works'] as const).map((c) => findAmount(facts, c));
    if (!total || !services || total.value <= 0) return;
    engine.ask('政府采购预算总额多少？', 'part share');
    const body = replyBody(engine.ask('其中服务类占多少？', 'part share').text);
    expect(body).toContain(`${((services.value / total.value) * 100).toFixed(2)}%`);
    expect(body).toContain(`为 ${two(services.value)} 万元`);
    if (works) expect(replyBody(engine.ask('那工程类呢？', 'part share').text)).toContain(`为 ${two(works.value)} 万元`);
  });

  it('answers how a whole is split (按性质是怎么分的, 在两家单位之间是怎么分的, 分到两个单位各是多少) with its parts', () => {
    const [basic, project] = (['expense.basic', 'expense.project'] as const).map((c) => findAmount(facts, c));
    if (basic && project) {
      const body = replyBody(engine.ask('我们部门的支出按性质是怎么分的，各是多少？', 'by nature').text);
      for (const part of [basic, project]) expect(body, part.label).toContain(two(part.value));
    }
    const subtotals = facts.procurement.subtotals;
    if (subtotals.length === 2) {
      const between = replyBody(engine.ask('政府采购预算在两家单位之间是怎么分的？', 'by unit').text);
      engine.ask('政府采购预算一共多少？', 'by unit after');
      const after = replyBody(engine.ask('分到两个单位各是多少？', 'by unit after').text);
      for (const t of subtotals) for (const body of [between, after]) expect(body, t.unit).toContain(two(t.amount));
    }
  });

  it('sets the figure talked about against one named after 比 (公务接待费多少 → 比因公出国费多出多少)', () => {
    const [abroad, reception] = (['sangong.abroad', 'sangong.reception'] as const).map((c) => findAmount(facts, c));
    if (!abroad || !reception || abroad.value === reception.value) return;
    engine.ask('公务接待费多少', 'against unsaid');
    const body = replyBody(engine.ask('比因公出国费多出多少？', 'against unsaid').text);
    expect(body).toContain(two(Math.abs(reception.value - abroad.value)));
  });

  it('gives the share of two figures together in a whole, named or the two just talked about (这两项加起来占三公的比重)', () => {
    const [abroad, reception, sangong] = (['sangong.abroad', 'sangong.reception', 'sangong.total'] as const).map((c) => findAmount(facts, c));
    if (!abroad || !reception || !sangong || sangong.value <= 0) return;
    const rate = `${(((abroad.value + reception.value) / sangong.value) * 100).toFixed(2)}%`;
    expect(replyBody(engine.ask('因公出国费和公务接待费加起来占三公经费的比重是多少').text)).toContain(rate);
    expect(replyBody(engine.ask('因公出国费加公务接待费占三公经费的百分之几？').text)).toContain(rate);
    engine.ask('因公出国费多少', 'two shares');
    engine.ask('那公务接待费呢', 'two shares');
    expect(replyBody(engine.ask('这两项加起来占三公的比重是多少', 'two shares').text)).toContain(rate);
  });

  it('says what kind of body the department is from its own sentence where no table of units says, and that it is not given where none does', () => {
    if (facts.units.length) return;
    const reply = engine.ask('你们是什么性质的单位，归谁管');
    expect(reply.answered).toBe(!!facts.selfDescription);
    if (facts.selfDescription) expect(replyBody(reply.text)).toContain(facts.selfDescription.text);
  });

  it('gives a project\'s purchases as a share of its own money, the whole said first (X里政府采购占多大比例)', () => {
    const byProject = new Map<string, typeof facts.procurement.items>();
    for (const item of facts.procurement.items) byProject.set(item.project, [...(byProject.get(item.project) ?? []), item]);
    const tables = new Set(facts.projectTables.filter((t) => t.funds !== undefined).map((t) => t.project));
    const [name, items] = [...byProject].find(([project, rows]) => (rows[0].projectFunds ?? 0) > 0 && !tables.has(project) && new Set(rows.map((r) => r.projectFunds)).size === 1) ?? [];
    if (!name || !items) return;
    const bought = items.reduce((sum, i) => sum + i.amount, 0);
    expect(replyBody(engine.ask(`${name}里政府采购占多大比例`).text), name).toContain(`${((bought / items[0].projectFunds!) * 100).toFixed(2)}%`);
  });

  it('reads 准备新买 / 计划新买 as the purchases the disclosure plans (拟购置)', () => {
    for (const planned of facts.statedAmounts.filter((a) => /^拟购置./.test(a.label))) {
      const thing = planned.label.replace(/^拟购置/, '');
      for (const q of [`今年准备新买多少${thing}`, `计划新买${thing}多少钱`]) expect(replyBody(engine.ask(q).text), q).toContain(two(planned.value));
    }
  });

  it('answers what a project bought under its own name is for (X是做什么的) with its goal, and the department\'s duties when nothing is named', () => {
    const bought = new Set(facts.procurement.items.map((i) => i.project));
    const table = facts.projectTables.find((t) => bought.has(t.project) && !/购|买/.test(t.project) && t.goal.length >= 8 && facts.projectTables.filter((o) => o.project === t.project).length === 1);
    if (table) expect(replyBody(engine.ask(`${table.project}是做什么的`, 'what for').text), table.project).toContain(table.goal.slice(0, 8));
    // Asked next in the same conversation, 你们 is the department, not the project before.
    if (facts.duties.length) expect(replyBody(engine.ask('你们这是干啥的单位', 'what for').text)).toContain(facts.duties[0].text.slice(0, 8));
  });

  it('gives a part of procurement as a share of it, the whole said first (采购里服务占多大比例)', () => {
    const [services, total] = (['procurement.services', 'procurement.total'] as const).map((c) => findAmount(facts, c));
    if (!services || !total || total.value <= 0) return;
    expect(replyBody(engine.ask('采购里服务占了多大比例').text)).toContain(`${((services.value / total.value) * 100).toFixed(2)}%`);
  });

  it('gives a thing\'s share of what was talked about before when a follow-up names no whole (固定资产 → 车辆呢 → 占多少)', () => {
    const total = findAmount(facts, 'assets.total');
    const vehicles = facts.assets.find((r) => /^车辆/.test(r.name) && r.value !== null && r.value > 0);
    if (!total || !vehicles || total.value < vehicles.value!) return;
    engine.ask('固定资产总额多少', 'asset share');
    engine.ask('车辆呢', 'asset share');
    expect(replyBody(engine.ask('占多少', 'asset share').text)).toContain(`${((vehicles.value! / total.value) * 100).toFixed(2)}%`);
  });

  it('follows a unit\'s procurement asked with 它 into its largest purchase (它的政府采购预算多少 → 其中最大的一项是啥)', () => {
    for (const unit of facts.units.filter((u) => !isOwnUnit(u.name, facts))) {
      const items = facts.procurement.items.filter((i) => i.unit.endsWith(unit.name.slice(-4)));
      if (!items.length) continue;
      const largest = Math.max(...items.map((i) => i.amount));
      engine.ask(`${unit.name}是什么性质的单位`, `unit largest:${unit.name}`);
      engine.ask('它的政府采购预算多少', `unit largest:${unit.name}`);
      expect(replyBody(engine.ask('其中最大的一项是啥', `unit largest:${unit.name}`).text), unit.name).toContain(two(largest));
    }
  });

  it('works out how much a line moved from last year\'s figure where the prose states only the rate (比2023年执行数少了多少万元)', () => {
    const named = (name: string) => facts.lineItems.filter((i) => i.name === name).length === 1;
    const moved = facts.lineItems.filter((i) => i.change && i.change.amount === undefined && i.change.previous !== undefined && i.change.direction !== '持平' && named(i.name));
    for (const item of moved.slice(0, 8)) {
      const way = item.change!.direction === '增加' ? '多' : '少';
      const body = replyBody(engine.ask(`${item.name}比上年${way}了多少万元？`, `moved:${item.name}`).text);
      expect(body, item.name).toContain(`${item.change!.direction} ${two(Math.abs(item.value - item.change!.previous!))} 万元`);
    }
  });

  it('reads a figure\'s actual against its own budget (三公经费决算比预算少花了多少) as its execution, not two figures', () => {
    const sangong = findAmount(facts, 'sangong.total');
    if (!sangong || sangong.budgeted === undefined || sangong.budgeted === sangong.value) return;
    for (const q of ['三公经费决算比预算少花了多少？', '三公经费决算比预算少了多少？']) {
      expect(replyBody(engine.ask(q, q).text), q).toContain(two(Math.abs(sangong.budgeted - sangong.value)));
    }
  });

  it('answers a follow-up about a line\'s execution from its 决算 statement (信访业务花了多少 → 预算执行率多少)', () => {
    const statement = facts.executions.find((e) => e.path.length > 1 && facts.lineItems.some((i) => i.name === e.path.at(-1)) && facts.executions.filter((o) => o.path.at(-1) === e.path.at(-1)).length === 1);
    if (!statement) return;
    const name = statement.path.at(-1)!;
    engine.ask(`${name}花了多少`, `execution:${name}`);
    expect(replyBody(engine.ask('预算执行率多少', `execution:${name}`).text), name).toContain(two(statement.budgeted));
    // 信访业务这个项目: the line pointed at as a 项目 is the line, not all project spending.
    expect(replyBody(engine.ask(`${name}这个项目预算执行率是多少？`).text), name).toContain(two(statement.budgeted));
  });

  it('adds up a project\'s plan by quarter for the year (每个季度用款计划多少，全年加起来呢)', () => {
    const section = facts.projectSections.find((p) => p.label === '年度预算安排' && p.project && (p.text.match(/第[一二三四1-4]季度[^0-9，,。；;]{0,8}?\d/g) ?? []).length >= 2);
    if (!section) return;
    const figures = [...section.text.matchAll(/第[一二三四1-4]季度[^0-9，,。；;]{0,8}?(\d+(?:\.\d+)?)万元/g)].map((m) => Number(m[1]));
    const body = replyBody(engine.ask(`${section.project}每个季度用款计划多少？全年加起来呢`, `quarters:${section.project}`).text);
    expect(body, section.project).toContain(`= ${num(Number(figures.reduce((a, b) => a + b, 0).toFixed(2)))} 万元`);
  });

  it('sets a figure against two others added up (出国费是不是比接待费和公车费加起来还多)', () => {
    const [abroad, reception, vehicle] = (['sangong.abroad', 'sangong.reception', 'sangong.vehicle'] as const).map((c) => findAmount(facts, c));
    if (!abroad || !reception || !vehicle) return;
    const sum = reception.value + vehicle.value;
    const body = replyBody(engine.ask('出国费是不是比接待费和公车费加起来还多').text);
    expect(body).toContain(`合计 ${two(sum)} 万元`);
    if (Math.abs(abroad.value - sum) >= 0.005) expect(body.startsWith(abroad.value > sum ? '是的' : '不是')).toBe(true);
  });

  it('finds an indicator said short with a word the project\'s name shares (专家评审费的评审数量 for 评审项目数量)', () => {
    for (const table of facts.projectTables.filter((t) => facts.projectTables.filter((o) => o.project === t.project).length === 1)) {
      for (const row of table.rows) {
        const short = `${row.level3.slice(0, 2)}${row.level3.slice(-2)}`;
        const others = table.rows.filter((r) => r !== row && (r.level3.includes(row.level3.slice(-2)) || r.level3.includes(row.level3.slice(0, 2))));
        // A name of words ending on what it measures (评审项目数量 → 评审数量), not a sentence put in the name column.
        if (!/^[\u4e00-\u9fa5]{3,6}(?:数量|次数|人数|件数|时间|天数)$/.test(row.level3) || !table.project.includes(row.level3.slice(0, 2)) || others.length || !row.value.raw) continue;
        const body = replyBody(engine.ask(`${table.project}的${short}目标是多少`, `short indicator:${table.project}:${row.level3}`).text);
        expect(body, `${table.project} ${short}`).toContain(row.level3);
      }
    }
  });

  it('says the whole\'s change where a part states none (人员经费比上年增加多少 → 其所属的基本支出整体…)', () => {
    for (const part of ['expense.personnel', 'expense.public', 'sangong.abroad', 'sangong.vehicle', 'sangong.reception'] as const) {
      const amount = findAmount(facts, part);
      const whole = findAmount(facts, part.startsWith('sangong') ? 'sangong.total' : 'expense.basic');
      if (!amount || amount.change || !whole?.change) continue;
      const body = replyBody(engine.ask(`${lexiconConceptName(part)}比上年变化多少`, `whole change:${part}`).text);
      expect(body, part).toContain('其所属的');
      expect(body, part).toContain(whole.change.direction === '持平' ? '持平' : two(whole.change.amount!));
    }
  });

  it('refuses its own name said with a place the disclosure never names (保定高新区行政服务局), and takes it with its own place', () => {
    const own = facts.identity.department;
    // A name short enough to be read whole with the place before it.
    if (own.length > 8) return;
    expect(engine.ask(`呼伦贝尔${own}的支出预算是多少`, 'foreign place').answered).toBe(false);
    expect(engine.ask(`${own}的支出预算是多少`, 'own place').answered).toBe(true);
    // A ministry (…部) is another body.
    if (!own.endsWith('部')) expect(engine.ask('公安部的三公经费是多少', 'ministry').answered).toBe(false);
  });

  it('answers how basic spending splits between personnel and public costs, asked in English, with both figures', () => {
    const [personnel, publicCosts] = (['expense.personnel', 'expense.public'] as const).map((c) => findAmount(facts, c));
    if (!personnel || !publicCosts || !findAmount(facts, 'expense.basic')) return;
    for (const q of ['How is basic expenditure split between personnel costs and public (operating) costs?', 'How much of basic expenditure was personnel costs and how much public funds?']) {
      const body = replyBody(engine.ask(q, `split:${q}`).text);
      for (const part of [personnel, publicCosts]) expect(body, q).toContain(two(part.value));
    }
  });

  it('sums two classes\' fiscal appropriations where the question asks 财政拨款, else their all-funds figures', () => {
    const classes = facts.lineItems.filter((i) => i.scheme === 'functional' && i.level === 1 && i.fiscal && facts.lineItems.filter((o) => o.name === i.name).length === 1);
    if (classes.length < 2) return;
    const [a, b] = classes;
    const body = replyBody(engine.ask(`${a.name}和${b.name}的财政拨款加起来是多少`, `fiscal sum:${a.code}`).text);
    expect(body).toContain(two(a.fiscal!.value));
    expect(body).toContain(two(b.fiscal!.value));
  });

  it('gives a growth rate asked as 涨了百分之几, as stated or worked out from the change', () => {
    const total = ['budget.total', 'expense.total', 'income.total'].map((c) => findAmount(facts, c as 'budget.total')).find((a) => a?.change?.amount !== undefined && a.change.direction !== '持平');
    if (!total) return;
    const c = total.change!;
    const previous = c.direction === '增加' ? total.value - c.amount! : total.value + c.amount!;
    const rate = c.rate !== undefined ? num(c.rate) : (((total.value - previous) / previous) * 100).toFixed(2);
    expect(replyBody(engine.ask('总预算跟上年比涨了百分之几', 'rate asked').text)).toContain(`${rate}%`);
    expect(replyBody(engine.ask(`总预算同比${c.direction === '增加' ? '增长' : '减少'}幅度多少`, 'rate as 幅度').text)).toContain(`${rate}%`);
  });

  it('says the date the assets stand at when asked (资产表统计截止到哪天)', () => {
    if (!facts.assetsAsOf) return;
    expect(replyBody(engine.ask('资产表统计截止到哪天', 'as of').text)).toContain(facts.assetsAsOf.date);
  });

  it('takes 财政拨款 within income as the fiscal income, not the fiscal spending (收入里财政拨款占多大比例)', () => {
    const [fiscal, income] = (['income.fiscal', 'income.total'] as const).map((c) => findAmount(facts, c));
    if (!fiscal || !income || income.value <= 0) return;
    const rate = fiscal.statedShare ? num(fiscal.statedShare.rate) : ((fiscal.value / income.value) * 100).toFixed(2);
    expect(replyBody(engine.ask('收入里财政拨款占多大比例', 'fiscal income share').text)).toContain(`${rate}%`);
  });

  it('keeps the figure a definition was given of as the subject (机关运行经费包括哪些 → 安排多少)', () => {
    const admin = findAmount(facts, 'admin');
    const term = facts.glossary.find((g) => /机关运行/.test(g.term));
    if (!admin || !term) return;
    engine.ask(`${term.term}包括哪些`, 'defined next');
    expect(replyBody(engine.ask('安排多少', 'defined next').text)).toContain(two(admin.value));
  });

  it('answers each of several figures listed with 、', () => {
    const figures = (['expense.basic', 'expense.project', 'sangong.total'] as const).map((c) => facts.amounts.find((a) => a.concept === c));
    if (figures.some((f) => !f)) return;
    const body = replyBody(engine.ask('基本支出、项目支出、三公经费', 'listed').text);
    for (const figure of figures) expect(body, figure!.concept).toContain(two(figure!.value));
  });

  it('takes its own short name with one character typed as a homophone for itself, and another body for another', () => {
    const tail = facts.identity.department.slice(-3);
    const total = findAmount(facts, 'expense.total') ?? findAmount(facts, 'budget.total');
    // A homophone of the middle character, found among the characters the disclosure itself uses.
    const homophone = [...new Set(doc.text.stream)].find((ch) => /[\u4e00-\u9fa5]/.test(ch) && ch !== tail[1] && soundsAlike(ch, tail[1]));
    if (!total || !homophone) return;
    const typed = `${tail[0]}${homophone}${tail[2]}`;
    expect(engine.ask(`${typed}支出预算多少`).answered, typed).toBe(true);
    // Said with its place but without the place's level (长沙信仿局 for 长沙市信访局), the slip is still its own.
    const placed = facts.identity.department.match(/^([\u4e00-\u9fa5]{2,3}?)[省市县区](?=[\u4e00-\u9fa5]{3}$)/)?.[1];
    if (placed) expect(engine.ask(`${placed}${typed}支出预算多少`).answered, `${placed}${typed}`).toBe(true);
  });

  it('refuses another body named by its short committee name, and hours it never states', () => {
    const own = facts.identity.department;
    for (const body of ['市发改委', '区卫健委', '市教委'].filter((b) => !own.includes(b))) {
      expect(engine.ask(`${body}的预算是多少`).answered, body).toBe(false);
    }
    expect(engine.ask('你们几点下班').answered).toBe(false);
    // Where to go to get something done, and one person's pay, are no budget line's.
    expect(engine.ask(`我想投诉，应该去哪个部门？`).answered).toBe(false);
    expect(engine.ask('帮我查下你们单位张伟一个月工资多少').answered).toBe(false);
    // How to get a service done asks nothing of the budget line it names.
    const project = facts.projectTables.find((t) => !isWholeDepartment(t.project));
    if (project) expect(engine.ask(`${coreName(project.project)}打不通怎么办`).answered, project.project).toBe(false);
  });
});

/** How a question asks for a value in each unit: 评审次数, 办公时间多长, 利用率是多少. */
const UNIT_ASKS: [RegExp, string][] = [[/次$/, '次数'], [/小时$/, '时间'], [/%$/, '率'], [/个$/, '个数']];

/**
 * For each indicator with a number in one of those units: its project by its core name, and one
 * jieba word of the indicator's name that no other row of the table has (评审 of 评审数量 ≥100次).
 */
function indicatorsByWord(facts: (typeof documents)[number]['facts']) {
  return facts.projectTables.flatMap((table) =>
    table.rows.flatMap((row) => {
      const unit = UNIT_ASKS.find(([u]) => u.test(row.value.raw.trim()));
      if (!unit || row.value.number === undefined) return [];
      const others = table.rows.filter((r) => r !== row).map((r) => `${r.level3}|${r.description}`).join('|');
      const word = tokenize(row.level3).find((w) => w.length >= 2 && !table.project.includes(w) && !others.includes(w) && !/指标|数量|比率|时间|次数|个数/.test(w));
      if (!word) return [];
      const core = coreName(table.project);
      return [{ project: table.project, core, word, unitWord: unit[1], question: `${core}的${word}${unit[1]}是多少`, value: num(row.value.number) }];
    }),
  );
}

describe('prose read for what a figure is about', () => {
  it('labels a bare headcount by the thing its clause names', () => {
    const counts = statedCounts(new SourceText('t.txt', '本年召开工作调度会等会议，人数约120人，主要为业务工作；开展业务讲堂等培训，人数约300人。'));
    expect(counts.map((c) => [c.label, c.value])).toEqual([['会议人数', 120], ['培训人数', 300]]);
  });

  it('keeps what a count counts where the sentence names it after the count (12件法规), never a bound (5人以上)', () => {
    const counts = statedCounts(new SourceText('t.txt', '立法工作：拟制定和修改12件法规，并对10个立法项目开展调研。同一事项集体上访群众5人以上集访数量不超过3次。听取和审议5次关于计划、预算执行的报告。'));
    expect(counts.find((c) => c.value === 12)).toMatchObject({ label: '拟制定和修改', counted: '法规' });
    // A bound (5人以上) is no count at all.
    expect(counts.find((c) => c.value === 5 && c.unit === '人')).toBeUndefined();
    expect(counts.find((c) => c.value === 5 && c.unit === '次')?.counted).toBeUndefined();
    const engine = new Engine([parseDocument('counted.txt', '2018年部门预算\n立法工作：拟制定和修改12件法规，并对10个立法项目开展调研。')]);
    expect(engine.ask('计划制定修改多少件法规？').text).toMatch(/^拟制定和修改法规：12 件/);
  });

  it('counts equipment above a price however the bracketed qualifiers are written', () => {
    const counts = statedCounts(new SourceText('t.txt', '其他用车0辆。单价100万元（含）以上设备（不含车辆）2台（套）。'));
    expect(counts.find((c) => c.label.includes('以上设备'))).toMatchObject({ label: '单价100万元以上设备', value: 2 });
  });

  it('reads the money and the average score a count of projects goes on to state, a year in its label or not', () => {
    const counts = statedCounts(new SourceText('t.txt', '编报绩效目标的项目50个，涉及项目预算资金5634.81万元。绩效自评的2024年度项目4个，涉及预算金额598.42万元，平均得分99.43分。'));
    expect(counts.map((c) => [c.label, c.value, c.involves?.value, c.averageScore?.value])).toEqual([
      ['编报绩效目标的项目', 50, 5634.81, undefined],
      ['绩效自评的项目', 4, 598.42, 99.43],
    ]);
  });

  it('reads the reason after a change whose rate is said as 降低 (减少294.11万元，降低11.66%，主要原因是人员减少)', () => {
    const clause = '比2023年度决算数减少294.11万元，降低11.66%，主要原因是人员减少，相应减少支出。';
    const change = readChange(new SourceText('t.txt', clause), 0, clause);
    expect(change).toMatchObject({ direction: '减少', amount: 294.11, rate: 11.66, reason: '人员减少，相应减少支出' });
  });

  it('finds a term the prose explains where it uses it (“五个不发生”，即…), the fullest of several places', () => {
    const text = new SourceText('t.txt', ['做到“五个不发生”，即：不发生网络攻击、不', '其他。', '确保“五个不发生”，即不发生网络攻击、不发生数据泄露、不发生病毒感染。'].join('\n'));
    const meaning = statedMeaning(text, analyze('“五个不发生”具体指哪五个'));
    expect(meaning).toMatchObject({ term: '五个不发生', definition: '不发生网络攻击、不发生数据泄露、不发生病毒感染' });
    expect(analyze('“五个不发生”具体指哪五个').operation).toBe('definition');
  });

  it('reads the date the assets stand at, only where it is said of assets or vehicles', () => {
    const source = (lines: string[]) => new SourceText('fixture.txt', lines.join('\n'));
    expect(assetsAsOf(source(['高新区区直部门固定资产占用情况表', '编制部门：某局\t\t截止时间：2019年12月31日']))?.date).toBe('2019年12月31日');
    expect(assetsAsOf(source(['截至 2024 年 12 月 31 日，某局共有车辆 15 辆。']))?.date).toBe('2024年12月31日');
    expect(assetsAsOf(source(['截止2025年12月统计，部门基本情况如下：在职人员编制180人。']))).toBeUndefined();
  });

  it('reads what a department says it is, from its name on, past a heading run into the sentence and a regulation\'s numbering', () => {
    const source = (lines: string[]) => new SourceText('fixture.txt', lines.join('\n'));
    expect(selfDescription(source(['上海某某学院（单位）主要职能', '上海某某学院是上海市某委员会下属事业单位。', '主要职能包括：']), '上海某某学院')?.text).toBe('上海某某学院是上海市某委员会下属事业单位');
    expect(selfDescription(source(['第二条 某区财政局是主管全区财政工作的区政府工作部门，为正处级。']), '上海市某区财政局')?.text).toBe('某区财政局是主管全区财政工作的区政府工作部门,为正处级');
    // A sentence about another body, or naming no kind of body, describes nothing.
    expect(selfDescription(source(['本部门下属事业单位包括：某某中心。', '某某学院是一所好学校。']), '上海某某学院')).toBeUndefined();
  });

  it('reads the bodies a count goes on to name after 即 (事业单位8个，即：…), and a body named as a 机关', () => {
    const listed = orgListings(new SourceText('t.txt', '北京市统计局下属全额拨款事业单位 8 个，即：北京市经济社会调查总队、北京市统计局综合事务中心、北京市统计应用研究所。'));
    expect(listed.map((l) => l.names)).toEqual([['北京市经济社会调查总队', '北京市统计局综合事务中心', '北京市统计应用研究所']]);
    const budgetUnits = orgListings(new SourceText('t.txt', '纳入本部门预算编制范围的预算单位共 2 家，具体包括：江苏省高级人民法院机关（本级）、徐州铁路运输法院。'));
    expect(budgetUnits.map((l) => l.names)).toEqual([['江苏省高级人民法院机关', '徐州铁路运输法院']]);
    // None but its own level, said in a sentence: no units below, and the sentence kept to quote.
    const ownOnly = orgListings(new SourceText('t.txt', '二、部门预算单位构成\n某市某某局部门只有本级，没有其他二级预算单位，因此，纳入2026年部门预算编制范围的只有某市某某局本级。\n三、部门收支'));
    expect(ownOnly.map((l) => [l.kind, l.count, l.said?.includes('没有其他二级预算单位')])).toEqual([['subordinate', 0, true]]);
    expect(orgListings(new SourceText('t.txt', '本单位仅含本级，无下属单位。'))[0]?.count).toBe(0);
  });

  it('reads why an actual differs from its budget, past the parts listed, only where the sentence names the figure or nothing', () => {
    const text = '“三公”经费财政拨款支出预算为76.43万元，支出决算为46.21万元，完成预算的60.46%。其中：因公出国（境）费支出决算为4.69万元，完成预算的15.63%。“三公”经费支出决算数小于预算数的主要原因是从严控制开支。';
    const { amounts } = extractKeyFacts(new SourceText('t.txt', text));
    expect(amounts.find((a) => a.concept === 'sangong.total')).toMatchObject({ value: 46.21, budgeted: 76.43, varianceReason: { text: '从严控制开支' } });
    expect(amounts.find((a) => a.concept === 'sangong.abroad')?.varianceReason).toBeUndefined();
  });

  it('finds a short label by the one word of it no other label counted so holds (实有多少人 → 在职实有)', () => {
    const counts = statedCounts(new SourceText('t.txt', '在职人员编制180人，其中：行政编制175人。在职实有177人。车辆编制8辆，实有车辆8辆。'));
    expect(findStatedCount(counts, analyze('实有多少人'), '实有多少人')).toMatchObject({ label: '在职实有', value: 177 });
    expect(findStatedCount(counts, analyze('实有几辆'), '实有几辆')).toMatchObject({ value: 8, unit: '辆' });
  });

  it('reads a count written in Chinese numerals after a counting word (预算单位共计一家)', () => {
    const counts = statedCounts(new SourceText('t.txt', '纳入本部门2018年部门汇总预算编制范围的预算单位共计一家，具体包括：本级。'));
    expect(counts.map((c) => [c.label.slice(-4), c.value, c.unit])).toEqual([['预算单位', 1, '家']]);
  });

  it('reads the items a class\'s glossary entry goes on to define (…。提租补贴（项）：指…), past a long class heading', () => {
    const text = ['第四部分 名词解释', '一、财政拨款收入：指中央财政当年拨付的资金。', '九、住房保障支出（类）住房改革支出（款）：指按照国家政策规定用于住房改革方面的支出。', '  提租补贴（项）：指因公有住房租金标准提高发放的补贴，', '人均标准 90 元/月。', '第五部分 附件'].join('\n');
    expect(parseGlossary(new SourceText('t.txt', text)).map((g) => g.term)).toEqual(['财政拨款收入', '住房保障支出(类)住房改革支出', '提租补贴']);
  });

  it('reads a 名词解释 headed as a numbered sub-section (（一）专业名词解释)', () => {
    const text = ['九、其他公开信息', '（一）专业名词解释', '1.财政拨款收入：指同级财政当年拨付的资金。', '2.基本支出：指为保障机构正常运转而发生的支出。', '（二）机关运行经费安排变化情况及原因说明'].join('\n');
    expect(parseGlossary(new SourceText('t.txt', text)).map((g) => g.term)).toEqual(['财政拨款收入', '基本支出']);
  });

  it('keeps a listed project\'s whole goal, past its first sentence, up to the next project listed', () => {
    const text = '（一）某热线工作经费，年初预算100.00元，绩效目标：建设热线。每月受理不少于150件。（二）另一经费，年初预算50.00元，绩效目标：做好保障。';
    const [first, second] = proseProjects(new SourceText('t.txt', text), []);
    expect(first.goal).toBe('建设热线。每月受理不少于150件。');
    expect(second.goal).toBe('做好保障');
  });

  it('keeps a share stated where a figure is repeated (占10.61%), spaced before its percent sign or not', () => {
    const text = '单位预留机动经费预算数为1685.72万元。本年支出预算合计15897.44万元，其中：项目支出 6333.96 万元，占 39.84 %；单位预留机动经费1685.72 万元，占10.61%。';
    const { amounts } = extractKeyFacts(new SourceText('t.txt', text));
    expect(amounts.find((a) => a.concept === 'expense.reserve')?.statedShare?.rate).toBe(10.61);
    expect(amounts.find((a) => a.concept === 'expense.project')?.statedShare?.rate).toBe(39.84);
  });

  it('reads a count written before its label up to the 的 that ends the noun (下属 5 家预算单位的综合收支计划)', () => {
    const counts = statedCounts(new SourceText('t.txt', '部门预算是包括本部以及下属 5 家预算单位的综合收支计划。'));
    expect(counts.find((c) => c.label.startsWith('预算单位'))).toMatchObject({ label: '预算单位', value: 5 });
  });

  it('reads the book value a disposal goes on to state, thousands separators and all', () => {
    const counts = statedCounts(new SourceText('t.txt', '处置房屋建筑物0平方米，账面原值0.00元；处置车辆1辆，账面原值276,853.00元；报废报损资产1项。'));
    expect(counts.find((c) => c.label === '处置车辆')).toMatchObject({ value: 1, involves: { value: 27.6853, as: 'bookValue' } });
  });

  it('reads an evaluation\'s score and grade under the name it is given, without the heading before it, and no bare 项目自评得分', () => {
    const text = ['三、综合评价情况及评价结论', '某某系统维护费项目综合评价得分 85.19 分，评价', '等级为“良”（见表 2）。', '该项目全面完成年度绩效目标，项目自评得分为94.7分。'].join('\n');
    const scores = statedCounts(new SourceText('t.txt', text)).filter((c) => c.unit === '分');
    expect(scores.map((c) => [c.label, c.value, c.grade])).toEqual([['某某系统维护费项目综合评价得分', 85.19, '良']]);
  });

  it('reads the visits stated right after the batches of reception, and the small-business set-aside', () => {
    const { counts } = extractKeyFacts(new SourceText('t.txt', '2024年度使用财政拨款支出的公务接待10批次、152人次，全部为国内公务接待。'));
    expect(counts.map((c) => [c.concept, c.value])).toEqual([['sangong.receptionBatches', 10], ['sangong.receptionVisits', 152]]);
    const amounts = statedAmounts(new SourceText('t.txt', '2024年本部门面向中小企业预留政府采购项目预算金额664.98万元，其中，预留给小型和微型企业的政府采购项目预算为465.49万元。'));
    expect(amounts.map((a) => [a.label, a.value])).toEqual([['面向中小企业预留', 664.98], ['预留给小微企业', 465.49]]);
  });

  it('breaks a table\'s count down by the kinds a sentence of the prose gives', () => {
    const stated = statedCounts(new SourceText('t.txt', '2019年年末固定资产总值为762.43万元。其中1辆公务用车、2辆执法用车共计46.93万元。'));
    expect(countParts({ value: 3, unit: '辆', label: '车辆(台、辆)', source: { line: 9 } }, stated).map((c) => [c.label, c.value])).toEqual([['公务用车', 1], ['执法用车', 2]]);
    expect(countParts({ value: 4, unit: '辆', label: '车辆', source: { line: 9 } }, stated)).toEqual([]);
  });

  it('reads a 名词解释 whose entries carry no numbers, across a page break', () => {
    const text = ['六、名词解释', '基本支出：指为保障机构正常运转而发生的', '人员支出和公用支出。', '                 - 8 -', '', '政府采购：各级国家机关使用财政性资金采购的行为。', '七、其他说明'].join('\n');
    expect(parseGlossary(new SourceText('t.txt', text)).map((g) => [g.term, g.definition])).toEqual([
      ['基本支出', '指为保障机构正常运转而发生的人员支出和公用支出。'],
      ['政府采购', '各级国家机关使用财政性资金采购的行为。'],
    ]);
  });

  it('keeps a planned purchase with what it is mainly for', () => {
    const [granted] = statedAmounts(new SourceText('t.txt', '授予中小企业合同金额 1820.69 万元，占政府采购支出总额的 92.54%，其中：'));
    expect(granted).toMatchObject({ label: '授予中小企业合同', value: 1820.69, statedShare: { rate: 92.54, of: '政府采购支出总额' } });
    const [planned] = statedAmounts(new SourceText('t.txt', '2020年各处室拟购置固定资产总额为54.28万元，主要为服务中心配备自助终端。'));
    expect(planned).toMatchObject({ label: '拟购置固定资产', value: 54.28, uses: '服务中心配备自助终端' });
  });

  it('reads 收、支总计 as the budget total, with its change', () => {
    const total = extractKeyFacts(new SourceText('t.txt', '国家信访局2024年度收、支总计22066.59万元，与2023年相比，收、支总计各增加5834.37万元，增长35.74%。')).amounts.find((a) => a.concept === 'budget.total');
    expect(total).toMatchObject({ value: 22066.59, change: { direction: '增加', amount: 5834.37, rate: 35.74 } });
  });

  it('takes a change stated against last year\'s figure, named with the figure itself', () => {
    const text = new SourceText('t.txt', '2026年度收入预算51036.22万元，比2025年年初预算数45557.68万元增加5478.54万元，增长12.03%。主要原因是增加普查项目经费。');
    const income = extractKeyFacts(text).amounts.find((a) => a.concept === 'income.total');
    expect(income?.change).toMatchObject({ direction: '增加', amount: 5478.54, rate: 12.03, reason: '增加普查项目经费' });
  });

  it('takes a change stated after a figure\'s description, and never one said of another noun the label qualifies', () => {
    const text = new SourceText('t.txt', [
      '2.其他收入 878.44 万元，为本单位在财政拨款收入、事业收入之外取得的收入，例如：存款利息收入、房产出租收入等，比 2023 年度决算数增加 326.11 万元，增长 59.04%，主要原因是非同级财政拨款收入增加。',
      '3.年初结转和结余 1615.24 万元，既包括财政拨款结转和结余，也包括其他收入的结转和结余，比 2023 年度决算数减少 754.91 万元。',
    ].join('\n'));
    const other = extractKeyFacts(text).amounts.find((a) => a.concept === 'income.other');
    expect(other?.change).toMatchObject({ direction: '增加', amount: 326.11, reason: '非同级财政拨款收入增加' });
  });

  it('takes a change stated in the sentence after a figure and its breakdown', () => {
    const text = new SourceText('t.txt', '2026年部门财务总收入1000.00元，其中：一般公共预算800.00元，政府性基金200.00元。与上年对比增加55.40元，主要原因分析：人员增加。');
    const income = extractKeyFacts(text).amounts.find((a) => a.concept === 'income.total');
    expect(income?.change?.direction).toBe('增加');
    expect(income?.change?.amount).toBeCloseTo(0.00554, 8);
    expect(income?.change?.reason).toBe('人员增加');
  });
});

describe('a reply of several parts', () => {
  it.each(engines.map(({ doc, engine }) => [doc.facts.identity.file, engine] as const))('%s: cites each line once, though two parts quote it', (_file, engine) => {
    const reply = engine.ask('支出预算是多少？比上年变化多少？为什么？');
    const keys = reply.citations.map((c) => `${c.doc}:${c.line}:${c.page ?? ''}`);
    expect(reply.citations.length).toBeGreaterThan(0);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the generated checks above', () => {
  it('asked a unit by its English name somewhere', () => expect(unitsInEnglish).toBeGreaterThan(0));
});
