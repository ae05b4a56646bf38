import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { analyze } from '../src/intent/frame.js';
import { unnamedSubject } from '../src/intent/unnamed.js';
import { defaultLexicon } from '../src/intent/lexicon.js';
import { parseDocument } from '../src/parse/document.js';
import { knowsBody } from '../src/engine/annotate.js';
import { seed } from './helpers.js';

const text = [
  '某某市数据局2026年部门预算',
  '一、收支预算总体情况',
  '2026年收入预算总额500.00万元，支出预算总额500.00万元。',
  '二、重点项目预算绩效目标情况',
  '（一）城市运行平台维护经费，年初预算1,000,000.00元，绩效目标：保障平台全年稳定运行。',
  '（二）数据共享专项，年初预算30.5万元。',
].join('\n');
const engine = new Engine([parseDocument('projects.txt', text)]);

describe('subjects the question names', () => {
  it('answers a project the prose lists with its funds, in 万元 with the 元 printed', () => {
    expect(engine.ask('城市运行平台维护经费预算多少').text).toMatch(/^城市运行平台维护经费：100 万元（1000000 元）/);
    expect(engine.ask('数据共享专项安排了多少').text).toMatch(/^数据共享专项：30\.5 万元/);
  });

  it('refuses a subject nothing names instead of giving the total its generic word names', () => {
    const reply = engine.ask('智慧停车系统运维经费预算是多少');
    expect(reply.answered).toBe(false);
    expect(reply.text).toMatch(/^披露没有给出智慧停车系统运维经费/);
    expect(engine.ask('2026年支出预算是多少').text).toMatch(/^支出预算：500 万元/);
  });

  it('finds the leftover subject only where it reads as one', () => {
    expect(unnamedSubject(analyze('12345热线工作经费预算是多少'))).toBe('12345热线工作经费');
    expect(unnamedSubject(analyze('今年部门预算总额是多少'))).toBeUndefined();
    expect(unnamedSubject(analyze('收入预算一共多少钱'))).toBeUndefined();
    // An allowance or a survey named is a subject too (给职工发的伙食补助，今年一共有多少钱).
    expect(unnamedSubject(analyze('给职工发的伙食补助，今年一共有多少钱'))).toBe('伙食补助');
    expect(engine.ask('给职工发的伙食补助，今年一共有多少钱').answered).toBe(false);
    // A fee of two characters no word names (学费) is a subject; one the lexicon names (学费收入) is not.
    const { words } = defaultLexicon();
    expect(unnamedSubject(analyze('学费一年收多少钱'), undefined, true, words)).toBe('学费');
    expect(unnamedSubject(analyze('学费收入一年多少'), undefined, true, words)).toBeUndefined();
    expect(engine.ask('学费一年收多少钱').answered).toBe(false);
  });
});

describe('the bodies a document knows', () => {
  it('knows a kind of its own units qualified by a level of government, not one qualified by a place name', () => {
    const unit = seed.facts.projectTables.map((t) => t.project).find((p) => /服务中心/.test(p));
    if (!unit) return;
    // 综合便民服务中心… asked as 街道便民服务中心: 街道 says where, not which.
    const kind = unit.slice(unit.indexOf('便民'), unit.indexOf('服务中心') + 4);
    expect(knowsBody(seed, `街道${kind}`)).toBe(true);
    expect(knowsBody(seed, `裕华街道${kind}`)).toBe(false);
    // 街道便民中心: the rest after the level word abbreviates the unit's name (便民中心 in 综合便民服务中心).
    expect(knowsBody(seed, `街道${kind.replace('服务', '')}`)).toBe(true);
    expect(knowsBody(seed, `裕华街道${kind.replace('服务', '')}`)).toBe(false);
  });
});
