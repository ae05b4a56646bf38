/**
 * Reading a printed cell as an amount. Tables print thousands separators (50,665.496773), blanks
 * and dashes (`-`, `--`, `—`) for nothing; a cell is kept in the table's own unit, never converted.
 */

/** A printed number: optional sign, digits with optional thousands separators, optional decimals. */
const AMOUNT = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
/** Cells that print "nothing here". */
const DASH = /^[-—–－]+$/;
/**
 * More digits than any budget prints: a longer run is a misread, not an amount. Keeping it out also
 * keeps `Number` finite and exact enough to compare.
 */
const MAX_DIGITS = 18;

export function isAmountText(text: string): boolean {
  return AMOUNT.test(text) || DASH.test(text);
}

/** The value of a printed cell, or null for a blank, a dash, text, or an out-of-range number. */
export function parseAmount(text: string): number | null {
  const t = text.trim();
  if (!AMOUNT.test(t) || t.replace(/\D/g, '').length > MAX_DIGITS) return null;
  const value = Number(t.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}
