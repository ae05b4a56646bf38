/**
 * Places said in English (Shanghai, Changsha, Wanli) are pinyin: a capitalised word that reads
 * wholly as pinyin syllables is taken for a place, and a loaded body whose name does not read so is
 * not the one named. The syllables come from pinyin-pro's readings of every common character,
 * gathered once on first use (about 0.3 s), not from a hand table.
 */
import { pinyin } from 'pinyin-pro';

/** English words that read as pinyin but name no place a body is of. */
const NOT_PLACES = new Set(['china']);
/** Shorter words (Xi, An) read as pinyin too often to be taken for places. */
const MIN_PLACE = 4;
const MAX_SYLLABLE = 6;

let syllables: Set<string> | undefined;

function syllableSet(): Set<string> {
  if (!syllables) {
    let chars = '';
    for (let code = 0x4e00; code <= 0x9fa5; code++) chars += String.fromCharCode(code);
    syllables = new Set(pinyin(chars, { toneType: 'none', type: 'array', v: true }));
  }
  return syllables;
}

/** Whether the word splits wholly into pinyin syllables (shanghai = shang + hai). */
function readsAsPinyin(word: string): boolean {
  const set = syllableSet();
  const ends = [true];
  for (let i = 1; i <= word.length; i++) {
    ends[i] = false;
    for (let k = 1; k <= MAX_SYLLABLE && k <= i && !ends[i]; k++) ends[i] = ends[i - k] && set.has(word.slice(i - k, i));
  }
  return ends[word.length];
}

/** The places among the capitalised words of a body's English name (Changsha of the Changsha Public Security Bureau), in lower case. */
export function placesIn(name: string): string[] {
  return (name.match(/\b[A-Z][a-z]+\b/g) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length >= MIN_PLACE && !NOT_PLACES.has(w) && readsAsPinyin(w));
}

/** A Chinese name as one run of toneless pinyin, to find an English place in (北京市统计局 → beijingshitongjiju). */
export function pinyinRun(text: string): string {
  return pinyin(text, { toneType: 'none', separator: '', v: true, nonZh: 'removed' }).toLowerCase();
}
