/**
 * The date the assets a disclosure reports stand at: 截止时间：2019年12月31日 under the 固定资产占用情况表,
 * 截至2024年12月31日，…共有车辆15辆, 截至2025年12月31日，…资产总额…. Asked as 资产表统计截止到哪天.
 */
import type { AssetsAsOf } from '../schema/fact.js';
import type { SourceText } from './sourceText.js';

/** A date after 截止时间 / 截至 / 截止: a year, and its month and day or 年底 / 年末 where said. */
const AS_OF = /(?:截止时间[:：]?|截至|截止)\s*(\d{4}\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?|底|末)?)/g;
/** What the date must be said of, within a sentence either side: the assets or the vehicles held. */
const ABOUT_ASSETS = /资产|车辆/;
/** Characters either side of the date read for what it is said of. */
const REACH = 60;

export function assetsAsOf(text: SourceText): AssetsAsOf | undefined {
  const { stream } = text;
  for (const m of stream.matchAll(AS_OF)) {
    const at = m.index ?? 0;
    const around = stream.slice(Math.max(0, at - REACH), at + m[0].length + REACH);
    if (!ABOUT_ASSETS.test(around)) continue;
    return { date: m[1].replace(/\s+/g, ''), source: text.sourceAt(at) };
  }
  return undefined;
}
