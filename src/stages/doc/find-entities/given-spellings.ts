// A person whose given name is spelled the Polish or German way ("Wiktoria", "Wadim": w for v)
// has, to the model, an unknown first word, and "Wiktoria X" after a role and a place noun ("the
// warden of the jail") reads as a group. Read with v, the given name is on the list: a person.

import { loadGazetteer } from '../../../nlp/ner/index.ts';
import type { Candidate, TokenView } from './candidate.ts';

/** Lists that make a word something other than an unknown surname. */
const NOT_SURNAME = ['common', 'org', 'orgword', 'placeword', 'city', 'country', 'region', 'demonym'] as const;

/**
 * Two capitalized words typed other than a person, the first unknown as written but a given name
 * with its w read as v, the second on no list (an unknown surname, not "Works" or "Valley"): a person.
 */
export function givenNameSpellings(cands: Candidate[], v: TokenView): void {
  const gaz = loadGazetteer();
  for (const c of cands) {
    if (c.type === 'PERSON' || c.te - c.ts !== 2) continue;
    const given = v.word(c.ts);
    const surname = v.word(c.ts + 1);
    if (!/^W\p{Ll}{2,}$/u.test(given) || v.isAllCaps(c.ts + 1) || !v.isCapitalized(c.ts + 1)) continue;
    if (gaz.has(given, 'first') || gaz.has(given, 'common')) continue;
    const read = given.replace(/w/gi, (w) => (w === 'W' ? 'V' : 'v'));
    if (!gaz.has(read, 'first') || gaz.has(read, 'common')) continue;
    if (NOT_SURNAME.some((list) => gaz.has(surname, list))) continue;
    c.type = 'PERSON';
  }
}
