/**
 * PDF and HTML disclosures load like text: the text laid out from a PDF's glyph positions, every
 * fact citing its page; and a PDF that cannot be read is one clear line naming the file while the
 * other documents load.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../src/engine/engine.js';
import { loadDocuments } from '../src/parse/load.js';
import { htmlText } from '../src/parse/readers/html.js';
import { readInChild } from '../src/parse/readers/inChild.js';
import { chinesePdf, DESCRIPTOR, encryptedPdf, pdf, scannedPdf } from './pdfFixtures.js';
import { SEED_PATH, SEED_TEXT, tempDir } from './helpers.js';

/** A table of the 三公 template, two cells a line, set in a CID font only the CMaps can read. */
const SANGONG = chinesePdf([
  [[200, '2020年部门预算']],
  [[60, '单位：万元']],
  [[60, '项目'], [300, '预算数']],
  [[60, '三公经费合计'], [300, '12.50']],
  [[60, '因公出国（境）费'], [300, '0.00']],
]);

describe('a PDF disclosure', () => {
  it('reads Chinese text through the CMaps, one line a baseline, cells kept apart by wide gaps', () => {
    const dir = tempDir('pdf-read-');
    writeFileSync(join(dir, 'sangong.pdf'), SANGONG);
    const [result] = readInChild([join(dir, 'sangong.pdf')]);
    expect(result).toHaveProperty('pages');
    const [page] = (result as { pages: string[][] }).pages;
    const lines = page.filter(Boolean);
    expect(lines[0].trim()).toBe('2020年部门预算');
    expect(lines[3]).toMatch(/^三公经费合计 {2,}12\.50$/);
    expect(lines[4]).toMatch(/^因公出国（境）费 {2,}0\.00$/);
  });

  it('loads from a folder like a .txt, and its facts cite the page and the line on it', () => {
    const dir = tempDir('pdf-load-');
    writeFileSync(join(dir, 'seed.txt'), SEED_TEXT);
    // The seed's text as a PDF: each of its lines set on a baseline of its own, 40 lines a page.
    const lines = SEED_TEXT.split('\n');
    const pages = Array.from({ length: Math.ceil(lines.length / 40) }, (_, p) => lines.slice(p * 40, p * 40 + 40));
    writeFileSync(join(dir, 'seed-as-pdf.pdf'), multiPagePdf(pages));
    const { documents, errors } = loadDocuments([join(dir, 'seed-as-pdf.pdf')]);
    expect(errors).toEqual([]);
    const total = documents[0].facts.amounts.find((a) => a.concept === 'budget.total');
    const fromText = loadDocuments([SEED_PATH]).documents[0].facts.amounts.find((a) => a.concept === 'budget.total');
    expect(total?.value).toBe(fromText?.value);
    expect(total?.source.page).toBeGreaterThan(0);
    expect(total?.source.pageLine).toBeGreaterThan(0);
    const answer = new Engine(documents).ask('收入预算总计多少');
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const citation of answer.citations) expect(citation.page).toBeGreaterThan(0);
    expect(answer.text).toMatch(/第\d+页第\d+行/);
    expect(new Engine(documents).ask('what is the total budget?').text).toMatch(/page \d+ line \d+/);
  });
});

/** The seed's lines as PDF pages, in a CID font (see chinesePdf): every character two bytes of UCS-2. */
function multiPagePdf(pages: string[][]): Uint8Array {
  const hex = (text: string) => [...text].map((ch) => (ch.codePointAt(0)! > 0xffff ? '' : ch.charCodeAt(0).toString(16).padStart(4, '0'))).join('');
  const n = pages.length;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ')}] /Count ${n} >>`,
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /DW 1000 /W [1 95 500] ${DESCRIPTOR} >>] >>`,
  ];
  pages.forEach((lines, i) => {
    const content = lines.map((line, k) => `BT /F1 9 Tf 30 ${800 - 18 * k} Td <${hex(line)}> Tj ET`).join('\n');
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 1400 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * i} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  });
  return pdf(objects);
}

describe('a PDF or HTML file that cannot be read', () => {
  const load = (files: Record<string, Uint8Array | string>, options = {}) => {
    const dir = tempDir('pdf-bad-');
    writeFileSync(join(dir, 'seed.txt'), SEED_TEXT);
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
    return loadDocuments([dir], options);
  };

  it('a scanned PDF (no text layer) is one line naming it; the other documents load', () => {
    const { documents, errors } = load({ 'scan.pdf': scannedPdf() });
    expect(errors).toEqual(['scan.pdf: no text layer: a scanned PDF needs OCR, which is not supported']);
    expect(documents.map((d) => d.facts.identity.file)).toEqual(['seed.txt']);
  });

  it('an encrypted PDF and a corrupt one are one line each', () => {
    const { documents, errors } = load({ 'locked.pdf': encryptedPdf(), 'broken.pdf': '%PDF-1.4\nnot a pdf at all\n', 'empty.pdf': new Uint8Array() });
    expect(errors).toHaveLength(3);
    expect(errors.find((e) => e.startsWith('locked.pdf:'))).toBe('locked.pdf: the PDF is encrypted with a password; save an unprotected copy');
    expect(errors.find((e) => e.startsWith('broken.pdf:'))).toMatch(/^broken\.pdf: not a readable PDF \(.+\)$/);
    expect(errors.find((e) => e.startsWith('empty.pdf:'))).toMatch(/^empty\.pdf: not a readable PDF/);
    for (const error of errors) expect(error).not.toContain('\n');
    expect(documents).toHaveLength(1);
  });

  it('a file over the size limit is refused before it is read; the limit is an option and BUDGET_BOT_MAX_FILE_MB', () => {
    // The seed (46 KB) is under 60 KB; a PDF padded past it is not.
    const big = Buffer.concat([SANGONG, Buffer.from(`%${'x'.repeat(100_000)}\n`)]);
    const { documents, errors } = load({ 'big.pdf': big }, { maxFileBytes: 60_000 });
    expect(errors).toEqual([expect.stringMatching(/^big\.pdf: 0\.\d MB is over the 0\.\d MB limit \(BUDGET_BOT_MAX_FILE_MB\); not loaded$/)]);
    expect(documents).toHaveLength(1);
    process.env.BUDGET_BOT_MAX_FILE_MB = '0.0001';
    try {
      expect(load({}).errors).toEqual([expect.stringMatching(/^seed\.txt: .* is over the 0\.0 MB limit/)]);
    } finally {
      delete process.env.BUDGET_BOT_MAX_FILE_MB;
    }
  });

  it('.doc and .xls files are named as not read', () => {
    const { errors } = load({ 'budget.doc': 'x', 'tables.xls': 'x' });
    expect(errors).toEqual([expect.stringMatching(/budget\.doc: \.doc is not read; save it as PDF or text$/), expect.stringMatching(/tables\.xls: \.xls is not read/)]);
  });

  it('the same disclosure as text and as PDF is read once, as text', () => {
    const { documents, errors } = load({ 'seed.pdf': SANGONG });
    expect(errors).toEqual([]);
    expect(documents.map((d) => d.facts.identity.file)).toEqual(['seed.txt']);
  });
});

describe('an HTML disclosure', () => {
  it('keeps the article, drops scripts, styles, menus and forms, and reads a table as rows of tab-separated cells', () => {
    const page = `<!DOCTYPE html><html><head><title>t</title><style>p{}</style></head><body>
      <div class="menu"><ul><li><a href="/">首页</a></li><li><a href="/a">政务公开</a></li></ul></div>
      <nav>导航</nav><script>var x = "三公经费 99 万元";</script>
      <div class="article"><h1>某局2026年部门预算</h1>
        <p>2026年<b>三公经费</b>预算12.5万元。</p>
        <table><tr><th>项目</th><th>预算数</th></tr><tr><td>三公经费合计</td><td>12.50</td></tr><tr><td> </td><td></td></tr></table>
        <form><input value="搜索"></form>
      </div><div class="footer"><a href="/c">联系我们</a></div></body></html>`;
    expect(htmlText(page)).toBe('某局2026年部门预算\n2026年三公经费预算12.5万元。\n项目\t预算数\n三公经费合计\t12.50\n');
  });

  it('a table of tables is page layout, read as blocks', () => {
    expect(htmlText('<table><tr><td><table><tr><td>甲</td><td>乙</td></tr></table><p>正文。</p></td></tr></table>')).toBe('甲\t乙\n正文。\n');
  });
});
