/**
 * Display width by East Asian Width: wide and full-width characters take two columns. Data rows of
 * pdftotext -layout line up by character index, but some header lines line up by display width
 * (their CJK words were laid out two columns a character); layout.ts tries both for a header line.
 */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}
