/**
 * Decodes a text disclosure: UTF-8 with or without BOM, UTF-16 with BOM, or GB18030/GBK as many
 * Chinese sites publish; rejects what is not text with a clear message.
 */
import { BudgetBotError } from '../../errors.js';

/** Share of control bytes above which a file is taken for binary. */
const BINARY_RATIO = 0.02;

/** Byte-order marks, and the encodings they announce. */
const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

export function decodeDisclosure(file: string, bytes: Uint8Array): { text: string; warning?: string } {
  // UTF-16 with its BOM is text, whatever its zero bytes look like.
  const bom = BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b));
  if (bom && bom[1] !== 'utf-8') {
    const text = new TextDecoder(bom[1], { fatal: false }).decode(bytes.subarray(bom[0].length));
    if (!text.trim()) throw new BudgetBotError('EMPTY_FILE', `${file}: the file is empty`);
    return { text, warning: `${file}: read as ${bom[1].toUpperCase()}` };
  }
  if (bytes.length === 0 || !bytes.some((b) => b > 0x20)) throw new BudgetBotError('EMPTY_FILE', `${file}: the file is empty`);
  const sample = bytes.subarray(0, 4096);
  const control = sample.filter((b) => b === 0 || (b < 0x09) || (b > 0x0d && b < 0x20)).length;
  if (control / sample.length > BINARY_RATIO) throw new BudgetBotError('BINARY_FILE', `${file}: this is a binary file, not disclosure text (extract the text first, e.g. pdftotext -layout)`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // GB18030 is a superset of GBK: one decoder reads both, as Chinese sites publish them.
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), warning: `${file}: not UTF-8; read as GB18030/GBK` };
    } catch {
      throw new BudgetBotError('UNREADABLE_FILE', `${file}: the text is neither UTF-8, UTF-16 nor GB18030/GBK; convert it to UTF-8`);
    }
  }
}
