// A person whose given name is spelled the Polish, German or Ukrainian way ("Wiktoria", "Wadim":
// w for v; "Pjotr", "Jurij": j for y, -ij for -iy; "Ihor", "Olha": h for g) has, to the model, an
// unknown first word, and "Wiktoria X" after a role and a place noun ("the warden of the jail")
// reads as a group. Read the English way, the given name is on the list: a person.

import { loadGazetteer } from '../../../nlp/ner/index.ts';
import type { Candidate, TokenView } from './candidate.ts';

/** Lists that make a word something other than an unknown surname. */
const NOT_SURNAME = ['common', 'org', 'orgword', 'placeword', 'city', 'country', 'region', 'demonym'] as const;

/** Letters read the English way, each alone or together: w as v, j as y, h as g. */
const LETTER_READINGS: readonly (readonly [RegExp, string])[] = [
  [/w/g, 'v'],
  [/j/g, 'y'],
  [/h/g, 'g'],
];
/** A final -ij (or -iy, after j is read as y) read as -iy, -y or -i. */
const ENDINGS = ['iy', 'y', 'i'];
const FINAL_IJ = /i[jy]$/;

// Readings are asked for the same words in document after document: memoized, bounded.
const READINGS_LIMIT = 20_000;
const readingsMemo = new Map<string, string[]>();

/** The English readings of a given name spelled another way ("Jurij" -> "Yuriy", "Yury", ...). */
export function givenReadings(given: string): string[] {
  let out = readingsMemo.get(given);
  if (out === undefined) {
    if (readingsMemo.size >= READINGS_LIMIT) readingsMemo.clear();
    out = computeReadings(given);
    readingsMemo.set(given, out);
  }
  return out;
}

function computeReadings(given: string): string[] {
  const lower = given.toLowerCase();
  const out = new Set<string>();
  for (let mask = 1; mask < 1 << LETTER_READINGS.length; mask++) {
    let r = lower;
    LETTER_READINGS.forEach(([re, to], k) => {
      if (mask & (1 << k)) r = r.replace(re, to);
    });
    out.add(r);
  }
  for (const r of [...out, lower]) if (FINAL_IJ.test(r)) for (const e of ENDINGS) out.add(r.replace(FINAL_IJ, e));
  out.delete(lower);
  return [...out].map((r) => r[0].toUpperCase() + r.slice(1));
}

/**
 * Two capitalized words typed other than a person, the first unknown as written but a given name
 * read the English way, the second on no list (an unknown surname, not "Works" or "Valley"): a person.
 */
export function givenNameSpellings(cands: Candidate[], v: TokenView): void {
  const gaz = loadGazetteer();
  for (const c of cands) {
    if (c.type === 'PERSON' || c.te - c.ts !== 2) continue;
    const given = v.word(c.ts);
    const surname = v.word(c.ts + 1);
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(given) || !/[wjhWJH]|ij$/.test(given) || v.isAllCaps(c.ts + 1) || !v.isCapitalized(c.ts + 1)) continue;
    if (gaz.has(given, 'first') || gaz.has(given, 'common')) continue;
    if (!givenReadings(given).some((r) => gaz.has(r, 'first') && !gaz.has(r, 'common'))) continue;
    if (NOT_SURNAME.some((list) => gaz.has(surname, list))) continue;
    c.type = 'PERSON';
  }
}
