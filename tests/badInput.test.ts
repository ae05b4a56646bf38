import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { BudgetBotError } from '../src/errors.js';
import { parseDocument } from '../src/parse/document.js';
import { loadDocuments } from '../src/parse/load.js';
import { decodeDisclosure } from '../src/parse/readers/text.js';
import { SEED_TEXT, seed, tempDir } from './helpers.js';

const dir = tempDir('budget-bot-');
const write = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('bad input files', () => {
  it('rejects an empty file with its name', () => {
    expect(() => decodeDisclosure('empty.txt', new Uint8Array())).toThrow(new BudgetBotError('EMPTY_FILE', 'empty.txt: the file is empty'));
    expect(() => decodeDisclosure('blank.txt', new TextEncoder().encode('  \n\n '))).toThrow(/empty/);
  });

  it('rejects a binary file', () => {
    const bytes = Uint8Array.from({ length: 2000 }, (_, i) => (i * 7) % 256);
    expect(() => decodeDisclosure('scan.pdf.txt', bytes)).toThrow(/binary file/);
  });

  it('reads a GBK file and says so', () => {
    const gbk = Uint8Array.from([0xc8, 0xfd, 0xb9, 0xab, 0xbe, 0xad, 0xb7, 0xd1]); // 三公经费 in GBK
    expect(decodeDisclosure('gbk.txt', gbk)).toEqual({ text: '三公经费', warning: 'gbk.txt: not UTF-8; read as GB18030/GBK' });
  });

  it('reads UTF-16 with its byte-order mark, either way round, and GB18030 beyond GBK', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from('三公经费 12.5万元', 'utf16le')]);
    const be = Uint8Array.from([0xfe, 0xff, ...Buffer.from('三公经费', 'utf16le').swap16()]);
    expect(decodeDisclosure('le.txt', le).text).toBe('三公经费 12.5万元');
    expect(decodeDisclosure('be.txt', be).text).toBe('三公经费');
    // 𠀀 (U+20000) exists in GB18030 only, as a four-byte sequence.
    const gb18030 = Uint8Array.from([0xc8, 0xfd, 0xb9, 0xab, 0x95, 0x32, 0x82, 0x36]);
    expect(decodeDisclosure('gb.txt', gb18030).text).toBe('三公𠀀');
  });

  it('walks past a dangling link, a link loop and a FIFO, loading the rest', () => {
    const root = tempDir('budget-bot-walk-');
    writeFileSync(join(root, 'a_seed.txt'), SEED_TEXT);
    symlinkSync(join(root, 'gone.txt'), join(root, 'b_dangling.txt'));
    mkdirSync(join(root, 'c_sub'));
    symlinkSync(root, join(root, 'c_sub', 'loop'));
    execFileSync('mkfifo', [join(root, 'd_fifo.txt')]);
    const result = loadDocuments([root]);
    expect(result.documents).toHaveLength(1);
    expect(result.errors).toEqual([
      `skipped ${join(root, 'b_dangling.txt')}: a link to nothing`,
      `skipped ${join(root, 'c_sub', 'loop')}: a folder already read (link loop)`,
      `skipped ${join(root, 'd_fifo.txt')}: not a regular file`,
    ]);
  });

  it('does not load a file that holds no disclosure, and says why', () => {
    const root = tempDir('budget-bot-junk-');
    writeFileSync(join(root, 'title.txt'), '2020年部门预算公开\n────────────\n');
    const result = loadDocuments([root]);
    expect(result.documents).toHaveLength(0);
    expect(result.errors).toEqual(['title.txt: no budget figures or tables found; not loaded']);
  });

  it('loads the other files when one is bad, and reports the bad one', () => {
    write('a_empty.txt', '');
    write('b_seed.txt', SEED_TEXT);
    const result = loadDocuments([dir]);
    expect(result.documents.map((d) => d.facts.identity.department)).toEqual(['高新区行政服务局']);
    expect(result.errors).toEqual(['a_empty.txt: the file is empty']);
  });

  it('reports a missing path instead of crashing', () => {
    const result = loadDocuments([join(dir, 'nope')]);
    expect(result.documents).toEqual([]);
    expect(result.errors[0]).toMatch(/cannot read .*nope/);
  });

  it('loads a truncated disclosure and lists what is missing', () => {
    const truncated = SEED_TEXT.split('\n').slice(0, 60).join('\n');
    const { facts } = parseDocument('truncated.txt', truncated);
    expect(facts.amounts.find((a) => a.concept === 'admin')?.value).toBe(78.66);
    expect(facts.missingSections).toEqual(['政府采购', '国有资产', '名词解释']);
    expect(facts.warnings).toContain('truncated.txt: sections not found: 政府采购、国有资产、名词解释');
  });

  it('loads a disclosure missing a middle section', () => {
    const lines = SEED_TEXT.split('\n');
    const withoutSangong = [...lines.slice(0, 50), ...lines.slice(56)].join('\n');
    const { facts } = parseDocument('no-sangong.txt', withoutSangong);
    expect(facts.missingSections).toEqual(['三公经费']);
    expect(facts.procurement.items).toHaveLength(25);
  });

  it('warns with file and line about a table row with the wrong number of cells', () => {
    const lines = SEED_TEXT.split('\n');
    lines[432] = '办公设备、办 公家具购置 费\t30.28\t其他 终端 设备';
    lines[188] = '产出指标\t时效指标\t更换时间';
    const { facts } = parseDocument('bad-rows.txt', lines.join('\n'));
    expect(facts.procurement.items).toHaveLength(24);
    expect(facts.projectTables[0].rows).toHaveLength(2);
    expect(facts.warnings).toEqual([
      'bad-rows.txt:189: 绩效目标表 row has 3 cells, expected 6; row skipped',
      'bad-rows.txt:433: 政府采购 row does not have the expected cells (project, funds, item, code, unit, quantity, price, amount); row skipped',
    ]);
  });

  it('still loads a file with no recognisable identity, named after the file', () => {
    const { facts } = parseDocument('mystery.txt', '一些文字\n没有部门名称');
    expect(facts.identity).toMatchObject({ department: 'mystery', year: null });
    expect(facts.warnings[0]).toBe('mystery.txt: could not read the department from the text; named it after the file');
  });

  it('drops a negative or out-of-range key figure with a file:line warning, never serving it', () => {
    for (const figure of ['-78.66', '100000000000000000000']) {
      const text = SEED_TEXT.replace('三公”经费财政拨款支出预算为 0 万元', `三公”经费财政拨款支出预算为 ${figure} 万元`);
      const { facts } = parseDocument('range.txt', text);
      expect(facts.warnings.some((w) => /^range\.txt:53: dropped amounts\[\d+\]: value: Too (small|big)/.test(w)), figure).toBe(true);
      expect(facts.amounts.some((a) => a.concept === 'sangong.total'), figure).toBe(false);
    }
  });

  it('says a change printed without its figure (比上年增加 。) lacks one, never showing a blank', () => {
    const text = SEED_TEXT.replace('与 2019 年相比增加 13.34 万元', '与 2019 年相比增加 。');
    const engine = new Engine([parseDocument('no-figure.txt', text)]);
    const reply = engine.ask('机关运行费比上年增加多少').text;
    expect(reply).toMatch(/^机关运行经费比上年增加（披露未写明金额）。原因：人员增加/);
    expect(reply).not.toMatch(/增加 。|13\.34/);
  });

  it('drops a fact that does not validate, with a warning, and keeps the rest of the document', () => {
    // Shifting every digit turns the 9th 分项目标 and 绩效目标表 into number 0, which the model rejects.
    const shifted = SEED_TEXT.replace(/\d/g, (d) => String((Number(d) + 1) % 10));
    const { facts } = parseDocument('shifted.txt', shifted);
    // Each warning names the file and the line the dropped fact came from.
    expect(facts.warnings.filter((w) => w.includes(': dropped ')).map((w) => w.replace(/^shifted\.txt:\d+: /, ''))).toEqual([
      'dropped subGoals[8]: index: Too small: expected number to be >0',
      'dropped projectTables[8]: index: Too small: expected number to be >0',
    ]);
    expect(facts.warnings.filter((w) => w.includes(': dropped ')).every((w) => /^shifted\.txt:\d+: /.test(w))).toBe(true);
    expect(facts.subGoals.length).toBe(seed.facts.subGoals.length - 1);
    expect(facts.procurement.items.length).toBe(seed.facts.procurement.items.length);
  });
});
