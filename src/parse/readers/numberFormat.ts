/**
 * A number as a spreadsheet shows it under its cell's number format, as far as the figures of a
 * disclosure need: the decimals the format shows (`#,##0.00` shows 1234.5 as 1234.50) and percent;
 * no thousands separators, which the table readers take for cell text otherwise. Currency, colour
 * and condition codes are dropped; a second section (negatives) is not used: the sign is written.
 */

/** Quoted text, bracketed codes ([Red], [$¥-804]) and escaped characters of a format section. */
const DECORATION = /"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g;
/** Digits General shows at most: enough for any figure, short of binary noise (0.1 + 0.2). */
const GENERAL_DIGITS = 15;

export function shownNumber(value: number, format = 'General'): string {
  const section = format.split(';')[0].replace(DECORATION, '');
  if (!/[0#?]/.test(section)) return String(Number(value.toPrecision(GENERAL_DIGITS)));
  const percent = section.includes('%');
  const fraction = /\.([0#?]+)/.exec(section)?.[1] ?? '';
  // `0` places always show a digit, `#` places only a significant one: 0.0# shows 1.5 as 1.5, 1.25 as 1.25.
  const least = fraction.replace(/[#?]/g, '').length;
  const shown = (percent ? value * 100 : value).toFixed(fraction.length).replace(new RegExp(`0{0,${fraction.length - least}}$`), '').replace(/\.$/, '');
  return `${shown}${percent ? '%' : ''}`;
}
