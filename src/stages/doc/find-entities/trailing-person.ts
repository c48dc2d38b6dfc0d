// Names written back to back without a comma, as translated reports often do ("the firm X Civil
// Works Given Family", "the party X Alliance Given Family"): the model reads one long name. When a
// non-person span ends in a known given name plus one more capitalized word, and at least two words
// come before them, the last two words are a person. With one word before them, only when that
// word is a place or a place adjective (the lists know it, or the document has it on its own as a
// place or a description) or follows "of" or a lowercase place noun: "the minister of X Given
// Family", "the city X Given Family" (never "Saint", "Lake", an org word or a given name: "Mary Ann
// Lee" stays whole).

import { loadGazetteer } from '../../../nlp/ner/index.ts';
import type { Candidate, TokenView } from './candidate.ts';
import { ORG_HEADS, PLACE_NOUNS } from './patterns.ts';
import { givenReadings } from './given-spellings.ts';

const MIN_BEFORE = 2;

export function trailingPersons(cands: Candidate[], v: TokenView): Candidate[] {
  const gaz = loadGazetteer();
  const out: Candidate[] = [];
  let places: Set<string> | null = null;
  const placeWord = (i: number): boolean => {
    const w = v.word(i);
    if (gaz.has(w, 'country') || gaz.has(w, 'city') || gaz.has(w, 'region') || gaz.has(w, 'demonym')) return true;
    if (!places) {
      places = new Set();
      for (const o of cands) if (o.te - o.ts === 1 && (o.type === 'PLACE' || o.type === 'MISC')) places.add(v.lower[o.ts]);
    }
    return places.has(v.lower[i]);
  };
  for (const c of cands) {
    const g = c.te - 2;
    const before = g - c.ts;
    // "the city X Given Family": the lowercase place noun says X is a place.
    const placeNoun = c.ts > 0 && PLACE_NOUNS.has(v.lower[c.ts - 1]) && v.isLowercaseWord(c.ts - 1);
    if (
      c.type !== 'PERSON' &&
      (before >= MIN_BEFORE || (before === 1 && loneWordBefore(c.ts, v, gaz) && (placeNoun || placeWord(c.ts) || v.lower[c.ts - 1] === 'of'))) &&
      isGivenName(v.word(g), gaz) &&
      isFamilyName(c.te - 1, v, gaz)
    ) {
      out.push({ ...c, te: g, type: placeNoun && before === 1 ? 'PLACE' : c.type }, { ts: g, te: c.te, type: 'PERSON', role: null, acronym: null, linkTo: null });
      continue;
    }
    out.push(c);
  }
  return out;
}

type Gaz = ReturnType<typeof loadGazetteer>;

/** The one word before "Given Family" may be a place: a plain capitalized word, not "Saint", "Lake", "Port" or an org word. */
function loneWordBefore(i: number, v: TokenView, gaz: Gaz): boolean {
  const w = v.word(i);
  return v.isCapitalized(i) && !v.isAllCaps(i) && !gaz.has(w, 'common') && !gaz.has(w, 'orgword') && !gaz.has(w, 'placeword') && !gaz.has(w, 'first');
}

function isGivenName(w: string, gaz: Gaz): boolean {
  if (gaz.has(w, 'common') || gaz.has(w, 'country') || gaz.has(w, 'city') || gaz.has(w, 'orgword')) return false;
  // Spelled the German, Polish or Ukrainian way ("Jurij", "Wiktor", "Ihor"): read the English way.
  return gaz.has(w, 'first') || givenReadings(w).some((r) => gaz.has(r, 'first') && !gaz.has(r, 'common'));
}

function isFamilyName(i: number, v: TokenView, gaz: Gaz): boolean {
  const w = v.word(i);
  return v.isCapitalized(i) && !v.isAllCaps(i) && !ORG_HEADS.has(v.lower[i]) && !gaz.has(w, 'common') && !gaz.has(w, 'orgword') && !gaz.has(w, 'placeword');
}
