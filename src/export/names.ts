/**
 * Names the package needs. Data Package names are lower-case ASCII (`^[-a-z0-9._/]+$`) and FDP
 * model keys \w words, while document ids are file names (a merged one joins two with `+`).
 * A document's name keeps only [a-z0-9_], so its resources (`name-t01`) and model keys
 * (`name_t01_c3`) cannot collide with another document's, nor with the key amounts'.
 */

/** A document's name from its id; `fallback` where nothing usable is left (a Chinese-only file name). */
export function slug(text: string, fallback: string): string {
  const name = text
    .replace(/\.txt(?=$|\+)/gi, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return name || fallback;
}

/** A model key (\w only) from a resource name. */
export const modelKey = (name: string) => name.replace(/\W+/g, '_');

/** Hands out names, suffixing `_2`, `_3` … to a name already taken, so fields and documents stay distinct. */
export class NameSet {
  private readonly taken = new Set<string>();

  claim(name: string): string {
    let unique = name;
    for (let n = 2; this.taken.has(unique); n++) unique = `${name}_${n}`;
    this.taken.add(unique);
    return unique;
  }
}
