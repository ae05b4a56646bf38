/**
 * Generated from every shared disclosure's identity: a question naming the body itself (in full or
 * abbreviated) is in scope, and one naming another body of the same kind elsewhere is refused,
 * naming what is loaded. No body name is written here.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { loadDocuments } from '../src/parse/load.js';
import { knowsBody } from '../src/engine/annotate.js';
import { SEED_PATH, SHARED_DOCS } from './helpers.js';
import { replyBody } from './replyBody.js';

const { documents } = loadDocuments([SEED_PATH, SHARED_DOCS]);
/** The kind of body a name ends in: 局, 办公室, 学院 … */
const KIND = /(局|厅|法院|办公厅|办公室|办事处|学院|大学|委员会)$/;

describe.each(documents.map((d) => [d.facts.identity.department, d] as const))('%s', (department, doc) => {
  const engine = new Engine([doc]);
  const kind = department.match(KIND)?.[1];

  it('answers a question that names the body itself, in full and abbreviated', () => {
    expect(engine.ask(`${department}的支出预算是多少`).text).not.toMatch(/不包含/);
    const abbreviated = department[0] + department.slice(-2);
    expect(engine.ask(`${abbreviated}的支出预算是多少`).text).not.toMatch(/不包含/);
  });

  it('answers the body named after the asker\'s own words (想算一下…, 我想了解…, …年底), which are no part of its name', () => {
    for (const asked of [`想算一下${department}的支出预算是多少`, `我想了解${department}的支出预算是多少`, `想了解下${department}的支出预算`, `查一下${department}的支出预算`, `想核实下${department}的支出预算`, `刚入职${department}，想问下支出预算是多少`, `${doc.facts.identity.year}年底${department}的支出预算是多少`]) {
      expect(engine.ask(asked, `own-${asked}`).text, asked).not.toMatch(/不包含/);
    }
  });

  // …人民政府万里街道办事处 called 万里街道 or 万里 by its own people.
  const local = department.match(/(?:人民政府|[区县市])([\u4e00-\u9fa5]{2,4}?)(街道|镇|乡)(?:办事处|人民政府)$/);
  it.runIf(!!local)('answers a street\'s or town\'s office called by its place and level, or by its place alone', () => {
    const plain = replyBody(engine.ask('项目支出合计多少', 'local-plain').text);
    expect(plain).toMatch(/\d/);
    for (const short of [`${local![1]}${local![2]}`, `${local![1]}这边`]) expect(replyBody(engine.ask(`${short}项目支出合计多少`, `local-${short}`).text), short).toBe(plain);
    // 听邻居说街道…: who the asker heard it from is no part of the body's name.
    expect(replyBody(engine.ask(`听邻居说${local![2]}的项目支出不少，合计多少`, "local-heard").text)).toBe(plain);
  });

  it('refuses the body of its kind in another place, its place one character apart (南京市… beside 北京市…)', () => {
    const other = (department[0] === '东' ? '西' : '东') + department.slice(1);
    for (const asked of [`${other}的支出预算是多少`, `查一下${other}的支出预算`]) {
      const reply = engine.ask(asked, `other-${asked}`);
      expect(reply.answered, asked).toBe(false);
      expect(reply.text).toContain(`不包含${other.slice(0, 3)}`);
    }
  });

  it.runIf(kind !== undefined)('refuses a question about another body of its kind, naming what is loaded', () => {
    const other = `东海省某某${kind}`;
    const reply = engine.ask(`${other}的支出预算是多少`);
    expect(reply.answered).toBe(false);
    expect(reply.text).toContain(`不包含${other}`);
  });
});

describe.each(documents.map((d) => [d.facts.identity.department, d] as const))('%s: its own works', (_department, doc) => {
  const engine = new Engine([doc]);
  // 万里街道社区公共服务中心新建工程 asked as 街道新建社区公共服务中心: a level word and the building word said first.
  const works = [...new Set(doc.facts.projectSections.flatMap((s) => (s.project ? [s.project] : [])))].flatMap((name) => {
    const m = name.match(/(社区|街道|镇|乡)([\u4e00-\u9fa5]{2,10}?(?:中心|馆|站|楼|所))(新建|改建|扩建)工程$/);
    return m ? [{ name, asked: `街道${m[3]}${m[1] === '街道' ? '' : m[1]}${m[2]}` }] : [];
  });

  it.runIf(works.length > 0)('reads a building work of its own named by where and what is built, not as another body', () => {
    for (const { asked } of works) {
      const reply = engine.ask(`${asked}那个工程，今年安排了多少钱？`);
      expect(reply.text, asked).not.toMatch(/不包含/);
    }
    // Another place's building is still another body's.
    expect(engine.ask('东海省某某区新建体育中心那个工程，今年安排了多少钱？').answered).toBe(false);
  });
});

describe.each(documents.map((d) => [d.facts.identity.department, d] as const))('%s: its own place', (department, doc) => {
  const engine = new Engine([doc]);
  const place = department.match(/^([\u4e00-\u9fa5]{2,8}?[省市区县])/)?.[1];

  it.runIf(place !== undefined)('refuses the political consultative conference of its own place (…政协), another body', () => {
    const reply = engine.ask(`${place}政协的部门预算是多少`, 'cppcc');
    expect(reply.answered).toBe(false);
    expect(reply.text).toContain(`不包含${place}政协`);
  });

  it.runIf(place !== undefined)('reads its own place with a level word after it (高新区街道乡镇) as where, not another body', () => {
    expect(knowsBody(doc, `${place}街道乡镇`)).toBe(true);
    expect(knowsBody(doc, '东海省某某区街道')).toBe(false);
    expect(engine.ask('东海省某某区街道的预算是多少').answered).toBe(false);
  });
});
