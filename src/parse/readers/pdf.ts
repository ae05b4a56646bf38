/**
 * The text of a PDF, page by page, read with pdf.js and laid out as `pdftotext -layout` would
 * (see pdfLayout.ts). pdf.js needs its packed CMaps to map the codes of Chinese CID fonts to
 * characters: without them those fonts extract as nothing.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument, Util } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { BudgetBotError } from '../../errors.js';
import { layoutPages, type TextRun } from './pdfLayout.js';

const PDFJS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** A page with fewer visible characters than this on average is taken for a scan. */
const MIN_CHARS_PER_PAGE = 1;

/** The lines of each page, in page order. Throws a BudgetBotError naming `file` for what cannot be read. */
export async function readPdf(file: string, bytes: Uint8Array): Promise<string[][]> {
  const task = getDocument({
    data: bytes,
    cMapUrl: `${join(PDFJS, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(PDFJS, 'standard_fonts')}/`,
    // Text only: no font faces to build, no code generated from the file, errors only on stderr.
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    // pdf.js exports no PasswordException class to test against; its name tells it.
    if ((error as Error).name === 'PasswordException') throw new BudgetBotError('ENCRYPTED_PDF', `${file}: the PDF is encrypted with a password; save an unprotected copy`);
    throw new BudgetBotError('CORRUPT_PDF', `${file}: not a readable PDF (${(error as Error).message})`);
  }
  try {
    const runs: TextRun[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      runs.push(content.items.filter((item): item is TextItem => 'str' in item).map((item) => runOf(item, viewport.transform)));
      page.cleanup();
    }
    const pages = layoutPages(runs);
    const chars = pages.flat().join('').replace(/\s/g, '').length;
    if (chars < MIN_CHARS_PER_PAGE * pages.length) throw new BudgetBotError('NO_TEXT_LAYER', `${file}: no text layer: a scanned PDF needs OCR, which is not supported`);
    return pages;
  } catch (error) {
    if (error instanceof BudgetBotError) throw error;
    throw new BudgetBotError('CORRUPT_PDF', `${file}: the PDF is damaged (${(error as Error).message})`);
  } finally {
    await task.destroy();
  }
}

/** A text item in page space, y downwards, whatever the page's rotation. */
function runOf(item: TextItem, viewport: number[]): TextRun {
  const [, , c, d, x, y] = Util.transform(viewport, item.transform);
  // At scale 1 the viewport keeps lengths: the item's width and size are in page units already.
  return { text: item.str, x, y, width: item.width, size: Math.hypot(c, d) };
}
