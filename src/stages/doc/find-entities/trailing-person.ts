// Names written back to back without a comma, as translated reports often do ("the firm X Civil
// Works Given Family", "the party X Alliance Given Family"): the model reads one long name. When a
// non-person span ends in a known given name plus one more capitalized word, and at least two words
// come before them, the last two words are a person.

import { loadGazetteer } from '../../../nlp/ner/index.ts';
import type { Candidate, TokenView } from './candidate.ts';
import { ORG_HEADS } from './patterns.ts';

const MIN_BEFORE = 2;

export function trailingPersons(cands: Candidate[], v: TokenView): Candidate[] {
  const gaz = loadGazetteer();
  const out: Candidate[] = [];
  for (const c of cands) {
    const g = c.te - 2;
    if (c.type !== 'PERSON' && g - c.ts >= MIN_BEFORE && isGivenName(v.word(g), gaz) && isFamilyName(c.te - 1, v, gaz)) {
      out.push({ ...c, te: g }, { ts: g, te: c.te, type: 'PERSON', role: null, acronym: null, linkTo: null });
      continue;
    }
    out.push(c);
  }
  return out;
}

type Gaz = ReturnType<typeof loadGazetteer>;

function isGivenName(w: string, gaz: Gaz): boolean {
  return gaz.has(w, 'first') && !gaz.has(w, 'common') && !gaz.has(w, 'country') && !gaz.has(w, 'city') && !gaz.has(w, 'orgword');
}

function isFamilyName(i: number, v: TokenView, gaz: Gaz): boolean {
  const w = v.word(i);
  return v.isCapitalized(i) && !v.isAllCaps(i) && !ORG_HEADS.has(v.lower[i]) && !gaz.has(w, 'common') && !gaz.has(w, 'orgword') && !gaz.has(w, 'placeword');
}
